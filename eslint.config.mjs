// ESLint: typed rules (no floating promises), and the architecture of STYLE.md as lint errors.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const platformImports = {
  patterns: [
    { group: ['@forge/*', 'node-telegram-bot-api', 'node:*', 'fs', 'http', 'https', 'crypto', 'path', 'os'], message: 'src/domain is pure (STYLE.md): reach the platform through a port.' },
    { group: ['../adapters/*', '../../adapters/*', '../../../adapters/*', '../resolvers/*', '../triggers/*', '../composition'], message: 'src/domain imports only src/domain and src/shared.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'static/*/build/**', '.data/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', platformImports],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/domain is pure: use a port.' }, { name: 'process', message: 'src/domain is pure: configuration comes through ports.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/domain takes time from the Clock port.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain takes time from the Clock port.' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@forge/*', 'node:*', '../domain/*', '../adapters/*'], message: 'src/shared holds types and pure helpers only.' }] }] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/require-await': 'off' },
  },
);

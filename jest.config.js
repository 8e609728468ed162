/** Unit, entry and contract suites. Browser tests (test/e2e) run with `npm run e2e`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  setupFiles: ['<rootDir>/test/setup/no-network.ts'],
  testTimeout: 20000,
};

/** Browser tests (test/e2e): headless Debian Chromium through playwright-core against the local host. `npm run e2e`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  setupFiles: ['<rootDir>/test/setup/no-network.ts'],
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  testTimeout: 120000,
};

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // dist/ must be built from src/ as it is: the end-to-end suites run it.
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
  // Every core: the end-to-end suites spend most of their time waiting on child processes.
  maxWorkers: '100%',
  testTimeout: 60000,
  verbose: false
}

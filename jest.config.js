// ESM TypeScript tests: ts-jest transpiles each file on its own (isolatedModules in
// tsconfig), so a type error elsewhere never hides a test result; `npm run typecheck`
// checks types. CLI tests run the built binary: the global setup builds it when stale.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  globalSetup: '<rootDir>/__tests__/cli/global-setup.mjs',
  testTimeout: 30000,
};

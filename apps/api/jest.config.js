/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testTimeout: 60_000,
  // One migrated, seeded database per run that each test server copies (PostgreSQL only).
  globalSetup: '<rootDir>/test-run/template-setup.cjs',
  globalTeardown: '<rootDir>/test-run/template-teardown.cjs',
  moduleNameMapper: { '^@sen/shared$': '<rootDir>/../../packages/shared/src/index.ts' },
  // jose ships ES modules only; compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/jose@|jose/))'],
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

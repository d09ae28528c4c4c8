/** The repository's own rules (lint boundaries): plain Node tests, no transform. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.cjs'],
  transform: {},
};

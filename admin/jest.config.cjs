const base = require('../jest.base.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  // The e2e tests drive the built console; build it once per run.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60000,
};

const base = require('../jest.base.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  // The e2e suites and the size budget all read dist/, so it is built once from the current source.
  globalSetup: '<rootDir>/test/support/build-widget.ts',
  // A browser plus a real API per file: slower than the base's 30 s on a 2-core machine.
  testTimeout: 90000,
};

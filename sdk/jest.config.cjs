const base = require('../jest.base.cjs');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  // Each file starts a real API (PostgreSQL, Redis) and the examples against it.
  testTimeout: 60000,
  // The examples import the SDK by its package name, as an integrator's code would.
  moduleNameMapper: { ...base.moduleNameMapper, '^@livechat-oss/sdk$': '<rootDir>/src/index.ts' },
};

const base = require('../jest.base.cjs');

module.exports = { ...base, roots: ['<rootDir>/src', '<rootDir>/test'] };

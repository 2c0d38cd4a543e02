// The deployment tests (`npm run test:deploy`): nginx, two API processes, backups. They reuse
// the API's test helpers, compiled the same way as the workspaces' tests.
const base = require('../jest.base.cjs');

module.exports = { ...base, rootDir: __dirname, roots: ['<rootDir>/test'], testTimeout: 60_000 };

// PM2, for servers without Docker: a cluster of API processes sharing port 8000, one
// PostgreSQL and one Redis. Build first, migrate once, then start:
//   npm ci && npm run build
//   set -a && . /etc/livechat.env && set +a     # DATABASE_URL, REDIS_URL, JWT_SECRET, …
//   node api/dist/db/migrate-cli.js
//   pm2 start deploy/ecosystem.config.cjs && pm2 save
// nginx then has one upstream line, `server 127.0.0.1:8000;` (deploy/nginx.conf).
// The environment comes from the shell that runs `pm2 start` (PM2 passes it on); the values
// below only fill in what the deployment is expected to set the same way everywhere.
const path = require('node:path');

// PM2 runs the API with the Node.js it runs on itself (install PM2 with Node.js 24 LTS, or 22):
// refuse an older one here, with the floor of the root package.json's `engines`, rather than
// let the API fail on it later.
const floor = /^>=(\d+)\.(\d+)$/.exec(require('../package.json').engines.node);
const [major, minor] = process.versions.node.split('.').map(Number);
if (!floor) throw new Error('package.json engines.node is not of the form >=MAJOR.MINOR');
if (major < Number(floor[1]) || (major === Number(floor[1]) && minor < Number(floor[2]))) {
  throw new Error(`Livechat OSS needs Node.js ${floor[1]}.${floor[2]} or newer (24 LTS recommended); PM2 runs ${process.version}`);
}

module.exports = {
  apps: [
    {
      name: 'livechat-api',
      cwd: path.join(__dirname, '..', 'api'),
      script: 'dist/main.js',
      // Node's cluster module: workers share the port; each is a full, stateless instance.
      exec_mode: 'cluster',
      instances: process.env.API_INSTANCES || 2,
      // The API drains sockets and requests on SIGINT within 10 s, then exits.
      kill_timeout: 12000,
      max_memory_restart: '1G',
      // Restart a crashing worker with a growing delay rather than in a tight loop.
      exp_backoff_restart_delay: 200,
      merge_logs: true,
      time: false, // the API's logs are JSON lines with their own timestamps
      env: {
        NODE_ENV: 'production',
        PORT: process.env.PORT || '8000',
        HOST: process.env.HOST || '127.0.0.1',
        // nginx on this host passes the client's address in X-Forwarded-For.
        TRUST_PROXY: process.env.TRUST_PROXY || 'loopback',
      },
    },
  ],
};

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DIST_DIR } from './console-server';

/** The e2e tests drive the built console, exactly as a static host would serve it. */
export default function buildConsole(): void {
  const adminDir = path.resolve(__dirname, '../..');
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST_DIR, '--emptyOutDir'], {
    cwd: adminDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('vite build of the admin console failed');
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The e2e tests drive the built console, exactly as a static host would serve it. */
export default function buildConsole(): void {
  const adminDir = path.resolve(__dirname, '../..');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: adminDir, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build of the admin console failed');
}

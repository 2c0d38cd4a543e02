import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Jest globalSetup: every suite reads dist/, so it is built once from the source under test. */
export default function buildWidget(): void {
  const widgetDir = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: widgetDir,
    // Jest sets NODE_ENV=test, which would make Vite pick Solid's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

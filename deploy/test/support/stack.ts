import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ADMIN } from '../../../api/src/db/seed';
import { loginAdmin } from '../../../api/test/support/actors';
import { spawnApi, waitUntilReady, type ApiProcess } from '../../../api/test/support/api-process';
import { createTestDatabase, type TestDatabase } from '../../../api/test/support/database';
import { TEST_JWT_SECRET, TEST_REDIS_URL } from '../../../api/test/support/test-app';
import { REPO_ROOT } from './nginx';

/** The first admin's password in a production deployment, where the development one is refused. */
export const FIRST_ADMIN_PASSWORD = 'deploy-test-first-admin-password';

export const loginFirstAdmin = (url: string) => loginAdmin(url, DEFAULT_ADMIN.email, FIRST_ADMIN_PASSWORD);

/** The environment a production deployment gives every API instance (README, "Deployment"). */
export function instanceEnv(options: { databaseUrl: string; redisPrefix: string; uploadDir: string; publicUrl: string }) {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: options.redisPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_ADMIN: 'true',
    SEED_ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
    CORS_ORIGIN: 'https://shop.example',
    UPLOAD_DIR: options.uploadDir,
    PUBLIC_URL: options.publicUrl,
    MESSAGE_RATE_LIMIT: '0',
    LOG_LEVEL: 'warn',
    // The tests' visitors send the API suite's own documents, which no client registered
    // (production refuses those by default; trusted documents have tests of their own).
    TRUSTED_DOCUMENTS: 'off',
  };
}

/** Starts API instances together, as an orchestrator would: they migrate and seed concurrently. */
export async function startInstances(env: Record<string, string>, ports: number[]): Promise<ApiProcess[]> {
  const instances = ports.map((port) => spawnApi(env, port));
  try {
    await Promise.all(instances.map((instance) => waitUntilReady(instance)));
  } catch (error) {
    await stopInstances(instances);
    throw error;
  }
  return instances;
}

export async function stopInstances(instances: ApiProcess[]): Promise<void> {
  await Promise.all(
    instances.map(async (instance) => {
      if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill('SIGTERM');
      await instance.exited;
    }),
  );
}

/** The web root that nginx serves, laid out by deploy/assemble-web.sh from fresh builds. */
export function assembleWebRoot(): string {
  const admin = path.join(REPO_ROOT, 'admin/dist/index.html');
  const widget = path.join(REPO_ROOT, 'widget/dist/livechat-oss-widget.umd.js');
  for (const [workspace, file] of [['admin', admin], ['widget', widget]] as const) {
    if (fs.existsSync(file)) continue;
    const build = spawnSync('npm', ['run', 'build', '-w', workspace], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build -w ${workspace} failed:\n${build.stdout}\n${build.stderr}`);
  }
  const root = tempDir('livechat-web-');
  run(path.join(REPO_ROOT, 'deploy/assemble-web.sh'), [root]);
  return root;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs a command to completion; throws with its output if it fails. */
export function run(command: string, args: string[], env: Record<string, string | undefined> = {}): string {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export const uniquePrefix = () => `deploy-test-${randomBytes(4).toString('hex')}:`;

/** A gauge or counter's value from an instance's own /metrics. */
export async function metricValue(instance: ApiProcess, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${instance.port}/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

export { createTestDatabase, type ApiProcess, type TestDatabase };

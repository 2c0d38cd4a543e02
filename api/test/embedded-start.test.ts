import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Login } from './support/operations';
import { freePort, isPortOpen, spawnApi, waitUntilReady, type ApiProcess } from './support/api-process';
import { graphqlRequest } from './support/test-app';

// `npm start` on a fresh machine: no DATABASE_URL and no REDIS_URL, so the API runs its own
// PostgreSQL, migrates it, seeds the admin, and answers login.
let dataDir: string;
let api: ApiProcess | undefined;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-embedded-'));
  fs.chmodSync(dataDir, 0o777); // the embedded server runs as its own user when we are root
});
afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('starts on embedded defaults, answers login as the seeded admin, and stops cleanly on SIGTERM', async () => {
  const [apiPort, databasePort] = [await freePort(), await freePort()];
  const started = Date.now();
  api = spawnApi(
    {
      EMBEDDED_DB_DIR: path.join(dataDir, 'postgres'),
      EMBEDDED_DB_PORT: String(databasePort),
      UPLOAD_DIR: path.join(dataDir, 'uploads'),
      LOG_LEVEL: 'warn',
    },
    apiPort,
  );
  await waitUntilReady(api);
  console.log(`embedded cold start to /readyz: ${Date.now() - started} ms (first run: initdb, migrations, seed)`);

  const login = await graphqlRequest(api.httpUrl, Login, { email: 'admin@example.com', password: 'password123' });
  expect(login.data?.login.admin.email).toBe('admin@example.com');
  expect(await isPortOpen(databasePort)).toBe(true);

  api.child.kill('SIGTERM');
  expect(await api.exited).toBe(0);
  expect(await isPortOpen(databasePort)).toBe(false);
  expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
}, 120_000);

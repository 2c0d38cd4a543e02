import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, startTestApp, type TestDatabase } from './support/test-app';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

// Operators who migrate as a release step had no way to stop every instance migrating on start.
it('with MIGRATE_ON_START=false, refuses to start on pending migrations until npm run db:migrate has run', async () => {
  const refusal = await startTestApp(db.url, { MIGRATE_ON_START: 'false' }).then(
    (app) => app.close().then(() => null),
    (error: Error) => error.message,
  );
  expect(refusal).toMatch(/pending.*npm run db:migrate/);

  const migrated = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  expect(migrated.status).toBe(0);

  const app = await startTestApp(db.url, { MIGRATE_ON_START: 'false' });
  try {
    const response = await fetch(new URL('/readyz', app.httpUrl));
    expect(response.status).toBe(200);
  } finally {
    await app.close();
  }
}, 60_000);

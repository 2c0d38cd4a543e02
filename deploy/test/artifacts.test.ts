import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { loadConfig } from '../../api/src/config/config';
import { REPO_ROOT } from './support/nginx';

// What cannot run here (no Docker engine, no PM2) is still checked for what it promises.
const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: { dockerfile: string };
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  environment?: Record<string, string>;
  ports?: string[];
  profiles?: string[];
}

describe('docker-compose.yml', () => {
  const hasDockerCompose = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

  (hasDockerCompose ? it : it.skip)('passes `docker compose config`', () => {
    const result = spawnSync('docker', ['compose', 'config', '--quiet'], {
      cwd: REPO_ROOT,
      env: { ...process.env, JWT_SECRET: 'x'.repeat(32) },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  const services = (YAML.parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> }).services;

  it('runs the whole stack, every long-running service with a healthcheck', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate', 'api1', 'api2', 'web']));
    for (const name of ['postgres', 'redis', 'api1', 'api2', 'web']) {
      expect(services[name].healthcheck?.test?.length).toBeGreaterThan(0);
    }
  });

  it('migrates once, before either API instance starts', () => {
    expect(services.migrate.command).toEqual(['node', 'dist/db/migrate-cli.js']);
    expect(services.migrate.build).toEqual(services.api1.build);
    for (const api of ['api1', 'api2']) {
      expect(services[api].depends_on).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
      expect(services[api].ports).toBeUndefined(); // reachable through nginx only
    }
    expect(fs.existsSync(path.join(REPO_ROOT, 'api/src/db/migrate-cli.ts'))).toBe(true);
  });

  it('gives every API instance a configuration the API accepts, on one database and one Redis', () => {
    // What the README's deployment steps have the operator set in `.env`.
    const OPERATOR_SETS: Record<string, string> = {
      JWT_SECRET: 'a-random-secret-of-forty-characters-0123',
      SEED_ADMIN_PASSWORD: 'a-first-admin-password-of-their-own',
    };
    // Compose's own substitution: `${VAR:-default}` takes the default, `${VAR:?…}` must be set.
    const env = (name: string) =>
      Object.fromEntries(
        Object.entries(services[name].environment!).map(([key, value]) => [
          key,
          String(value).replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_match, variable: string, fallback?: string) =>
            OPERATOR_SETS[variable] ?? fallback ?? '',
          ),
        ]),
      );
    expect(env('api1')).toEqual(env('api2'));
    expect(loadConfig(env('api1'))).toMatchObject({
      isProduction: true,
      database: { url: 'postgresql://livechat:livechat@postgres:5432/livechat' },
      redisUrl: 'redis://redis:6379',
      uploads: { dir: '/data/uploads' },
    });
  });

  it('serves everything from nginx on one port, waiting for healthy instances', () => {
    expect(services.web.build?.dockerfile).toBe('deploy/Dockerfile.web');
    expect(services.web.ports).toEqual(expect.arrayContaining([expect.stringMatching(/:80$/)]));
    expect(services.web.depends_on).toMatchObject({ api1: { condition: 'service_healthy' }, api2: { condition: 'service_healthy' } });
  });
});

describe('Dockerfiles', () => {
  it.each(['api/Dockerfile', 'deploy/Dockerfile.web'])('%s is multi-stage and runs as non-root', (file) => {
    const text = read(file);
    expect(text.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^COPY --from=build /m);
    const users = text.match(/^USER (\S+)/gm) ?? [];
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/USER (root|0)$/);
  });

  it('keeps local state and modules out of the build context', () => {
    const ignored = read('.dockerignore');
    for (const entry of ['**/node_modules', '**/dist', '.git', '.env']) expect(ignored).toContain(entry);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf');

  it('accepts an upload of MAX_FILE_SIZE with its multipart envelope', () => {
    const [, megabytes] = /client_max_body_size (\d+)m;/.exec(conf)!;
    expect(Number(megabytes) * 1024 * 1024).toBeGreaterThan(loadConfig({}).uploads.maxFileSize);
  });

  it('keeps WebSockets open for long-lived chats', () => {
    const [, seconds] = /proxy_read_timeout (\d+)s;/.exec(conf)!;
    expect(Number(seconds)).toBeGreaterThanOrEqual(3600);
    expect(conf).toContain('proxy_set_header Upgrade $http_upgrade;');
  });
});

describe('deploy/ecosystem.config.cjs', () => {
  it('runs the built API as a PM2 cluster in production', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { apps } = require('../ecosystem.config.cjs') as { apps: { cwd: string; script: string; exec_mode: string; instances: number | string; env: Record<string, string> }[] };
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ exec_mode: 'cluster', script: 'dist/main.js', env: { NODE_ENV: 'production' } });
    expect(Number(apps[0].instances)).toBeGreaterThanOrEqual(2);
    expect(path.resolve(apps[0].cwd)).toBe(path.join(REPO_ROOT, 'api'));
    expect(JSON.parse(read('api/tsconfig.build.json')).compilerOptions.outDir).toBe('dist');
    expect(fs.existsSync(path.join(REPO_ROOT, 'api/src/main.ts'))).toBe(true);
  });
});

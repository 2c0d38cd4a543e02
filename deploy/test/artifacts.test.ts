import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import semver from 'semver';
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

  it.each(['api/Dockerfile', 'deploy/Dockerfile.web'])('%s builds and runs on Node.js 24, not an end-of-life line', (file) => {
    const nodeImages = read(file).match(/^FROM node:\S+/gm) ?? [];
    expect(nodeImages.length).toBeGreaterThan(0);
    for (const image of nodeImages) expect(image).toMatch(/^FROM node:24-(bookworm-slim|alpine)\b/);
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

describe('the supported Node.js lines', () => {
  it('every manifest that names an engine asks for Node.js 22.17 or newer', () => {
    const manifests = ['package.json', ...JSON.parse(read('package.json')).workspaces.map((workspace: string) => `${workspace}/package.json`)];
    const engines = manifests.map((file) => [file, JSON.parse(read(file)).engines?.node]).filter(([, engine]) => engine);
    expect(engines).toContainEqual(['package.json', '>=22.17']);
    for (const [, engine] of engines) expect(engine).toBe('>=22.17');
  });

  // What `npm install` checks to print EBADENGINE, for every locked package. 22.17 is the oldest
  // 22 that MikroORM 7 accepts, and so the engines floor.
  it.each(['24.0.0', process.versions.node, '22.17.0'])('no locked package refuses Node.js %s', (version) => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const refusing = Object.entries(lock.packages)
      .map(([location, entry]) => [location, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const)
      .filter(([, range]) => range && !semver.satisfies(version, range))
      .map(([location, range]) => `${location} (${range})`);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(refusing).toEqual([]);
  });
});

describe('deploy/ecosystem.config.cjs', () => {
  // The file as PM2 would evaluate it, on a Node.js of the given version.
  const loadOnNode = (version: string) => {
    const file = path.join(REPO_ROOT, 'deploy/ecosystem.config.cjs');
    const module = { exports: {} as unknown };
    const fakeProcess = { ...process, version: `v${version}`, versions: { ...process.versions, node: version }, env: process.env };
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), { module, require: (id: string) => require(id.startsWith('.') ? path.resolve(path.dirname(file), id) : id), __dirname: path.dirname(file), process: fakeProcess });
    return module.exports as { apps: unknown[] };
  };

  it('refuses to start the API on an end-of-life Node.js, and starts it on 22.17 and 24', () => {
    expect(loadOnNode('24.21.0').apps).toHaveLength(1);
    expect(loadOnNode('22.17.0').apps).toHaveLength(1);
    expect(() => loadOnNode('20.19.5')).toThrow('Livechat OSS needs Node.js 22.17 or newer (24 LTS recommended); PM2 runs v20.19.5');
    expect(() => loadOnNode('22.16.0')).toThrow(/needs Node\.js 22\.17 or newer/);
  });

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

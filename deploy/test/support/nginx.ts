import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPortOpen } from '../../../api/test/support/api-process';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const PRODUCTION_CONF = path.join(REPO_ROOT, 'deploy/nginx.conf');

export interface RunningNginx {
  port: number;
  baseUrl: string;
  /** The access log, one line a request: `<status> <upstream address> <method> <uri>`. */
  accessLog(): string;
  errorLog(): string;
  stop(): Promise<void>;
}

/** Debian's nginx, installed with apt when missing and allowed (root); otherwise a clear error. */
export function ensureNginx(): string {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('nginx is not installed; run `apt-get install -y nginx` as root');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('sh', ['-c', 'apt-get install -y -q nginx || (apt-get update -q && apt-get install -y -q nginx)'], {
    env,
    encoding: 'utf8',
  });
  const installed = findNginx();
  if (!installed) throw new Error(`could not install nginx:\n${install.stdout}\n${install.stderr}`);
  return installed;
}

function findNginx(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => path.join(dir, 'nginx')).find((file) => fs.existsSync(file));
}

/**
 * deploy/nginx.conf as shipped, with only what differs on a test machine swapped: the API
 * instances, the listening port and the two web roots. Each swap must match exactly the lines
 * it expects, so a change to the production file that breaks this templating fails loudly.
 */
export function templateNginxConf(conf: string, options: { apiPorts: number[]; port: number; webRoot: string; acmeRoot: string }): string {
  let result = conf;
  const replaceExactly = (pattern: RegExp, count: number, replacement: (match: string, index: number) => string) => {
    const found = result.match(new RegExp(pattern.source, 'gm')) ?? [];
    if (found.length !== count) throw new Error(`deploy/nginx.conf: expected ${count} line(s) matching ${pattern}, found ${found.length}`);
    let index = 0;
    result = result.replace(new RegExp(pattern.source, 'gm'), (match) => replacement(match, index++));
  };
  replaceExactly(/^(\s*)server api\d+:8000( [^;]*)?;$/, 2, (line, index) => {
    if (index > 0) return '';
    const [, indent, params = ''] = /^(\s*)server \S+( [^;]*)?;$/.exec(line)!;
    return options.apiPorts.map((apiPort) => `${indent}server 127.0.0.1:${apiPort}${params};`).join('\n');
  });
  replaceExactly(/^(\s*)listen 80;$/, 1, (line) => line.replace('listen 80;', `listen 127.0.0.1:${options.port};`));
  replaceExactly(/^\s*listen \[::\]:80;$/, 1, () => ''); // the test machine may have no IPv6
  replaceExactly(/^(\s*)root \/usr\/share\/nginx\/html;$/, 1, (line) => line.replace('/usr/share/nginx/html', options.webRoot));
  replaceExactly(/^(\s*)root \/var\/www\/certbot;$/, 1, (line) => line.replace('/var/www/certbot', options.acmeRoot));
  return result;
}

/** Runs nginx in the foreground with deploy/nginx.conf, everything it writes in a temp dir. */
export async function startNginx(options: { apiPorts: number[]; port: number; webRoot: string }): Promise<RunningNginx> {
  const binary = ensureNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-nginx-'));
  const acmeRoot = path.join(dir, 'acme');
  fs.mkdirSync(acmeRoot);
  const site = templateNginxConf(fs.readFileSync(PRODUCTION_CONF, 'utf8'), { ...options, acmeRoot });
  fs.writeFileSync(path.join(dir, 'livechat.conf'), site);
  // What /etc/nginx/nginx.conf (Debian) or the nginx image's main file provide around conf.d.
  const main = `
    ${process.getuid?.() === 0 ? 'user root;' : ''}
    worker_processes 1;
    pid ${dir}/nginx.pid;
    error_log ${dir}/error.log warn;
    events { worker_connections 1024; }
    http {
      include ${mimeTypesFile(binary)};
      default_type application/octet-stream;
      log_format upstream '$status $upstream_addr $request_method $request_uri';
      access_log ${dir}/access.log upstream;
      client_body_temp_path ${dir}/client_body;
      proxy_temp_path ${dir}/proxy;
      fastcgi_temp_path ${dir}/fastcgi;
      uwsgi_temp_path ${dir}/uwsgi;
      scgi_temp_path ${dir}/scgi;
      include ${dir}/livechat.conf;
    }`;
  const confFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(confFile, main);

  const read = (file: string) => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : '');
  const check = spawnSync(binary, ['-t', '-p', dir, '-c', confFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the templated deploy/nginx.conf:\n${check.stderr}`);

  const child = spawn(binary, ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(child, options.port, () => `${output}\n${read('error.log')}`);

  return {
    port: options.port,
    baseUrl: `http://127.0.0.1:${options.port}`,
    accessLog: () => read('access.log'),
    errorLog: () => read('error.log'),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function mimeTypesFile(binary: string): string {
  const candidates = ['/etc/nginx/mime.types', path.join(path.dirname(binary), '../conf/mime.types')];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`no mime.types next to ${binary}`);
  return found;
}

async function waitForPort(child: ChildProcess, port: number, diagnostics: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${diagnostics()}`);
    if (await isPortOpen(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on ${port}:\n${diagnostics()}`);
}

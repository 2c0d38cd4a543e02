#!/usr/bin/env node
// `npm start`: the API (embedded PostgreSQL unless DATABASE_URL / REDIS_URL are set), the agents'
// console on :3000 and the widget demo on :5173, with one line of URLs once all answer. One Ctrl-C
// stops everything: each service runs in its own process group, so the whole tree goes down, and
// the API gets SIGTERM first so that it can stop its embedded PostgreSQL cleanly.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const apiPort = Number(process.env.PORT ?? 8000);
const apiUrl = `http://localhost:${apiPort}/graphql`;
const STOP_GRACE_MS = 12_000;
const READY_TIMEOUT_MS = 180_000;

const services = [
  {
    name: 'api',
    args: ['run', 'start:dev', '-w', 'api'],
    env: {},
    ready: `http://localhost:${apiPort}/healthz`,
    required: true,
  },
  {
    name: 'admin',
    args: ['run', 'dev', '-w', 'admin'],
    // The console reads its API URL at build time here; a static deployment uses /config.js.
    env: { VITE_API_URL: apiUrl },
    ready: 'http://localhost:3000/',
    required: true,
  },
];
if (hasScript('widget', 'demo')) {
  services.push({
    name: 'widget',
    args: ['run', 'demo', '-w', 'widget'],
    env: {},
    ready: 'http://localhost:5173/demo.html',
    // The console and the API are the help desk; a demo page that fails to start is reported, not fatal.
    required: false,
  });
}

const running = new Map();
let stopping = false;

for (const service of services) start(service);
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const readiness = await Promise.all(services.map((service) => waitUntilReady(service)));
if (!stopping) printSummary(readiness);

function hasScript(workspace, script) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
    return Boolean(manifest.scripts?.[script]);
  } catch {
    return false;
  }
}

function start(service) {
  const child = spawn('npm', service.args, {
    cwd: root,
    env: { ...process.env, ...service.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.set(service.name, child);
  for (const stream of [child.stdout, child.stderr]) prefixLines(stream, service.name);
  child.on('exit', (code, signal) => {
    running.delete(service.name);
    if (stopping) return;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (service.required) {
      console.error(`\n[start] ${service.name} stopped (${how}); stopping the others.`);
      void stopAll(1);
    } else {
      console.error(`\n[start] ${service.name} stopped (${how}); the API and the console keep running.`);
    }
  });
}

function prefixLines(stream, name) {
  let buffer = '';
  const label = `${name.padEnd(6)}│ `;
  stream.on('data', (chunk) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) process.stdout.write(`${label}${line}\n`);
  });
  stream.on('end', () => {
    if (buffer) process.stdout.write(`${label}${buffer}\n`);
  });
}

async function waitUntilReady(service) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!stopping && running.has(service.name) && Date.now() < deadline) {
    try {
      const response = await fetch(service.ready, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { service, ready: true };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { service, ready: false };
}

function printSummary(readiness) {
  const line = (label, url, ok) => `  ${label.padEnd(22)}${url}${ok ? '' : '   (not answering)'}`;
  const state = Object.fromEntries(readiness.map(({ service, ready }) => [service.name, ready]));
  console.log(
    [
      '',
      'Livechat OSS is running:',
      line('API (GraphQL)', apiUrl, state.api),
      line("Agents' console", 'http://localhost:3000', state.admin),
      'widget' in state
        ? line('Widget demo', 'http://localhost:5173/demo.html', state.widget)
        : '  Widget demo           not available yet (widget has no "demo" script)',
      '',
      '  Sign in to the console as admin@example.com / password123',
      '  Press Ctrl-C once to stop everything.',
      '',
    ].join('\n'),
  );
}

async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping…');
  const exits = [...running.entries()].map(
    ([, child]) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', resolve);
        signalGroup(child, 'SIGTERM');
        setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS).unref();
      }),
  );
  await Promise.all(exits);
  process.exit(exitCode);
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

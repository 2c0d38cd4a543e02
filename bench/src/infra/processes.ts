import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOG_DIR } from './paths';

/** A process the bench started. Every one is tracked, so it can be stopped whatever happens. */
export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  logFile: string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** Infrastructure (the embedded PostgreSQL) that must outlive the servers during cleanup. */
  late: boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

const children = new Set<Child>();
const LEASH = path.join(__dirname, 'leash.js');

export interface SpawnOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Node flags before the script, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  /** An IPC channel, for the bench's own workers. */
  ipc?: boolean;
  /** Stopped after everything else when the bench cleans up. */
  late?: boolean;
}

/**
 * Starts `node -r leash [-r @swc-node/register] script args` with the soft file-descriptor limit
 * raised to the hard one (10,000 sockets need more than the usual 1,024).
 */
export function spawnNode(name: string, script: string, args: string[], options: SpawnOptions): Child {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const typescript = script.endsWith('.ts') ? ['-r', '@swc-node/register'] : [];
  const nodeArgs = [...(options.nodeFlags ?? []), '-r', LEASH, ...typescript, script, ...args];
  const child = spawn('sh', ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"', process.execPath, ...nodeArgs], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', log, log, ...(options.ipc ? (['ipc'] as const) : [])],
    // Its own process group, so the terminal's Ctrl-C does not stop it before the cleanup used it.
    detached: options.late ?? false,
  });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(handle);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  const handle: Child = {
    name,
    pid: child.pid,
    process: child,
    logFile,
    late: options.late ?? false,
    exited,
    async stop(graceMs = 12_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  children.add(handle);
  return handle;
}

export function liveChildren(): Child[] {
  return [...children];
}

/** Stops every tracked child in parallel: the servers and workers, or with `late`, the infrastructure too. */
export async function stopAllChildren(options: { late: boolean }): Promise<void> {
  await Promise.all([...children].filter((child) => options.late || !child.late).map((child) => child.stop()));
}

/** Last resort on a synchronous exit path: no waiting is possible there. */
export function killAllChildrenNow(): void {
  for (const child of children) child.process.kill('SIGKILL');
}

export function tailOfLog(child: Child, lines = 20): string {
  try {
    return fs.readFileSync(child.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

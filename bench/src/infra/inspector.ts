import fs from 'node:fs';
import { WebSocket } from 'ws';
import { sleep } from './time';

/** Node flag that opens the inspector on a free port; the address is printed to the child's log. */
export const INSPECTOR_FLAG = '--inspect=127.0.0.1:0';

const LISTENING = /Debugger listening on (ws:\/\/\S+)/;

/** The inspector address that a child started with INSPECTOR_FLAG printed to its log. */
export async function inspectorUrl(logFile: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = LISTENING.exec(fs.readFileSync(logFile, 'utf8'));
    if (match) return match[1]!;
    if (Date.now() > deadline) throw new Error(`no inspector address in ${logFile}`);
    await sleep(100);
  }
}

/**
 * A full, memory-reducing garbage collection in another process (the inspector's
 * HeapProfiler.collectGarbage, which is V8's low-memory notification): what is left is what the
 * process holds, not how far its last burst of work happened to grow the young generation.
 */
export async function collectGarbage(url: string): Promise<void> {
  const socket = new WebSocket(url);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (data) => {
        const reply = JSON.parse(String(data)) as { id?: number; error?: { message: string } };
        if (reply.id !== 1) return;
        if (reply.error) reject(new Error(reply.error.message));
        else resolve();
      });
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    });
  } finally {
    socket.close();
  }
}

/**
 * Starts V8's sampling profiler in another process through its inspector; `stop` writes the
 * profile (a .cpuprofile file) of just that stretch. For a window chosen while the process runs.
 */
export async function startProfiler(url: string): Promise<{ stop(file: string): Promise<void> }> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, { resolve: (result: any) => void; reject: (error: Error) => void }>();
  socket.on('message', (data) => {
    const reply = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id!);
    if (reply.error) waiter.reject(new Error(reply.error.message));
    else waiter.resolve(reply.result);
  });
  const call = (method: string, params?: Record<string, unknown>) =>
    new Promise<any>((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 1000 });
  await call('Profiler.start');
  return {
    async stop(file) {
      try {
        const { profile } = await call('Profiler.stop');
        fs.writeFileSync(file, JSON.stringify(profile));
      } finally {
        socket.close();
      }
    },
  };
}

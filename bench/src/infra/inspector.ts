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

import path from 'node:path';
import { BENCH_DIR } from '../infra/paths';
import { spawnNode, type Child } from '../infra/processes';
import { withTimeout } from '../infra/time';
import type { HolderCommand, HolderReply, HolderSpec } from './protocol';

const OPEN_CONCURRENCY_PER_WORKER = 32;

export interface Counts {
  ready: number;
  received: number;
  /** Epoch ms of the latest delivery any worker saw. */
  lastAt: number;
  timedOut: boolean;
}

/**
 * Worker processes that hold subscribed sockets. Each one connects from its own loopback address
 * (127.0.0.2, .3, …), so tens of thousands of sockets never run out of ephemeral ports.
 */
export class HolderPool {
  private readonly workers: { child: Child; sockets: number }[];

  private constructor(children: Child[]) {
    this.workers = children.map((child) => ({ child, sockets: 0 }));
  }

  static async start(size: number): Promise<HolderPool> {
    const children = Array.from({ length: size }, (_, index) =>
      spawnNode(`holder-${index}`, path.join(BENCH_DIR, 'src/holders/worker.ts'), [`127.0.0.${index + 2}`], {
        cwd: BENCH_DIR,
        ipc: true,
      }),
    );
    return new HolderPool(children);
  }

  get size(): number {
    return this.workers.reduce((sum, worker) => sum + worker.sockets, 0);
  }

  /** Adds `count` sockets, spread evenly over the workers. */
  async open(spec: HolderSpec, count: number, timeoutMs: number): Promise<{ open: number; failed: number; error?: string }> {
    const replies = await Promise.all(
      this.workers.map((worker, index) => {
        const share = Math.floor(count / this.workers.length) + (index < count % this.workers.length ? 1 : 0);
        return this.ask<'opened'>(worker.child, { cmd: 'open', spec, count: share, concurrency: OPEN_CONCURRENCY_PER_WORKER }, timeoutMs);
      }),
    );
    replies.forEach((reply, index) => (this.workers[index]!.sockets = reply.open));
    return {
      open: this.size,
      failed: replies.reduce((sum, reply) => sum + reply.failed, 0),
      error: replies.find((reply) => reply.error)?.error,
    };
  }

  /** Waits until every socket received `perSocket` deliveries since the last reset (or time runs out). */
  async waitForEach(perSocket: number, timeoutMs: number): Promise<Counts> {
    return this.gather((sockets) => ({ cmd: 'wait', received: sockets * perSocket, timeoutMs }), timeoutMs);
  }

  /** Waits until every socket received at least one delivery since the last reset. */
  async waitAllReady(timeoutMs: number): Promise<Counts> {
    return this.gather((sockets) => ({ cmd: 'wait', ready: sockets, timeoutMs }), timeoutMs);
  }

  /** Waits until no socket received anything for `quietMs`. */
  async waitQuiet(quietMs: number, timeoutMs: number): Promise<Counts> {
    return this.gather(() => ({ cmd: 'quiet', quietMs, timeoutMs }), timeoutMs);
  }

  reset(): void {
    for (const worker of this.workers) worker.child.process.send({ cmd: 'reset' } satisfies HolderCommand);
  }

  async closeSockets(): Promise<void> {
    await Promise.all(this.workers.map((worker) => this.ask<'closed'>(worker.child, { cmd: 'close' }, 30_000)));
    for (const worker of this.workers) worker.sockets = 0;
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.child.stop(3000)));
  }

  private async gather(command: (sockets: number) => HolderCommand, timeoutMs: number): Promise<Counts> {
    const replies = await Promise.all(
      this.workers.map((worker) => this.ask<'counts'>(worker.child, command(worker.sockets), timeoutMs + 5000)),
    );
    return {
      ready: replies.reduce((sum, reply) => sum + reply.ready, 0),
      received: replies.reduce((sum, reply) => sum + reply.received, 0),
      lastAt: Math.max(...replies.map((reply) => reply.lastAt)),
      timedOut: replies.some((reply) => reply.timedOut),
    };
  }

  private ask<E extends HolderReply['evt']>(child: Child, command: HolderCommand, timeoutMs: number) {
    const answer = new Promise<Extract<HolderReply, { evt: E }>>((resolve, reject) => {
      const onMessage = (reply: HolderReply) => {
        child.process.off('message', onMessage);
        resolve(reply as Extract<HolderReply, { evt: E }>);
      };
      child.process.on('message', onMessage);
      void child.exited.then((code) => reject(new Error(`${child.name} exited (${code})`)));
    });
    child.process.send(command);
    return withTimeout(answer, timeoutMs, `${child.name} ${command.cmd}`);
  }
}

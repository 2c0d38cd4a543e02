import { killAllChildrenNow, stopAllChildren } from './processes';
import { withTimeout } from './time';

type Step = { name: string; run: () => Promise<unknown> };

const steps: Step[] = [];
let cleaning: Promise<void> | undefined;

/** Registers something to undo when the bench ends, however it ends; undone last-in, first-out. */
export function onCleanup(name: string, run: () => Promise<unknown>): void {
  steps.push({ name, run });
}

/**
 * Stops every process the bench started first (they hold connections), then undoes the steps:
 * databases dropped, Redis keys deleted, the embedded PostgreSQL stopped. Runs once.
 */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await stopAllChildren({ late: false }).catch(() => {});
    for (const step of steps.reverse()) {
      await withTimeout(step.run(), 30_000, step.name).catch((error: Error) => console.error(`cleanup: ${step.name}: ${error.message}`));
    }
    await stopAllChildren({ late: true }).catch(() => {});
  })();
  return cleaning;
}

/** Ctrl-C, SIGTERM and crashes still clean up; a plain exit kills whatever is left. */
export function installCleanupHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping everything the bench started…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  // A stray rejection (a timed-out wait nobody awaits any more) must not end a five-minute run.
  process.on('unhandledRejection', (error) => console.error('bench: unhandled rejection, going on:', error));
  process.on('uncaughtException', (error) => {
    console.error(error);
    void cleanUp().finally(() => process.exit(1));
  });
  process.on('exit', killAllChildrenNow);
}

import { randomUUID } from 'node:crypto';
import type { HolderPool } from '../holders/pool';
import type { Conversation, Target } from '../targets/target';
import { MESSAGE_TEXT } from './inbox';

/**
 * Sends probes until every held socket has received one (which proves its subscription is
 * live), then waits for the stragglers to land and zeroes the counters.
 */
export async function untilHoldersSubscribed(target: Target, conversation: Conversation, holders: HolderPool, attempts = 15) {
  holders.reset();
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    await target.sendHttp(conversation, MESSAGE_TEXT, `probe-${randomUUID()}`);
    const counts = await holders.waitAllReady(4000);
    if (!counts.timedOut) {
      await holders.waitQuiet(300, 30_000);
      holders.reset();
      return;
    }
  }
  throw new Error(`not every socket received a probe in ${attempts} attempts`);
}

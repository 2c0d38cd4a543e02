import fs from 'node:fs';
import path from 'node:path';
import type { HolderPool } from '../holders/pool';
import { PROFILE_DIR } from '../infra/paths';
import { now } from '../infra/time';
import { log } from '../log';
import { measureFanout } from '../scenarios/fanout';
import { measureThroughput } from '../scenarios/throughput';
import type { Settings } from '../settings';
import type { Instance, Wiring } from '../targets/launch';
import type { Conversation, Target } from '../targets/target';
import { summarizeProfile, type ProfileDigest } from './summarize';

export interface ProfileSummary {
  /** The send path: 16 senders back to back over HTTP, one watcher. */
  send: ProfiledPath;
  /** The delivery path: 1,000 subscribers on one session. */
  fanout: ProfiledPath;
}

/** `window`: where the measured loop sits in the profile, counted back from its end. */
type ProfiledPath = ProfileDigest & { file: string; window: { fromEndMs: number; toEndMs: number } };

type Launcher = (name: string, wiring: Wiring) => Promise<Instance>;
type Connect = (send: Instance, watch: Instance) => Promise<Target>;

/**
 * CPU profiles of a separate, profiled server (the measured ones run unprofiled), one per path:
 * sending, and fanning out. The profile is written when the server exits on SIGTERM.
 */
export async function profileUnderLoad(
  kind: string,
  launch: Launcher,
  wiring: Wiring,
  connect: Connect,
  holders: HolderPool,
  settings: Settings,
): Promise<ProfileSummary> {
  const send = await profiled(`${kind}-profile-send`, launch, wiring, async (instance, onLoop) => {
    const target = await connect(instance, instance);
    const conversations: Conversation[] = [];
    for (let index = 0; index < 16; index += 1) conversations.push(await target.newConversation());
    await measureThroughput(target, conversations, [instance.child.pid], {
      senders: 16,
      durationMs: settings.quick ? 1000 : 8000,
      drainMs: 15_000,
      tag: 'profile',
      onLoop,
    });
  });
  const fanout = await profiled(`${kind}-profile-fanout`, launch, wiring, async (instance, onLoop) => {
    const target = await connect(instance, instance);
    await measureFanout(target, holders, [instance.child.pid], {
      subscribers: settings.quick ? 100 : 1000,
      messages: settings.quick ? 10 : 60,
      maxMs: 60_000,
      tag: 'profile',
      onLoop,
    });
  });
  return { send, fanout };
}

/**
 * The profile covers the whole process, start-up included; only the samples taken during the
 * measured loop are summarised. V8's clock is not the bench's, so the loop is located by its
 * distance from the profile's end (the process exit), which the bench times itself.
 */
async function profiled(
  name: string,
  launch: Launcher,
  wiring: Wiring,
  load: (instance: Instance, onLoop: (phase: 'start' | 'end') => void) => Promise<void>,
) {
  const dir = path.join(PROFILE_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const instance = await launch(name, { ...wiring, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const loop = { start: 0, end: 0 };
  try {
    await load(instance, (phase) => (loop[phase] = now()));
  } finally {
    await instance.child.stop(20_000);
  }
  const exitedAt = now();
  const [file] = fs.readdirSync(dir).filter((entry) => entry.endsWith('.cpuprofile'));
  if (!file) throw new Error(`${name} wrote no profile (it must exit cleanly on SIGTERM)`);
  const window = { fromEndMs: Math.round(exitedAt - loop.start), toEndMs: Math.round(exitedAt - loop.end) };
  const digest = summarizeProfile(path.join(dir, file), window);
  log(`    ${name}: ${path.relative(process.cwd(), path.join(dir, file))}`);
  return { ...digest, file: path.join(dir, file), window };
}

import fs from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ; Linux reports 100 on every architecture Node runs on.
const PAGE_SIZE = 4096;

/**
 * CPU seconds (user + system) that the processes used so far, from /proc/<pid>/stat. A process
 * that is gone counts nothing, so measure deltas over processes that live through the window.
 */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  }
  return ticks / TICKS_PER_SECOND;
}

/** Resident set size in bytes (statm's second field), or 0 when the process is gone. */
export function rssBytes(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** The fields after the command name, which may itself hold spaces and parentheses. */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Read when the bench starts (this module loads then); `machine()` runs at the end of the run. */
const LOAD_AT_START = os.loadavg().map((value) => Math.round(value * 100) / 100);

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: LOAD_AT_START,
    loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

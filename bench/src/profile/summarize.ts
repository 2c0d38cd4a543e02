import fs from 'node:fs';
import { round } from '../stats/summary';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  /** Of the busy time: every sample but `(idle)`. */
  percent: number;
}

export interface ProfileDigest {
  busyMs: number;
  idlePercent: number;
  topFunctions: (ProfileEntry & { location: string })[];
  /** Self time by package (node_modules), by folder of api/src, or by runtime part (GC, node core). */
  byArea: ProfileEntry[];
}

/**
 * Self time per function and per area, from a V8 .cpuprofile written by `node --cpu-prof`;
 * with `window`, only the samples taken between `fromEndMs` and `toEndMs` before its end.
 */
export function summarizeProfile(file: string, window?: { fromEndMs: number; toEndMs: number }, top = 25): ProfileDigest {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfUs = new Map<number, number>();
  const from = window ? profile.endTime - window.fromEndMs * 1000 : -Infinity;
  const to = window ? profile.endTime - window.toEndMs * 1000 : Infinity;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= from && at <= to) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });

  const functions = new Map<string, { name: string; location: string; us: number }>();
  const areas = new Map<string, number>();
  let idleUs = 0;
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const location = frame.url ? `${shortPath(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName}@${location}`;
    const entry = functions.get(key) ?? { name: frame.functionName || '(anonymous)', location, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const percent = (us: number) => round((100 * us) / (busyUs || 1), 1);
  return {
    busyMs: round(busyUs / 1000, 0),
    idlePercent: round((100 * idleUs) / (idleUs + busyUs || 1), 1),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((entry) => ({ name: entry.name, location: entry.location, selfMs: round(entry.us / 1000, 1), percent: percent(entry.us) })),
    byArea: [...areas.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: round(us / 1000, 1), percent: percent(us) })),
  };
}

function shortPath(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) return path.slice(modules + '/node_modules/'.length);
  const repo = path.search(/\/(api|bench)\/src\//);
  return repo >= 0 ? path.slice(repo + 1) : path;
}

function areaOf(frame: CallFrame): string {
  if (!frame.url) {
    if (frame.functionName.startsWith('(')) return frame.functionName; // (garbage collector), (program)
    return '(native: builtins, JSON, regexps)';
  }
  if (frame.url.startsWith('node:')) return 'node core';
  const path = shortPath(frame.url);
  if (path !== frame.url.replace(/^file:\/\//, '') && !path.startsWith('api/') && !path.startsWith('bench/')) {
    const [scope, name] = path.split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const [app, src, folder] = path.split('/');
  return folder && !folder.includes('.') ? `${app}/${src}/${folder}` : `${app}/${src}`;
}

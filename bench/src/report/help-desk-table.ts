import type { HelpDeskResult, HelpDeskStep } from '../scenarios/help-desk';
import type { BenchDocument } from './document';
import { fmt, ratioText, type Row } from './table';

/** The help-desk step search: per step the API's and the Socket.IO design's figures side by side. */
export function helpDeskRows(doc: BenchDocument): (Row | string)[] {
  const desk = doc.helpDesk;
  if (!desk) return [];
  if ('skipped' in desk) return [`Help desk: skipped (${desk.skipped})`];
  const api = desk.api && 'steps' in desk.api ? desk.api : undefined;
  const socketio = desk.socketio && 'steps' in desk.socketio ? desk.socketio : undefined;
  const any = api ?? socketio;
  if (!any) return ['Help desk: failed (see Errors)'];
  const rows: (Row | string)[] = [];
  const pair = (label: string, value: (result: HelpDeskResult) => string, ratio = '') =>
    rows.push([label, api ? value(api) : '–', '–', socketio ? value(socketio) : '–', '', ratio]);
  rows.push(
    `Help desk on 2 instances, N visitors + N/50 agents, ${any.windowSeconds} s windows, p95 ≤ ${any.criteria.p95Ms} ms, p99 ≤ ${any.criteria.p99Ms} ms, zero loss (the floor has no agents)`,
  );
  pair('  largest N that held', (result) => fmt(result.largestHeld), ratioText(ratioOf(api?.largestHeld, socketio?.largestHeld)));
  const sizes = [...new Set([...(api?.steps ?? []), ...(socketio?.steps ?? [])].map((step) => step.visitors))].sort((a, b) => a - b);
  for (const visitors of sizes) {
    const at = (result: HelpDeskResult) => result.steps.find((step) => step.visitors === visitors);
    const cell = (show: (step: HelpDeskStep) => string) => (result: HelpDeskResult) => {
      const step = at(result);
      return step ? show(step) : '–';
    };
    const p95 = ratioOf(api && at(api)?.latency.p95, socketio && at(socketio)?.latency.p95);
    pair(`  ${visitors.toLocaleString('en-US')}: p50 / p95 / p99 (ms)`, cell((step) => `${fmt(step.latency.p50, 0)} / ${fmt(step.latency.p95, 0)} / ${fmt(step.latency.p99, 0)}${step.held ? '' : ' ✗'}`), ratioText(p95));
    pair(`  ${visitors.toLocaleString('en-US')}: lost / duplicates / errors`, cell((step) => `${step.messages.lost + step.messages.warmupLost} / ${step.messages.duplicates} / ${step.messages.errors}`));
    pair(`  ${visitors.toLocaleString('en-US')}: cores server ×2 / pg / redis / clients`, cell((step) => coreSplit(step)));
  }
  return rows;
}

export function coreSplit(step: HelpDeskStep): string {
  const cores = (prefix: string) => step.processes.filter((process) => process.name.startsWith(prefix)).reduce((sum, process) => sum + process.cores, 0);
  const servers = step.processes.filter((process) => /-desk-[ab]$/.test(process.name)).reduce((sum, process) => sum + process.cores, 0);
  return `${fmt(servers, 2)} / ${fmt(cores('postgres'), 2)} / ${fmt(cores('redis'), 2)} / ${fmt(cores('clients'), 2)}`;
}

const ratioOf = (api: number | null | undefined, other: number | null | undefined) =>
  api === null || api === undefined || !other ? null : Math.round((api / other) * 100) / 100;

/** Where instance A's CPU went in the first failing step (else the last one), with BENCH_PROFILE. */
export function helpDeskProfileLines(doc: BenchDocument): string[] {
  const desk = doc.helpDesk;
  if (!desk || 'skipped' in desk) return [];
  const lines: string[] = [];
  for (const result of [desk.api, desk.socketio]) {
    if (!result || !('steps' in result)) continue;
    const step = result.steps.find((entry) => !entry.held) ?? result.steps.at(-1);
    if (!step?.profile) continue;
    const name = result.target === 'api' ? 'API' : 'Socket.IO';
    lines.push('', `CPU profile, help desk, ${name} instance A at ${step.visitors.toLocaleString('en-US')} visitors (${step.held ? 'the last step' : 'the first failing step'}): ${fmt(step.profile.busyMs, 0)} ms busy, ${step.profile.idlePercent}% idle`);
    lines.push(`  by area:  ${step.profile.byArea.slice(0, 8).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
    lines.push(`  hottest:  ${step.profile.topFunctions.slice(0, 8).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
    lines.push(`  CPU by process (cores): ${step.processes.map((process) => `${process.name} ${fmt(process.cores, 2)} (${process.percent}%)`).join(', ')}; the machine ${fmt(step.machineBusyCores, 2)} busy`);
  }
  return lines;
}

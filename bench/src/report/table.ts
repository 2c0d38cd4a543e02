import type { Kind } from '../run';
import type { BenchDocument } from './document';

type Row = [figure: string, api: string, floor: string, ratio: string];

const fmt = (value: number | undefined | null, digits = 2) =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits });
const ratioText = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);

/** The results as a plain-text table: figure, API, floor, API/floor. */
export function renderTable(doc: BenchDocument): string {
  const rows: (Row | string)[] = [];
  const side = (kind: Kind) => (kind === 'api' ? doc.api : doc.baseline);

  for (const [via, title] of [
    ['http', 'Latency, send over HTTP → agent receives (ms)'],
    ['ws', 'Latency, send over the WebSocket → agent receives (ms)'],
  ] as const) {
    rows.push(title);
    for (const q of ['p50', 'p95', 'p99'] as const) {
      const value = (kind: Kind) => side(kind).latency[via]?.delivery[q];
      rows.push([`  ${q}`, fmt(value('api')), fmt(value('floor')), ratioText(doc.ratios[`latency.${via}.${q}`])]);
    }
  }

  rows.push('Throughput, stored and delivered messages/s (lost)');
  for (const result of doc.api.throughput.length ? doc.api.throughput : doc.baseline.throughput) {
    const find = (kind: Kind) => side(kind).throughput.find((entry) => entry.senders === result.senders);
    const cell = (kind: Kind) => {
      const entry = find(kind);
      return entry ? `${fmt(entry.perSecond, 0)} (${entry.lost}${entry.errors ? `, ${entry.errors} err` : ''})` : '–';
    };
    rows.push([`  ${result.senders} sender${result.senders > 1 ? 's' : ''}`, cell('api'), cell('floor'), ratioText(doc.ratios[`throughput.${result.senders}`])]);
  }

  rows.push('Send path, server CPU per stored message (µs)');
  for (const result of doc.api.throughput.length ? doc.api.throughput : doc.baseline.throughput) {
    const find = (kind: Kind) => side(kind).throughput.find((entry) => entry.senders === result.senders)?.cpuMicrosPerMessage;
    rows.push([`  ${result.senders} sender${result.senders > 1 ? 's' : ''}`, fmt(find('api'), 0), fmt(find('floor'), 0), ratioText(doc.ratios[`throughput.${result.senders}.cpuPerMessage`])]);
  }

  rows.push('Fan-out, server CPU per delivery (µs) | send → last subscriber p50 (ms)');
  for (const result of doc.api.fanout.length ? doc.api.fanout : doc.baseline.fanout) {
    const find = (kind: Kind) => side(kind).fanout.find((entry) => entry.subscribers === result.subscribers);
    rows.push([
      `  ${result.subscribers} subscribers, CPU`,
      fmt(find('api')?.cpuMicrosPerDelivery, 1),
      fmt(find('floor')?.cpuMicrosPerDelivery, 1),
      ratioText(doc.ratios[`fanout.${result.subscribers}.cpuPerDelivery`]),
    ]);
    rows.push([
      `  ${result.subscribers} subscribers, last one p50`,
      fmt(find('api')?.completion.p50),
      fmt(find('floor')?.completion.p50),
      ratioText(doc.ratios[`fanout.${result.subscribers}.lastSubscriberP50`]),
    ]);
  }

  rows.push('Memory, server RSS per idle subscribed socket (KiB)');
  for (const point of doc.api.memory?.points ?? doc.baseline.memory?.points ?? []) {
    const find = (kind: Kind) => side(kind).memory?.points.find((entry) => entry.sockets === point.sockets);
    const kib = (kind: Kind) => {
      const bytes = find(kind)?.bytesPerSocket;
      return bytes === undefined ? undefined : bytes / 1024;
    };
    rows.push([`  ${point.sockets.toLocaleString('en-US')} sockets`, fmt(kib('api'), 1), fmt(kib('floor'), 1), ratioText(doc.ratios[`memory.${point.sockets}.bytesPerSocket`])]);
  }

  const two = (kind: Kind) => side(kind).twoInstances;
  const apiTwo = two('api');
  if (apiTwo && 'skipped' in apiTwo) {
    rows.push(`Two instances: skipped (${apiTwo.skipped})`);
  } else {
    rows.push('Two instances on one Redis, send on A → receive on B (ms)');
    for (const q of ['p50', 'p95', 'p99'] as const) {
      const value = (kind: Kind) => {
        const result = two(kind);
        return result && 'delivery' in result ? result.delivery?.[q] : undefined;
      };
      rows.push([`  ${q}`, fmt(value('api')), fmt(value('floor')), ratioText(doc.ratios[`twoInstances.${q}`])]);
    }
  }

  const routing = doc.api.routing;
  if (routing && 'skipped' in routing) {
    rows.push(`AUTO routing: skipped (${routing.skipped})`);
  } else if (routing) {
    rows.push(`AUTO routing, ${routing.agents} agents on ${routing.instances} instances (the API only)`);
    rows.push([`  chats assigned/s (${routing.chats} arriving)`, fmt(routing.assignedPerSecond, 0), '–', '']);
    rows.push(['  the same chats started/s in MANUAL', fmt(routing.manualStartedPerSecond, 0), '–', '']);
    rows.push(['  close → next chat assigned, p50 (ms)', fmt(routing.refill.p50), '–', '']);
    rows.push(['  close → next chat assigned, p99 (ms)', fmt(routing.refill.p99), '–', '']);
  }

  const search = doc.api.search;
  if (search) {
    rows.push(`Message search over ${search.messages.toLocaleString('en-US')} messages, GraphQL over HTTP (the API only)`);
    for (const q of ['p50', 'p95', 'p99'] as const) rows.push([`  one at a time, ${q} (ms)`, fmt(search.latency[q]), '–', '']);
    rows.push([`  searches/s, ${search.concurrency} clients${search.errors ? ` (${search.errors} err)` : ''}`, fmt(search.perSecond, 0), '–', '']);
    rows.push([`  p50 under that load (ms)`, fmt(search.loadedLatency.p50), '–', '']);
    for (const figure of search.byQuery) {
      rows.push([`    '${figure.query}' (${figure.matches.toLocaleString('en-US')} matches), p50 (ms)`, fmt(figure.latency.p50), '–', '']);
    }
  }

  rows.push('Cold start, spawn → /readyz 200 (ms)');
  rows.push(['  median of later starts', fmt(doc.api.coldStart?.medianMs, 0), fmt(doc.baseline.coldStart?.medianMs, 0), ratioText(doc.ratios['coldStart.median'])]);
  rows.push(['  first start, fresh database', fmt(doc.api.coldStart?.firstStartMs, 0), fmt(doc.baseline.coldStart?.firstStartMs, 0), '']);

  const lines = layout(['Figure', 'API', 'Floor', 'API/floor'], rows);
  lines.push('', 'Targets (API/floor, same run)');
  for (const goal of doc.goals) {
    const mark = goal.met === null ? ' n/a ' : goal.met ? ' met ' : ' MISS';
    lines.push(`  [${mark}] ${goal.name}: ${ratioText(goal.ratio)} (goal ${goal.goal})`);
  }
  for (const kind of ['api', 'floor'] as const) {
    const profile = doc.profiles[kind];
    if (!profile) continue;
    for (const [path, digest] of [
      ['send path (16 senders)', profile.send],
      ['fan-out path (1,000 subscribers)', profile.fanout],
    ] as const) {
      lines.push('', `CPU profile, ${kind === 'api' ? 'API' : 'floor'}, ${path}: self time of ${fmt(digest.busyMs, 0)} ms busy`);
      lines.push(`  by area:  ${digest.byArea.slice(0, 8).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
      lines.push(`  hottest:  ${digest.topFunctions.slice(0, 6).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
    }
  }
  if (doc.errors.length) {
    lines.push('', 'Errors');
    for (const error of doc.errors) lines.push(`  ${error.scenario} (${error.target}): ${error.message.split('\n')[0]}`);
  }
  return lines.join('\n');
}

function layout(header: Row, rows: (Row | string)[]): string[] {
  const tableRows = rows.filter((row): row is Row => typeof row !== 'string');
  const widths = header.map((title, column) => Math.max(title.length, ...tableRows.map((row) => row[column].length)));
  const line = (row: Row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
  return [line(header), rule, ...rows.map((row) => (typeof row === 'string' ? row : line(row)))];
}

import type { Kind } from '../run';
import type { BenchDocument } from './document';
import { helpDeskProfileLines, helpDeskRows } from './help-desk-table';

export type Row = [figure: string, api: string, floor: string, socketio: string, toFloor: string, toSocketio: string];

export const fmt = (value: number | undefined | null, digits = 2) =>
  value === undefined || value === null || !Number.isFinite(value) ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits });
export const ratioText = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);

/** The results as a plain-text table: figure, API, floor, Socket.IO, API/floor, API/Socket.IO. */
export function renderTable(doc: BenchDocument): string {
  const rows: (Row | string)[] = [];
  const side = (kind: Kind) => (kind === 'api' ? doc.api : kind === 'floor' ? doc.baseline : doc.socketio);
  /** One row: the same figure of each target, and the API's ratio to the two others under `key`. */
  const row = (label: string, value: (kind: Kind) => string, key?: string) =>
    rows.push([label, value('api'), value('floor'), value('socketio'), key ? ratioText(doc.ratios[key]) : '', key ? ratioText(doc.ratiosToSocketio[key]) : '']);
  const apiOnly = (label: string, value: string) => rows.push([label, value, '–', '–', '', '']);

  for (const [via, title] of [
    ['http', 'Latency, send over HTTP → agent receives (ms)'],
    ['ws', 'Latency, send over the WebSocket → agent receives (ms)'],
  ] as const) {
    rows.push(title);
    for (const q of ['p50', 'p95', 'p99'] as const) row(`  ${q}`, (kind) => fmt(side(kind).latency[via]?.delivery[q]), `latency.${via}.${q}`);
  }

  const senderCounts = (doc.api.throughput.length ? doc.api.throughput : doc.baseline.throughput).map((entry) => entry.senders);
  const plural = (senders: number) => `  ${senders} sender${senders > 1 ? 's' : ''}`;
  rows.push('Throughput, stored and delivered messages/s (lost)');
  for (const senders of senderCounts) {
    row(
      plural(senders),
      (kind) => {
        const entry = side(kind).throughput.find((result) => result.senders === senders);
        return entry ? `${fmt(entry.perSecond, 0)} (${entry.lost}${entry.errors ? `, ${entry.errors} err` : ''})` : '–';
      },
      `throughput.${senders}`,
    );
  }
  rows.push('Send path, server CPU per stored message (µs)');
  for (const senders of senderCounts) {
    row(plural(senders), (kind) => fmt(side(kind).throughput.find((result) => result.senders === senders)?.cpuMicrosPerMessage, 0), `throughput.${senders}.cpuPerMessage`);
  }

  rows.push('Fan-out, server CPU per delivery (µs) | send → last subscriber p50 (ms)');
  for (const { subscribers } of doc.api.fanout.length ? doc.api.fanout : doc.baseline.fanout) {
    const find = (kind: Kind) => side(kind).fanout.find((entry) => entry.subscribers === subscribers);
    row(`  ${subscribers} subscribers, CPU`, (kind) => fmt(find(kind)?.cpuMicrosPerDelivery, 1), `fanout.${subscribers}.cpuPerDelivery`);
    row(`  ${subscribers} subscribers, last one p50`, (kind) => fmt(find(kind)?.completion.p50), `fanout.${subscribers}.lastSubscriberP50`);
  }

  rows.push('Memory, server RSS per idle subscribed socket (KiB)');
  for (const { sockets } of doc.api.memory?.points ?? doc.baseline.memory?.points ?? []) {
    row(
      `  ${sockets.toLocaleString('en-US')} sockets`,
      (kind) => {
        const bytes = side(kind).memory?.points.find((entry) => entry.sockets === sockets)?.bytesPerSocket;
        return fmt(bytes === undefined ? undefined : bytes / 1024, 1);
      },
      `memory.${sockets}.bytesPerSocket`,
    );
  }

  const apiTwo = doc.api.twoInstances;
  if (apiTwo && 'skipped' in apiTwo) {
    rows.push(`Two instances: skipped (${apiTwo.skipped})`);
  } else {
    rows.push('Two instances on one Redis, send on A → receive on B (ms)');
    for (const q of ['p50', 'p95', 'p99'] as const) {
      row(
        `  ${q}`,
        (kind) => {
          const result = side(kind).twoInstances;
          return fmt(result && 'delivery' in result ? result.delivery?.[q] : undefined);
        },
        `twoInstances.${q}`,
      );
    }
  }

  const routing = doc.api.routing;
  if (routing && 'skipped' in routing) {
    rows.push(`AUTO routing: skipped (${routing.skipped})`);
  } else if (routing) {
    rows.push(`AUTO routing, ${routing.agents} agents on ${routing.instances} instances (the API only)`);
    apiOnly(`  chats assigned/s (${routing.chats} arriving)`, fmt(routing.assignedPerSecond, 0));
    apiOnly('  the same chats started/s in MANUAL', fmt(routing.manualStartedPerSecond, 0));
    apiOnly('  close → next chat assigned, p50 (ms)', fmt(routing.refill.p50));
    apiOnly('  close → next chat assigned, p99 (ms)', fmt(routing.refill.p99));
  }

  const search = doc.api.search;
  if (search) {
    rows.push(`Message search over ${search.messages.toLocaleString('en-US')} messages, GraphQL over HTTP (the API only)`);
    for (const q of ['p50', 'p95', 'p99'] as const) apiOnly(`  one at a time, ${q} (ms)`, fmt(search.latency[q]));
    apiOnly(`  searches/s, ${search.concurrency} clients${search.errors ? ` (${search.errors} err)` : ''}`, fmt(search.perSecond, 0));
    apiOnly(`  p50 under that load (ms)`, fmt(search.loadedLatency.p50));
    for (const figure of search.byQuery) {
      apiOnly(`    '${figure.query}' (${figure.matches.toLocaleString('en-US')} matches), p50 (ms)`, fmt(figure.latency.p50));
    }
  }

  const reports = doc.api.reports;
  if (reports) {
    rows.push(`Reports over ${reports.chats.toLocaleString('en-US')} chats in a year, GraphQL over HTTP (the API only)`);
    for (const q of ['p50', 'p95'] as const) apiOnly(`  the year, every grouping, ${q} (ms)`, fmt(reports.latency[q]));
    for (const figure of reports.byGrouping) apiOnly(`    ${figure.groupBy} (${figure.rows} rows), p50 (ms)`, fmt(figure.latency.p50));
    apiOnly('  the last 30 days, p50 (ms)', fmt(reports.lastMonth.p50));
    apiOnly('  csvUrl of the year by DAY, p50 (ms)', fmt(reports.csv.p50));
  }

  const webhooks = doc.api.webhooks;
  if (webhooks) {
    rows.push(`Webhooks, ${webhooks.events.toLocaleString('en-US')} messages from ${webhooks.concurrency} visitors to a receiver on 127.0.0.1 (the API only)`);
    apiOnly('  events/s delivered', fmt(webhooks.deliveredPerSecond, 0));
    for (const q of ['p50', 'p95'] as const) apiOnly(`  send → arrival, ${q} (ms)`, fmt(webhooks.latency[q]));
  }

  rows.push('Cold start, spawn → /readyz 200 (ms)');
  row('  median of later starts', (kind) => fmt(side(kind).coldStart?.medianMs, 0), 'coldStart.median');
  row('  first start, fresh database', (kind) => fmt(side(kind).coldStart?.firstStartMs, 0));

  rows.push(...helpDeskRows(doc));

  const lines = layout(['Figure', 'API', 'Floor', 'Socket.IO', 'API/floor', 'API/Socket.IO'], rows);
  for (const [versus, title] of [
    ['floor', 'Targets (API/floor, same run)'],
    ['socketio', 'Ahead of Socket.IO on every figure (API/Socket.IO, same run)'],
  ] as const) {
    lines.push('', title);
    for (const goal of doc.goals.filter((entry) => entry.versus === versus)) {
      const mark = goal.met === null ? ' n/a ' : goal.met ? ' met ' : ' MISS';
      lines.push(`  [${mark}] ${goal.name}: ${ratioText(goal.ratio)} (goal ${goal.goal})`);
    }
  }
  for (const kind of ['api', 'floor', 'socketio'] as const) {
    const profile = doc.profiles[kind];
    if (!profile) continue;
    for (const [path, digest] of [
      ['send path (16 senders)', profile.send],
      ['fan-out path (1,000 subscribers)', profile.fanout],
    ] as const) {
      lines.push('', `CPU profile, ${kind === 'api' ? 'API' : kind === 'floor' ? 'floor' : 'Socket.IO'}, ${path}: self time of ${fmt(digest.busyMs, 0)} ms busy`);
      lines.push(`  by area:  ${digest.byArea.slice(0, 8).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
      lines.push(`  hottest:  ${digest.topFunctions.slice(0, 6).map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}`);
    }
  }
  lines.push(...helpDeskProfileLines(doc));
  if (doc.errors.length) {
    lines.push('', 'Errors');
    for (const error of doc.errors) lines.push(`  ${error.scenario} (${error.target}): ${error.message.split('\n')[0]}`);
  }
  return lines.join('\n');
}

function layout(header: Row, rows: (Row | string)[]): string[] {
  const tableRows = rows.filter((row): row is Row => typeof row !== 'string');
  const widths = header.map((title, column) => Math.max(title.length, ...tableRows.map((row) => row[column]!.length)));
  const line = (row: Row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 2, -2));
  return [line(header), rule, ...rows.map((row) => (typeof row === 'string' ? row : line(row)))];
}

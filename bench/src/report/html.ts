import type { Kind } from '../run';
import type { HelpDeskResult } from '../scenarios/help-desk';
import type { Histogram } from '../stats/summary';
import type { BenchDocument } from './document';

const COLORS: Record<Kind, string> = { api: '#e4572e', floor: '#2e86ab', socketio: '#5c946e' };
const NAMES: Record<Kind, string> = { api: 'API', floor: 'floor', socketio: 'Socket.IO' };
/** Drawing order: the API last, on top. */
const SERIES: Kind[] = ['floor', 'socketio', 'api'];
const W = 560;
const H = 260;
const M = { top: 20, right: 16, bottom: 42, left: 56 };

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const num = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits });

type Side = BenchDocument['api'];

/** latest.html: charts a person would rather look at than the JSON; no script, no CDN. */
export function renderHtml(doc: BenchDocument, table: string): string {
  const sides: Record<Kind, Side> = { api: doc.api, floor: doc.baseline, socketio: doc.socketio };
  const histograms = Object.entries(doc.histograms).map(([title, h]) => figure(title, histogramSvg(h)));
  const throughput = figure('Throughput against concurrent senders (messages/s, zero loss checked)', throughputSvg(sides));
  const fanoutLabels = doc.api.fanout.map((r) => `${r.subscribers} subscribers`);
  const fanout = figure(
    'Fan-out: server CPU per delivery (µs)',
    barsSvg(fanoutLabels, perKind((kind) => sides[kind].fanout.map((r) => r.cpuMicrosPerDelivery)), 'µs'),
  );
  const memoryLabels = (doc.api.memory?.points ?? []).map((p) => `${p.sockets.toLocaleString('en-US')} sockets`);
  const memory = figure(
    'Memory: server RSS per idle subscribed socket (KiB)',
    barsSvg(memoryLabels, perKind((kind) => (sides[kind].memory?.points ?? []).map((p) => p.bytesPerSocket / 1024)), 'KiB'),
  );
  const desk = doc.helpDesk && !('skipped' in doc.helpDesk) ? doc.helpDesk : undefined;
  const deskResults = perKind((kind) => {
    const result = kind === 'api' || kind === 'socketio' ? desk?.[kind] : undefined;
    return result && 'steps' in result ? result : undefined;
  });
  const scale = deskResults.api || deskResults.socketio ? figure('Help desk: the scale curve, N visitors (N/50 agents) on two instances → p95 (solid) and p99 (dashed), ms, log scale; an open dot did not hold', scaleSvg(deskResults)) : '';
  const goals = (versus: 'floor' | 'socketio') =>
    doc.goals
      .filter((goal) => goal.versus === versus)
      .map((goal) => {
        const state = goal.met === null ? 'na' : goal.met ? 'met' : 'miss';
        return `<div class="goal ${state}"><div class="ratio">${goal.ratio === null ? '–' : `${goal.ratio.toFixed(2)}×`}</div><div>${esc(goal.name)}</div><div class="small">goal ${esc(goal.goal)} · ${state === 'na' ? 'not measured' : state === 'met' ? 'met' : 'missed'}</div></div>`;
      })
      .join('');
  const legend = SERIES.map((kind) => `<span style="background:${COLORS[kind]}"></span>${kind === 'floor' ? 'floor (the same work with nothing on top)' : kind === 'socketio' ? 'Socket.IO (the design it replaces: Express + Socket.IO 4 + Redis adapter + pg)' : 'API'}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Livechat OSS bench: the API against its floor and Socket.IO</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1180px;color:#222;padding:0 16px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:18px 0 4px} .meta{color:#666;margin-bottom:18px}
.goals{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px;margin:12px 0 22px}
.goal{border-radius:8px;padding:10px 12px;border:1px solid #ddd} .goal .ratio{font-size:24px;font-weight:600}
.goal.met{background:#eef8f0;border-color:#9bd3a6} .goal.miss{background:#fdeeee;border-color:#eea3a3} .goal.na{background:#f4f4f4}
.small{color:#666;font-size:12px} .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:18px}
figure{margin:0;border:1px solid #e4e4e4;border-radius:8px;padding:10px} figcaption{font-weight:600;margin-bottom:6px}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px -1px 12px;border-radius:2px}
pre{background:#f7f7f7;padding:12px;border-radius:8px;overflow:auto;font-size:12.5px}
svg text{font-size:11px;fill:#444}
</style></head><body>
<h1>The message path: API against its floor and the Socket.IO design</h1>
<div class="meta">${esc(doc.generatedAt)} · ${doc.quick ? '<b>BENCH_QUICK (small counts)</b> · ' : ''}${doc.machine.cores} cores, ${num(doc.machine.memoryBytes / 2 ** 30, 0)} GiB, Node ${esc(doc.machine.node)} · commit ${esc(doc.commit.sha.slice(0, 10))}${doc.commit.uncommittedApiChanges ? ' (+ uncommitted api/ changes)' : ''} · PostgreSQL: ${esc(doc.setup.database)}, Redis: ${doc.setup.redis ? 'yes' : 'no'} · load average at start ${doc.machine.loadAverageAtStart.join(' / ')}, at the end ${doc.machine.loadAverageAtEnd.join(' / ')} · run took ${doc.runSeconds} s
<div class="legend">${legend}</div></div>
<h2>Targets against the floor</h2><div class="goals">${goals('floor')}</div>
<h2>Ahead of Socket.IO on every figure</h2><div class="goals">${goals('socketio')}</div>
<div class="grid">${histograms.join('')}${throughput}${fanout}${memory}${scale}</div>
<h2>Table</h2><pre>${esc(table)}</pre>
<p class="small">CPU: ${esc(doc.setup.cpuMeasuredFor)}. Memory: ${esc(doc.setup.memoryMeasuredFor)}. Every figure, with the floor's under <code>baseline</code> and Socket.IO's under <code>socketio</code>, is in latest.json.</p>
</body></html>
`;
}

function perKind<T>(pick: (kind: Kind) => T): Record<Kind, T> {
  return { api: pick('api'), floor: pick('floor'), socketio: pick('socketio') };
}

function figure(title: string, svg: string): string {
  return `<figure><figcaption>${esc(title)}</figcaption>${svg}</figure>`;
}

function frame(inner: string): string {
  return `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
}

function axes(xLabel: string, yMax: number, yLabel: string): string {
  const plotH = H - M.top - M.bottom;
  let out = `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#999"/>`;
  out += `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#999"/>`;
  for (let tick = 0; tick <= 4; tick += 1) {
    const y = H - M.bottom - (plotH * tick) / 4;
    out += `<line x1="${M.left}" y1="${y}" x2="${W - M.right}" y2="${y}" stroke="#eee"/><text x="${M.left - 6}" y="${y + 4}" text-anchor="end">${num((yMax * tick) / 4, yMax < 10 ? 1 : 0)}</text>`;
  }
  out += labels(xLabel, yLabel);
  return out;
}

function labels(xLabel: string, yLabel: string): string {
  return (
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">${esc(xLabel)}</text>` +
    `<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`
  );
}

function histogramSvg(entry: BenchDocument['histograms'][string]): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const kinds = SERIES.filter((kind) => entry.bins[kind]);
  const yMax = Math.max(...kinds.flatMap((kind) => entry.bins[kind]!.counts), 1);
  const bins = entry.bins[kinds[0]!]!.counts.length;
  const barW = plotW / bins;
  const x = (ms: number) => M.left + (ms / entry.upper) * plotW;
  let out = axes(`delivery latency, ms (last bin: ≥ ${num(entry.upper - entry.binWidth, 2)})`, yMax, 'messages');
  for (const kind of kinds) {
    const series: Histogram = entry.bins[kind]!;
    series.counts.forEach((count, index) => {
      const h = (count / yMax) * plotH;
      out += `<rect x="${M.left + index * barW + 1}" y="${H - M.bottom - h}" width="${Math.max(1, barW - 2)}" height="${h}" fill="${COLORS[kind]}" fill-opacity="0.45"><title>${NAMES[kind]} ${num(series.edges[index]!, 2)}–${num(series.edges[index]! + series.binWidth, 2)} ms: ${count}</title></rect>`;
    });
  }
  for (let tick = 0; tick <= 5; tick += 1) {
    const ms = (entry.upper * tick) / 5;
    out += `<text x="${x(ms)}" y="${H - M.bottom + 14}" text-anchor="middle">${num(ms, 2)}</text>`;
  }
  kinds.forEach((kind, index) => {
    const p50 = entry.p50[kind]!;
    const px = Math.min(x(p50), W - M.right);
    out += `<line x1="${px}" y1="${M.top}" x2="${px}" y2="${H - M.bottom}" stroke="${COLORS[kind]}" stroke-dasharray="4 3" stroke-width="1.5"/><text x="${px + 4}" y="${M.top + 10 + 14 * index}" style="fill:${COLORS[kind]}">${NAMES[kind]} p50 ${num(p50, 2)} ms</text>`;
  });
  return frame(out);
}

function throughputSvg(sides: Record<Kind, Side>): string {
  const senders = (sides.api.throughput.length ? sides.api.throughput : sides.floor.throughput).map((r) => r.senders);
  if (!senders.length) return frame('<text x="20" y="40">not measured</text>');
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yMax = niceMax(Math.max(...SERIES.flatMap((kind) => sides[kind].throughput.map((r) => r.perSecond)), 1));
  const x = (index: number) => M.left + 30 + ((plotW - 60) * index) / Math.max(1, senders.length - 1);
  const y = (value: number) => H - M.bottom - (value / yMax) * plotH;
  let out = axes('concurrent senders, each in its own session', yMax, 'messages/s');
  senders.forEach((count, index) => (out += `<text x="${x(index)}" y="${H - M.bottom + 14}" text-anchor="middle">${count}</text>`));
  for (const kind of SERIES) {
    const points = senders.map((count, index) => {
      const result = sides[kind].throughput.find((r) => r.senders === count);
      return result ? { px: x(index), py: y(result.perSecond), result } : undefined;
    });
    const defined = points.filter((p): p is NonNullable<typeof p> => Boolean(p));
    out += `<polyline fill="none" stroke="${COLORS[kind]}" stroke-width="2.5" points="${defined.map((p) => `${p.px},${p.py}`).join(' ')}"/>`;
    for (const p of defined) {
      out += `<circle cx="${p.px}" cy="${p.py}" r="4" fill="${COLORS[kind]}"><title>${NAMES[kind]}: ${p.result.perSecond} msg/s, ${p.result.lost} lost</title></circle><text x="${p.px}" y="${p.py - 8}" text-anchor="middle" style="fill:${COLORS[kind]}">${num(p.result.perSecond, 0)}${p.result.lost ? ` (${p.result.lost} lost)` : ''}</text>`;
    }
  }
  return frame(out);
}

function barsSvg(labels: string[], values: Record<Kind, number[]>, unit: string): string {
  if (!labels.length) return frame('<text x="20" y="40">not measured</text>');
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yMax = niceMax(Math.max(...SERIES.flatMap((kind) => values[kind]), 0.001));
  const group = plotW / labels.length;
  const barW = Math.min(56, group / 4);
  let out = axes('', yMax, unit);
  labels.forEach((label, index) => {
    const center = M.left + group * (index + 0.5);
    out += `<text x="${center}" y="${H - M.bottom + 14}" text-anchor="middle">${esc(label)}</text>`;
    (['api', 'socketio', 'floor'] as const).forEach((kind, slot) => {
      const value = values[kind][index];
      if (value === undefined) return;
      const h = (value / yMax) * plotH;
      const left = center + (slot - 1.5) * (barW + 2);
      out += `<rect x="${left}" y="${H - M.bottom - h}" width="${barW}" height="${h}" fill="${COLORS[kind]}"><title>${NAMES[kind]}</title></rect><text x="${left + barW / 2}" y="${H - M.bottom - h - 4}" text-anchor="middle">${num(value, 1)}</text>`;
    });
  });
  return frame(out);
}

/** N against p95 (solid) and p99 (dashed) for each target, on a log scale, with the 100 ms and 250 ms lines. */
function scaleSvg(results: Record<Kind, HelpDeskResult | undefined>): string {
  const kinds = (['socketio', 'api'] as const).filter((kind) => results[kind]?.steps.length);
  const sizes = [...new Set(kinds.flatMap((kind) => results[kind]!.steps.map((step) => step.visitors)))].sort((a, b) => a - b);
  if (!sizes.length) return frame('<text x="20" y="40">not measured</text>');
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const values = kinds.flatMap((kind) => results[kind]!.steps.flatMap((step) => [step.latency.p95, step.latency.p99])).filter(Number.isFinite);
  const low = 1;
  const high = 10 ** Math.ceil(Math.log10(Math.max(1000, ...values)));
  const y = (ms: number) => H - M.bottom - ((Math.log10(Math.max(low, ms)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) * plotH;
  const x = (index: number) => M.left + 30 + ((plotW - 60) * index) / Math.max(1, sizes.length - 1);
  let out = `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#999"/><line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#999"/>`;
  for (let ms = low; ms <= high; ms *= 10) {
    out += `<line x1="${M.left}" y1="${y(ms)}" x2="${W - M.right}" y2="${y(ms)}" stroke="#eee"/><text x="${M.left - 6}" y="${y(ms) + 4}" text-anchor="end">${num(ms, 0)}</text>`;
  }
  for (const [ms, label] of [
    [100, 'p95 goal 100 ms'],
    [250, 'p99 limit 250 ms'],
  ] as const) {
    out += `<line x1="${M.left}" y1="${y(ms)}" x2="${W - M.right}" y2="${y(ms)}" stroke="#b00" stroke-dasharray="${ms === 100 ? '6 3' : '2 3'}"/><text x="${M.left + 4}" y="${y(ms) - 4}" style="fill:#b00">${label}</text>`;
  }
  sizes.forEach((visitors, index) => (out += `<text x="${x(index)}" y="${H - M.bottom + 14}" text-anchor="middle">${visitors.toLocaleString('en-US')}</text>`));
  out += labels('visitors (agents = visitors / 50)', 'send → arrival, ms');
  for (const kind of kinds) {
    for (const [q, dash] of [
      ['p95', ''],
      ['p99', '5 4'],
    ] as const) {
      const points = results[kind]!.steps.map((step) => ({ px: x(sizes.indexOf(step.visitors)), py: y(step.latency[q]), step }));
      out += `<polyline fill="none" stroke="${COLORS[kind]}" stroke-width="2.5" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${points.map((p) => `${p.px},${p.py}`).join(' ')}"/>`;
      for (const p of points) {
        out += `<circle cx="${p.px}" cy="${p.py}" r="${q === 'p95' ? 4 : 3}" fill="${p.step.held ? COLORS[kind] : '#fff'}" stroke="${COLORS[kind]}" stroke-width="2"><title>${NAMES[kind]} ${p.step.visitors} visitors: ${q} ${p.step.latency[q]} ms${p.step.held ? ', held' : `, failed: ${esc(p.step.failures.join('; '))}`}</title></circle>`;
      }
    }
    const last = results[kind]!.steps.at(-1)!;
    out += `<text x="${x(sizes.indexOf(last.visitors)) - 6}" y="${y(last.latency.p95) - 8}" text-anchor="end" style="fill:${COLORS[kind]}">${NAMES[kind]}</text>`;
  }
  return frame(out);
}

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].find((step) => step * magnitude >= value)! * magnitude;
}

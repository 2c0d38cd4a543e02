import type { Histogram } from '../stats/summary';
import type { BenchDocument } from './document';

const COLORS = { api: '#e4572e', floor: '#2e86ab' };
const W = 560;
const H = 260;
const M = { top: 20, right: 16, bottom: 42, left: 56 };

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const num = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits });

/** latest.html: charts a person would rather look at than the JSON; no script, no CDN. */
export function renderHtml(doc: BenchDocument, table: string): string {
  const histograms = Object.entries(doc.histograms).map(([title, h]) => figure(title, histogramSvg(h.api, h.floor, h.api_p50, h.floor_p50)));
  const throughput = figure('Throughput against concurrent senders (messages/s, zero loss checked)', throughputSvg(doc));
  const fanout = figure('Fan-out: server CPU per delivery (µs)', barsSvg(doc.api.fanout.map((r) => `${r.subscribers} subscribers`), doc.api.fanout.map((r) => r.cpuMicrosPerDelivery), doc.baseline.fanout.map((r) => r.cpuMicrosPerDelivery), 'µs'));
  const memoryLabels = (doc.api.memory?.points ?? []).map((p) => `${p.sockets.toLocaleString('en-US')} sockets`);
  const memory = figure('Memory: server RSS per idle subscribed socket (KiB)', barsSvg(memoryLabels, (doc.api.memory?.points ?? []).map((p) => p.bytesPerSocket / 1024), (doc.baseline.memory?.points ?? []).map((p) => p.bytesPerSocket / 1024), 'KiB'));
  const goals = doc.goals
    .map((goal) => {
      const state = goal.met === null ? 'na' : goal.met ? 'met' : 'miss';
      return `<div class="goal ${state}"><div class="ratio">${goal.ratio === null ? '–' : `${goal.ratio.toFixed(2)}×`}</div><div>${esc(goal.name)}</div><div class="small">goal ${esc(goal.goal)} · ${state === 'na' ? 'not measured' : state === 'met' ? 'met' : 'missed'}</div></div>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Livechat OSS bench: the API against its floor</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1180px;color:#222;padding:0 16px}
h1{font-size:22px;margin:0 0 4px} .meta{color:#666;margin-bottom:18px}
.goals{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px;margin:12px 0 22px}
.goal{border-radius:8px;padding:10px 12px;border:1px solid #ddd} .goal .ratio{font-size:24px;font-weight:600}
.goal.met{background:#eef8f0;border-color:#9bd3a6} .goal.miss{background:#fdeeee;border-color:#eea3a3} .goal.na{background:#f4f4f4}
.small{color:#666;font-size:12px} .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:18px}
figure{margin:0;border:1px solid #e4e4e4;border-radius:8px;padding:10px} figcaption{font-weight:600;margin-bottom:6px}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px -1px 12px;border-radius:2px}
pre{background:#f7f7f7;padding:12px;border-radius:8px;overflow:auto;font-size:12.5px}
svg text{font-size:11px;fill:#444}
</style></head><body>
<h1>The message path: API against its floor</h1>
<div class="meta">${esc(doc.generatedAt)} · ${doc.quick ? '<b>BENCH_QUICK (small counts)</b> · ' : ''}${doc.machine.cores} cores, ${num(doc.machine.memoryBytes / 2 ** 30, 0)} GiB, Node ${esc(doc.machine.node)} · commit ${esc(doc.commit.sha.slice(0, 10))}${doc.commit.uncommittedApiChanges ? ' (+ uncommitted api/ changes)' : ''} · PostgreSQL: ${esc(doc.setup.database)}, Redis: ${doc.setup.redis ? 'yes' : 'no'} · load average at start ${doc.machine.loadAverageAtStart.join(' / ')} · run took ${doc.runSeconds} s
<div class="legend"><span style="background:${COLORS.api}"></span>API<span style="background:${COLORS.floor}"></span>floor (the same work with nothing on top)</div></div>
<div class="goals">${goals}</div>
<div class="grid">${histograms.join('')}${throughput}${fanout}${memory}</div>
<h2>Table</h2><pre>${esc(table)}</pre>
<p class="small">CPU: ${esc(doc.setup.cpuMeasuredFor)}. Memory: ${esc(doc.setup.memoryMeasuredFor)}. Every figure, with the floor's under <code>baseline</code>, is in latest.json.</p>
</body></html>
`;
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
  out += `<text x="${(M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">${esc(xLabel)}</text>`;
  out += `<text transform="translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`;
  return out;
}

function histogramSvg(api: Histogram, floor: Histogram, apiP50: number, floorP50: number): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yMax = Math.max(...api.counts, ...floor.counts, 1);
  const barW = plotW / api.counts.length;
  const x = (ms: number) => M.left + (ms / api.upper) * plotW;
  let out = axes(`delivery latency, ms (last bin: ≥ ${num(api.upper - api.binWidth, 2)})`, yMax, 'messages');
  for (const [series, color] of [
    [floor, COLORS.floor],
    [api, COLORS.api],
  ] as const) {
    series.counts.forEach((count, index) => {
      const h = (count / yMax) * plotH;
      out += `<rect x="${M.left + index * barW + 1}" y="${H - M.bottom - h}" width="${Math.max(1, barW - 2)}" height="${h}" fill="${color}" fill-opacity="0.55"><title>${num(series.edges[index]!, 2)}–${num(series.edges[index]! + series.binWidth, 2)} ms: ${count}</title></rect>`;
    });
  }
  for (let tick = 0; tick <= 5; tick += 1) {
    const ms = (api.upper * tick) / 5;
    out += `<text x="${x(ms)}" y="${H - M.bottom + 14}" text-anchor="middle">${num(ms, 2)}</text>`;
  }
  for (const [p50, color, label] of [
    [floorP50, COLORS.floor, 'floor p50'],
    [apiP50, COLORS.api, 'API p50'],
  ] as const) {
    const px = Math.min(x(p50), W - M.right);
    out += `<line x1="${px}" y1="${M.top}" x2="${px}" y2="${H - M.bottom}" stroke="${color}" stroke-dasharray="4 3" stroke-width="1.5"/><text x="${px + 4}" y="${M.top + (label.startsWith('API') ? 24 : 10)}" style="fill:${color}">${label} ${num(p50, 2)} ms</text>`;
  }
  return frame(out);
}

function throughputSvg(doc: BenchDocument): string {
  const senders = doc.api.throughput.length ? doc.api.throughput.map((r) => r.senders) : doc.baseline.throughput.map((r) => r.senders);
  if (!senders.length) return frame('<text x="20" y="40">not measured</text>');
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yMax = niceMax(Math.max(...doc.api.throughput.map((r) => r.perSecond), ...doc.baseline.throughput.map((r) => r.perSecond), 1));
  const x = (index: number) => M.left + 30 + ((plotW - 60) * index) / Math.max(1, senders.length - 1);
  const y = (value: number) => H - M.bottom - (value / yMax) * plotH;
  let out = axes('concurrent senders, each in its own session', yMax, 'messages/s');
  senders.forEach((count, index) => (out += `<text x="${x(index)}" y="${H - M.bottom + 14}" text-anchor="middle">${count}</text>`));
  for (const [results, color] of [
    [doc.baseline.throughput, COLORS.floor],
    [doc.api.throughput, COLORS.api],
  ] as const) {
    const points = senders.map((count, index) => {
      const result = results.find((r) => r.senders === count);
      return result ? { px: x(index), py: y(result.perSecond), result } : undefined;
    });
    const defined = points.filter((p): p is NonNullable<typeof p> => Boolean(p));
    out += `<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${defined.map((p) => `${p.px},${p.py}`).join(' ')}"/>`;
    for (const p of defined) {
      out += `<circle cx="${p.px}" cy="${p.py}" r="4" fill="${color}"><title>${p.result.perSecond} msg/s, ${p.result.lost} lost</title></circle><text x="${p.px}" y="${p.py - 8}" text-anchor="middle" style="fill:${color}">${num(p.result.perSecond, 0)}${p.result.lost ? ` (${p.result.lost} lost)` : ''}</text>`;
    }
  }
  return frame(out);
}

function barsSvg(labels: string[], api: number[], floor: number[], unit: string): string {
  if (!labels.length) return frame('<text x="20" y="40">not measured</text>');
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const yMax = niceMax(Math.max(...api, ...floor, 0.001));
  const group = plotW / labels.length;
  const barW = Math.min(70, group / 3);
  let out = axes('', yMax, unit);
  labels.forEach((label, index) => {
    const center = M.left + group * (index + 0.5);
    out += `<text x="${center}" y="${H - M.bottom + 14}" text-anchor="middle">${esc(label)}</text>`;
    for (const [value, color, offset] of [
      [api[index], COLORS.api, -barW - 2],
      [floor[index], COLORS.floor, 2],
    ] as const) {
      if (value === undefined) continue;
      const h = (value / yMax) * plotH;
      out += `<rect x="${center + offset}" y="${H - M.bottom - h}" width="${barW}" height="${h}" fill="${color}"/><text x="${center + offset + barW / 2}" y="${H - M.bottom - h - 4}" text-anchor="middle">${num(value, 1)}</text>`;
    }
  });
  return frame(out);
}

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].find((step) => step * magnitude >= value)! * magnitude;
}

// Figures for the closing note: the bundle's gzipped size, and the widget's main-thread time on
// page load, read from Chromium performance traces against a real API.
//   npm run measure -w widget        (builds first; needs the machine's PostgreSQL)
import fs from 'node:fs';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createTestDatabase, startTestApp } from '../../api/test/support/test-app';
import { launchBrowser } from '../../testing/browser';
import { embeddingPage, startPageServer } from '../test/support/page-server';
import { BUNDLE_PATH } from '../test/support/paths';

const RUNS = 7;
const BUNDLE_NAME = 'livechat-oss-widget.umd.js';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

async function main() {
  const raw = fs.readFileSync(BUNDLE_PATH);
  const gzipped = zlib.gzipSync(raw, { level: 9 }).length;
  const db = await createTestDatabase();
  const api = await startTestApp(db.url, { LOG_LEVEL: 'silent' });
  const pages = await startPageServer();
  const browser = await launchBrowser();
  try {
    const origin = new URL(api.httpUrl).origin;
    const config = { apiUrl: origin, websocketUrl: origin };
    const withWidget = pages.setPage('/with.html', embeddingPage({ config }));
    const without = pages.setPage('/without.html', embeddingPage({ config }).replace(/<script src=[^>]+><\/script>/, ''));
    const runs: { widget: Measured; baseline: Measured }[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push({ baseline: await trace(browser, without), widget: await trace(browser, withWidget) });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const figures = {
      bundleBytes: raw.length,
      gzipBytes: gzipped,
      gzipKiB: +(gzipped / 1024).toFixed(1),
      runs: RUNS,
      medianMs: {
        widgetScriptEvaluate: median(runs.map((run) => run.widget.script)),
        widgetMount: median(runs.map((run) => run.widget.mount)),
        mainThreadBusyWithWidget: median(runs.map((run) => run.widget.busy)),
        mainThreadBusyWithoutWidget: median(runs.map((run) => run.baseline.busy)),
      },
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `widget on load: ${(figures.medianMs.widgetScriptEvaluate + figures.medianMs.widgetMount).toFixed(1)} ms of main thread ` +
        `(script ${figures.medianMs.widgetScriptEvaluate.toFixed(1)} ms + mount ${figures.medianMs.widgetMount.toFixed(1)} ms); ` +
        `whole page busy ${figures.medianMs.mainThreadBusyWithWidget.toFixed(1)} ms vs ${figures.medianMs.mainThreadBusyWithoutWidget.toFixed(1)} ms without; ` +
        `${figures.gzipKiB} KiB gzipped`,
    );
  } finally {
    await browser.close();
    await pages.close();
    await api.close();
    await db.drop();
  }
}

interface Measured {
  /** Compiling and evaluating the widget's script. */
  script: number;
  /** The DOMContentLoaded task in which the widget mounts its shadow root and launcher. */
  mount: number;
  /** Every top-level main-thread task from navigation to a second after load. */
  busy: number;
}

async function trace(browser: Browser, url: string): Promise<Measured> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'loading'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const buffer = await browser.stopTracing();
  await context.close();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some(
    (other) => other.pid === event.pid && other.name === 'ParseHTML',
  ));
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  const sum = (list: TraceEvent[]) => list.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  const script = sum(
    onMain.filter(
      // EvaluateScript includes compiling the script; v8.compile nests inside it.
      (event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith(BUNDLE_NAME),
    ),
  );
  const mount = sum(onMain.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'DOMContentLoaded'));
  const busy = sum(onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask'));
  return { script, mount, busy };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

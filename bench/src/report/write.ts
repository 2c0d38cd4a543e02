import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR } from '../infra/paths';
import { log } from '../log';
import type { Run } from '../run';
import type { Settings } from '../settings';
import { buildDocument } from './document';
import { renderHtml } from './html';
import { renderTable } from './table';

const startedAt = new Date();

/**
 * Prints the table and writes results/latest.{json,html}; true when a scenario failed. A quick or
 * partial run (BENCH_QUICK, BENCH_ONLY) writes results/dev.{json,html} instead, which git ignores,
 * so it can never replace the committed full run by accident.
 */
export function writeReport(run: Run, settings: Settings, runSeconds: number): boolean {
  const doc = buildDocument(run, settings, runSeconds, startedAt);
  const table = renderTable(doc);
  const name = settings.quick || settings.only ? 'dev' : 'latest';
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(doc, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, `${name}.html`), renderHtml(doc, table));
  process.stdout.write(`\n${table}\n\n`);
  log(`wrote ${path.relative(process.cwd(), path.join(RESULTS_DIR, `${name}.json`))} and ${name}.html in ${Math.round(runSeconds)} s`);
  return run.errors.length > 0;
}

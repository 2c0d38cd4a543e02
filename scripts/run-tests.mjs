#!/usr/bin/env node
// Runs every workspace's Jest suite in turn and prints one line of totals, `N passed, N failed`,
// because CI reads that line rather than Jest's own summaries. Extra arguments go to Jest.
// TEST_WORKSPACES=api,admin runs only those; TEST_RUN_NAME names the run's record in
// .test-results (default `workspaces`), so that CI can run the API's suite again on Node 22 and
// count both runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { countJestRun, recordTotals, resultsDir, totalsLine } from './test-totals.mjs';

const root = path.resolve(import.meta.dirname, '..');
const runName = process.env.TEST_RUN_NAME ?? 'workspaces';
fs.mkdirSync(resultsDir, { recursive: true });
fs.rmSync(path.join(resultsDir, `totals-${runName}.json`), { force: true });

const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.env.TEST_WORKSPACES?.split(',');
let passed = 0;
let failed = 0;
const broken = [];

for (const workspace of workspaces) {
  if (only && !only.includes(workspace)) continue;
  const manifest = JSON.parse(fs.readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
  if (!manifest.scripts?.test) continue;
  const outputFile = path.join(resultsDir, `${runName}-${workspace}.json`);
  fs.rmSync(outputFile, { force: true });
  console.log(`\n=== ${workspace} (Node.js ${process.version}) ===`);
  const run = spawnSync('npm', ['test', '-w', workspace, '--', '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  const counted = countJestRun(outputFile, run.status);
  passed += counted.passed;
  failed += counted.failed;
  if (counted.broken) broken.push(workspace);
}

if (broken.length) console.log(`\nsuites that failed to run: ${broken.join(', ')}`);
recordTotals(runName, { passed, failed });
console.log(`\n${totalsLine({ passed, failed })}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

#!/usr/bin/env node
// Runs every workspace's Jest suite in turn and prints one line of totals, `N passed, N failed`,
// because CI reads that line rather than Jest's own summaries. Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, '.test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.env.TEST_WORKSPACES?.split(',');
let passed = 0;
let failed = 0;
let broken = [];

for (const workspace of workspaces) {
  if (only && !only.includes(workspace)) continue;
  const manifest = JSON.parse(fs.readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
  if (!manifest.scripts?.test) continue;
  const outputFile = path.join(resultsDir, `${workspace}.json`);
  console.log(`\n=== ${workspace} ===`);
  const run = spawnSync('npm', ['test', '-w', workspace, '--', '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (!fs.existsSync(outputFile)) {
    // The suite could not even start (a build or config error): count it as one failure.
    broken.push(workspace);
    failed += 1;
    continue;
  }
  const result = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  const suitesThatDidNotRun = result.numRuntimeErrorTestSuites ?? 0;
  if (suitesThatDidNotRun > 0 || (run.status !== 0 && result.numFailedTests === 0)) {
    broken.push(workspace);
    failed += Math.max(1, suitesThatDidNotRun);
  }
}

if (broken.length) console.log(`\nsuites that failed to run: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

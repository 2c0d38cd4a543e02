#!/usr/bin/env node
// Test totals shared by the runners. Each runner counts one Jest run (or several) with
// `countJestRun` and records its totals in .test-results/totals-<name>.json; run on its own,
// this script adds up the totals of the runs named as arguments (a run with no record, which
// crashed, counts as one failure), prints each run's share, then the one line CI reads,
// `N passed, N failed`.
import fs from 'node:fs';
import path from 'node:path';

export const resultsDir = path.resolve(import.meta.dirname, '..', '.test-results');

/** Passed and failed tests of one Jest `--json` run; a suite that could not run counts as failed. */
export function countJestRun(outputFile, exitStatus) {
  // No output at all: the suite could not even start (a build or config error).
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1, broken: true };
  const result = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  let failed = result.numFailedTests;
  const suitesThatDidNotRun = result.numRuntimeErrorTestSuites ?? 0;
  const broken = suitesThatDidNotRun > 0 || (exitStatus !== 0 && result.numFailedTests === 0);
  if (broken) failed += Math.max(1, suitesThatDidNotRun);
  return { passed: result.numPassedTests, failed, broken };
}

export function recordTotals(name, totals) {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `totals-${name}.json`), JSON.stringify(totals));
}

export const totalsLine = ({ passed, failed }) => `${passed} passed, ${failed} failed`;

if (process.argv[1] === import.meta.filename) {
  const sum = { passed: 0, failed: 0 };
  const parts = [];
  for (const name of process.argv.slice(2)) {
    const file = path.join(resultsDir, `totals-${name}.json`);
    const totals = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { passed: 0, failed: 1 };
    sum.passed += totals.passed;
    sum.failed += totals.failed;
    parts.push(`${name} ${totals.passed}/${totals.passed + totals.failed}${fs.existsSync(file) ? '' : ' (no record: it crashed)'}`);
  }
  console.log(`\nby run (passed/counted): ${parts.join(', ')}`);
  console.log(totalsLine(sum));
  process.exit(sum.failed > 0 || sum.passed === 0 ? 1 : 0);
}

#!/usr/bin/env node
// Runs the deployment tests (deploy/test: nginx in front of two API processes, backup and
// restore, the compose file, Dockerfiles and PM2 config) and prints one line of totals,
// `N passed, N failed`, like scripts/run-tests.mjs; .ci/run adds both up. Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { countJestRun, recordTotals, resultsDir, totalsLine } from './test-totals.mjs';

const outputFile = path.join(resultsDir, 'deploy.json');
fs.mkdirSync(resultsDir, { recursive: true });
fs.rmSync(outputFile, { force: true });

const run = spawnSync(
  'npx',
  ['jest', '-c', 'deploy/jest.config.cjs', '--runInBand', '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)],
  { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'inherit' },
);
const { passed, failed, broken } = countJestRun(outputFile, run.status);
recordTotals('deploy', { passed, failed });
if (broken) console.log('\nthe deployment suite failed to run');
console.log(`\n${totalsLine({ passed, failed })}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

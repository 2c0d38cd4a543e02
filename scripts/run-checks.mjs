#!/usr/bin/env node
// The static checks CI runs before the tests: `tsc --noEmit` for every workspace's tsconfig
// (api, admin, widget, bench, sdk, deploy), the SDK's operations against the schema,
// `graphql-codegen --check` (the clients' generated operations are what codegen.yml makes of the
// committed schema and documents), and the schema the
// API code emits compared with the committed schema.graphql. Each check counts as one test in
// the totals (.test-results/totals-checks.json); the last line is `N passed, N failed` like the
// other runners, and the exit status is non-zero when any check failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordTotals, totalsLine } from './test-totals.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const results = [];

function check(name, command, args, { cwd = root, verify } = {}) {
  console.log(`\n=== check: ${name} ===`);
  const run = spawnSync(command, args, { cwd, stdio: 'inherit' });
  let problem = run.status === 0 ? undefined : `exited with ${run.status ?? run.signal}`;
  if (!problem && verify) problem = verify();
  console.log(problem ? `FAIL ${name}: ${problem}` : `PASS ${name}`);
  results.push({ name, ok: !problem });
}

for (const workspace of [...workspaces, 'deploy']) {
  const configs = fs.readdirSync(path.join(root, workspace)).filter((file) => /^tsconfig(\.test)?\.json$/.test(file)).sort();
  for (const config of configs) {
    check(`tsc --noEmit -p ${workspace}/${config}`, 'npx', ['tsc', '--noEmit', '-p', path.join(workspace, config)]);
  }
}

check('sdk/src/operations.graphql is what the schema gives', 'node', ['sdk/scripts/generate-operations.mjs', '--check']);
check('graphql-codegen --check (generated client operations are up to date)', 'npx', ['graphql-codegen', '--config', 'codegen.yml', '--check']);

const emitted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'livechat-schema-')), 'schema.graphql');
check('schema.graphql is what the API code emits', 'npm', ['run', 'schema', '-w', 'api', '--', emitted], {
  verify() {
    if (fs.readFileSync(emitted, 'utf8') === fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8')) return undefined;
    spawnSync('diff', ['-u', path.join(root, 'schema.graphql'), emitted], { stdio: 'inherit' });
    return 'schema.graphql is stale: run `npm run codegen` and commit the result';
  },
});
fs.rmSync(path.dirname(emitted), { recursive: true, force: true });

const failedChecks = results.filter((result) => !result.ok);
const totals = { passed: results.length - failedChecks.length, failed: failedChecks.length };
recordTotals('checks', totals);
if (failedChecks.length) console.log(`\nchecks that failed: ${failedChecks.map((result) => result.name).join('; ')}`);
console.log(`\n${totalsLine(totals)}`);
process.exit(failedChecks.length ? 1 : 0);

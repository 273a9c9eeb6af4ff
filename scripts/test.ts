// `npm test`: everything a change must pass, in order, with one summary line at the end.
//   1. type-check (server and web), 2. lint and format, 3. unit and API tests on PGlite,
//   4. the server tests again on PostgreSQL when DATABASE_URL is set, 5. browser tests in Chromium.
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'test-results');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
/** Failed tests, repeated under the summary: a long run's log is often read from its end only. */
const failedTests: string[] = [];

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

function run(step: string, command: string, args: string[], env: Record<string, string | undefined> = {}) {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(step);
  return result.status === 0;
}

/** Runs Vitest and adds its counts (read from its JSON report) to the total. */
function vitest(step: string, args: string[], env: Record<string, string | undefined>) {
  const report = path.join(RESULTS, `${step.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  run(
    step,
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (!existsSync(report)) {
    console.error(`${step}: Vitest wrote no report; counting the step as failed.`);
    if (!failedSteps.includes(step)) failedSteps.push(step);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  total.passed += json.numPassedTests ?? 0;
  total.failed += json.numFailedTests ?? 0;
  total.skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  for (const file of json.testResults ?? []) {
    const where = path.relative(ROOT, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed) {
      failedTests.push(`${step} · ${where} · ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
    }
    // A file that fails before any test runs (an import or hook error) has no test results.
    if (failed.length === 0 && file.message)
      failedTests.push(`${step} · ${where}\n    ${firstLine(file.message)}`);
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n', 1)[0]?.slice(0, 300) ?? '';
}

mkdirSync(RESULTS, { recursive: true });
run('type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) &&
  run('type-check (web)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
run('lint and format', bin('biome'), ['check', '--error-on-warnings', '.']);

vitest('tests on PGlite', [], { PATHWAYS_TEST_DB: 'pglite' });
if (process.env.DATABASE_URL) {
  vitest('server tests on PostgreSQL', ['--project', 'server'], { PATHWAYS_TEST_DB: 'postgres' });
} else {
  console.log('\nPostgreSQL pass skipped: DATABASE_URL is not set (see README, "Running on PostgreSQL").');
}
vitest('browser tests', ['--config', 'e2e/vitest.config.ts'], {});

console.log('');
if (failedTests.length > 0) console.log(`failed tests:\n  ${failedTests.join('\n  ')}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length > 0 || total.failed > 0 ? 1 : 0);

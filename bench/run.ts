import path from 'node:path';
import { REPO_ROOT } from '../e2e/support/server-process.ts';
import { checkOnce, measure } from './load.ts';
import {
  failures,
  formatComparisons,
  formatTable,
  type MeasuredRow,
  medianRounds,
  withRatios,
  writeRecord,
} from './report.ts';
import { ROUTES, selectRoutes } from './routes.ts';
import { readSettings } from './settings.ts';
import { baselineTarget, pgliteTarget, postgresTarget, type RunningTarget, type Target } from './targets.ts';

// `npm run bench`: each server in its own child process, one at a time; autocannon in this process.
// See docs/benchmarks.md.

const RESULTS_DIR = path.join(REPO_ROOT, 'bench/results');

async function main(): Promise<number> {
  const settings = readSettings();
  const routes = selectRoutes(ROUTES, settings.routeFilters);
  if (routes.length === 0)
    throw new Error(`BENCH_ROUTES matched no route; the routes are: ${ROUTES.map((r) => r.name).join(', ')}`);
  const available: Target[] = [pgliteTarget];
  if (settings.databaseUrl) available.push(postgresTarget(settings.databaseUrl));
  const chosen = settings.targetFilters;
  const targets = [
    baselineTarget,
    ...available.filter((target) => chosen.length === 0 || chosen.includes(target.name)),
  ];

  const startedAt = new Date().toISOString();
  console.log(
    `Benchmark: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s ` +
      `per route; targets ${targets.map((target) => target.name).join(', ')}`,
  );
  const rows: MeasuredRow[] = [];
  for (const target of targets) {
    const selected = target.routes(routes);
    // A target none of the selected routes runs on (e.g. PGlite for the knowledge search) is not started.
    if (selected.length === 0) continue;
    const server = await target.start(selected);
    const stopOnInterrupt = () => interrupted(server);
    process.once('SIGINT', stopOnInterrupt);
    try {
      const prepared = [];
      for (const route of selected) {
        const baseUrl = server.baseUrls[route.server ?? 'pathways'];
        if (!baseUrl) throw new Error(`${target.name} runs no ${route.server} server for ${route.name}`);
        const extra = route.prepare ? await route.prepare(baseUrl) : {};
        const request = { ...route, ...extra };
        await checkOnce(baseUrl, request);
        const connections =
          (target.name === 'pglite' ? route.embeddedConnections : undefined) ??
          route.connections ??
          settings.connections;
        prepared.push({ route, baseUrl, request, connections });
      }
      for (let round = 1; round <= settings.rounds; round += 1) {
        for (const { route, baseUrl, request, connections } of prepared) {
          const turn = settings.rounds > 1 ? ` (round ${round} of ${settings.rounds})` : '';
          process.stdout.write(`  ${target.name.padEnd(8)} ${route.name}${turn} … `);
          const pid = server.pids[route.server ?? 'pathways'];
          const measurement = await measure(baseUrl, request, { ...settings, connections }, pid);
          console.log(`${Math.round(measurement.requestsPerSecond)} req/s`);
          rows.push({
            target: target.name,
            route: route.name,
            round,
            connections,
            comparedWith: route.comparedWith ?? [],
            measurement,
          });
        }
      }
    } finally {
      process.off('SIGINT', stopOnInterrupt);
      await server.stop();
    }
  }

  const results = withRatios(medianRounds(rows));
  console.log(`\n${formatTable(results)}\n`);
  const comparisons = formatComparisons(results, rows);
  if (comparisons) console.log(`${comparisons}\n`);
  const { databaseUrl, ...shownSettings } = settings;
  const file = await writeRecord(RESULTS_DIR, {
    startedAt,
    finishedAt: new Date().toISOString(),
    settings: { ...shownSettings, postgres: databaseUrl !== undefined },
    targets: targets.map(({ name, database }) => ({ name, database })),
    rows: results,
    ...(settings.rounds > 1 ? { rounds: rows } : {}),
  });
  console.log(`Results written to ${path.relative(REPO_ROOT, file)}`);

  const failed = failures(results);
  if (failed.length > 0) {
    console.error(`Benchmark failed: requests errored or were refused:\n  ${failed.join('\n  ')}`);
    return 1;
  }
  return 0;
}

/** Ctrl-C: stop the running server (and drop its scratch database) before leaving. */
function interrupted(server: RunningTarget) {
  console.error('\nInterrupted: stopping the server under test.');
  server.stop().then(
    () => process.exit(130),
    (error: unknown) => {
      console.error('Could not stop it cleanly:', error);
      process.exit(130);
    },
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Benchmark failed:', error);
    process.exitCode = 1;
  },
);

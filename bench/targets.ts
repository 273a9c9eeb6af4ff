import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { startPathwaysProcess } from '../e2e/support/pathways-process.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../e2e/support/server-process.ts';
import { generateKnowledgeLibrary } from './knowledge-library.ts';
import { createScratchDatabase } from './postgres-database.ts';
import { BASELINE_ROUTE, type BenchRoute, type BenchServer } from './routes.ts';

export type TargetName = 'baseline' | 'pglite' | 'postgres';

/** The servers of a running target: where each kind of route is sent, and how to stop them all. */
export interface RunningTarget {
  baseUrls: Partial<Record<BenchServer, string>>;
  /** The process of each server, for its CPU time (cpu.ts). */
  pids: Partial<Record<BenchServer, number>>;
  stop(): Promise<void>;
}

/** A server to measure: started just before its routes are driven, stopped right after. */
export interface Target {
  name: TargetName;
  /** Where its data lives, for the report. */
  database: string;
  routes: (all: readonly BenchRoute[]) => BenchRoute[];
  /** Starts the target's servers for these routes (its own selection of the run's). */
  start(routes: readonly BenchRoute[]): Promise<RunningTarget>;
}

const execFileAsync = promisify(execFile);

/**
 * Loads the demo tenants (CONTRACT.md) before the production-mode server starts: the demo seed is
 * refused in production, so it runs as a development command, exactly as an operator would not.
 * Only the benchmark does this, to have accounts to sign in with; the server still runs as in
 * production (second factor required, no demo exemption).
 */
async function seedDemo(env: Record<string, string>): Promise<void> {
  // As for the server: the shell's DATABASE_URL never leaks into a target that was not given one.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  await execFileAsync(process.execPath, [path.join(REPO_ROOT, 'bin/pathways.js'), 'seed', '--demo'], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
  });
}

const pathwaysOnly = (server: ServerProcess): RunningTarget => ({
  baseUrls: { pathways: server.baseUrl },
  pids: { pathways: server.pid },
  stop: () => server.stop(),
});

/** Pathways as it runs in production, except for a rate limit no benchmark can reach. */
function productionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PATHWAYS_SECRET_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    PATHWAYS_RATE_LIMIT_MAX: '100000000',
  };
}

export const baselineTarget: Target = {
  name: 'baseline',
  database: 'none',
  routes: () => [BASELINE_ROUTE],
  start: async () =>
    pathwaysOnly(
      await startServerProcess({
        label: 'baseline',
        args: ['--import', 'tsx', path.join(REPO_ROOT, 'bench/baseline-server.ts')],
        env: { ...process.env, NODE_ENV: 'production' },
        readyPath: '/healthz',
      }),
    ),
};

export const pgliteTarget: Target = {
  name: 'pglite',
  database: 'embedded PGlite in a fresh temporary directory',
  // The raw-read sidecar needs a database server it can share; embedded PGlite belongs to one process.
  // The knowledge library's 10,000 entries are generated on PostgreSQL only (issue 5's target).
  routes: (all) =>
    all.filter((route) => (route.server ?? 'pathways') === 'pathways' && !route.knowledgeLibrary),
  start: async () =>
    pathwaysOnly(
      await startPathwaysProcess({ label: 'pglite', env: productionEnv(), beforeStart: seedDemo }),
    ),
};

/** Pathways on a database created for this run on DATABASE_URL's server, dropped when it stops. */
export function postgresTarget(serverUrl: string): Target {
  return {
    name: 'postgres',
    database: `a scratch database on ${redact(serverUrl)}`,
    routes: (all) => [...all],
    async start(routes) {
      const database = await createScratchDatabase(serverUrl);
      const started: ServerProcess[] = [];
      const stop = async () => {
        await Promise.allSettled(started.map((server) => server.stop()));
        await database.drop();
      };
      try {
        const env = { ...productionEnv(), DATABASE_URL: database.url };
        const beforeStart = async (environment: Record<string, string>) => {
          await seedDemo(environment);
          if (routes.some((route) => route.knowledgeLibrary)) await generateLibrary(database.url);
        };
        started.push(await startPathwaysProcess({ label: 'postgres', env, beforeStart }));
        for (const platform of ['0', '1']) {
          started.push(
            await startServerProcess({
              label: platform === '1' ? 'raw-read-platform' : 'raw-read',
              args: ['--import', 'tsx', path.join(REPO_ROOT, 'bench/raw-read-server.ts')],
              env: {
                ...process.env,
                NODE_ENV: 'production',
                DATABASE_URL: database.url,
                RAW_READ_PLATFORM: platform,
              },
              readyPath: '/healthz',
            }),
          );
        }
        const [pathways, rawRead, rawReadPlatform] = started;
        return {
          baseUrls: {
            pathways: pathways?.baseUrl,
            'raw-read': rawRead?.baseUrl,
            'raw-read-platform': rawReadPlatform?.baseUrl,
          },
          pids: {
            pathways: pathways?.pid,
            'raw-read': rawRead?.pid,
            'raw-read-platform': rawReadPlatform?.pid,
          },
          stop,
        };
      } catch (error) {
        await stop();
        throw error;
      }
    },
  };
}

/** The benchmark's knowledge library (bench/knowledge-library.ts), timed for the reader of the run. */
async function generateLibrary(url: string): Promise<void> {
  const started = performance.now();
  const count = await generateKnowledgeLibrary(url);
  console.log(
    `  generated ${count} knowledge entries in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The URL without its password, fit for a report. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

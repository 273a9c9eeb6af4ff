import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startPathwaysProcess } from '../e2e/support/pathways-process.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../e2e/support/server-process.ts';
import { createScratchDatabase } from './postgres-database.ts';
import { BASELINE_ROUTE, type BenchRoute } from './routes.ts';

export type TargetName = 'baseline' | 'pglite' | 'postgres';

/** A server to measure: started just before its routes are driven, stopped right after. */
export interface Target {
  name: TargetName;
  /** Where its data lives, for the report. */
  database: string;
  routes: (all: readonly BenchRoute[]) => BenchRoute[];
  start(): Promise<ServerProcess>;
}

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
  start: () =>
    startServerProcess({
      label: 'baseline',
      args: ['--import', 'tsx', path.join(REPO_ROOT, 'bench/baseline-server.ts')],
      env: { ...process.env, NODE_ENV: 'production' },
      readyPath: '/healthz',
    }),
};

export const pgliteTarget: Target = {
  name: 'pglite',
  database: 'embedded PGlite in a fresh temporary directory',
  routes: (all) => [...all],
  start: () => startPathwaysProcess({ label: 'pglite', env: productionEnv() }),
};

/** Pathways on a database created for this run on DATABASE_URL's server, dropped when it stops. */
export function postgresTarget(serverUrl: string): Target {
  return {
    name: 'postgres',
    database: `a scratch database on ${redact(serverUrl)}`,
    routes: (all) => [...all],
    async start() {
      const database = await createScratchDatabase(serverUrl);
      try {
        const server = await startPathwaysProcess({
          label: 'postgres',
          env: { ...productionEnv(), DATABASE_URL: database.url },
        });
        return { ...server, stop: () => server.stop().finally(() => database.drop()) };
      } catch (error) {
        await database.drop();
        throw error;
      }
    },
  };
}

/** The URL without its password, fit for a report. */
function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

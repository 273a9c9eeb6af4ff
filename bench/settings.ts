/** How a benchmark run is configured, from the environment (see docs/benchmarks.md). */
export interface BenchSettings {
  /** Seconds measured per route and target. */
  durationSeconds: number;
  /** Seconds of load before each measurement, whose results are thrown away. */
  warmupSeconds: number;
  connections: number;
  /** Route names are kept when they contain one of these (case-insensitive); empty keeps all. */
  routeFilters: string[];
  /** `postgres://…` of a server on which to create a scratch database, or undefined. */
  databaseUrl: string | undefined;
  /** Targets to run besides the baseline (always run: every ratio is to it); empty runs all. */
  targetFilters: string[];
  /**
   * Times each route is measured, the routes of a target taking turns: on a machine whose speed
   * drifts, the median of rounds, and of the ratios between routes measured side by side, says more
   * than one measurement each.
   */
  rounds: number;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    durationSeconds: positiveInteger(env, 'BENCH_DURATION', 10),
    warmupSeconds: positiveInteger(env, 'BENCH_WARMUP', 2, 0),
    connections: positiveInteger(env, 'BENCH_CONNECTIONS', 50),
    routeFilters: listOf(env.BENCH_ROUTES),
    databaseUrl,
    targetFilters: listOf(env.BENCH_TARGETS),
    rounds: positiveInteger(env, 'BENCH_ROUNDS', 1),
  };
}

const listOf = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '');

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}

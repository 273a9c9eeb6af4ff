/** One request the benchmark drives, as autocannon sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface BenchRoute extends BenchRequest {
  /** Shown in the table and matched by BENCH_ROUTES, e.g. "GET /api/v1/platform". */
  name: string;
  /** What the route costs the server, in a few words, for the reader of the results. */
  exercises: string;
  /**
   * Runs once per Pathways server before the route is measured, e.g. to sign in, and returns what
   * to add to the request (a session cookie and CSRF header). Absent for public routes.
   */
  prepare?: (baseUrl: string) => Promise<Pick<BenchRequest, 'headers' | 'body'>>;
}

/** The request the bare node:http baseline answers; every ratio is measured against it. */
export const BASELINE_ROUTE: BenchRoute = {
  name: 'GET /healthz',
  method: 'GET',
  path: '/healthz',
  exercises: 'no database: the HTTP stack, hooks and response serialisation',
};

/**
 * The Pathways routes measured on each Pathways server (embedded PGlite, and PostgreSQL when
 * DATABASE_URL is set). A new route is benchmarked by adding an entry here.
 */
export const ROUTES: BenchRoute[] = [
  BASELINE_ROUTE,
  {
    name: 'GET /api/v1/platform',
    method: 'GET',
    path: '/api/v1/platform',
    exercises: 'one transaction as the application role reading the installation row',
  },
];

export function selectRoutes(routes: readonly BenchRoute[], filters: readonly string[]): BenchRoute[] {
  if (filters.length === 0) return [...routes];
  return routes.filter((route) => filters.some((filter) => route.name.toLowerCase().includes(filter)));
}

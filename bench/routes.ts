import { KNOWLEDGE_LANGUAGES } from '../src/contracts/knowledge-taxonomy.ts';
import { BENCH_QUERIES } from './knowledge-vocabulary.ts';
import { signInWithSecondFactor } from './signed-in.ts';

/** One request the benchmark drives, as autocannon sends it. */
export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** Several paths, sent in turn by each connection (e.g. a set of search queries); `path` is the first. */
  paths?: string[];
  /**
   * Send each of `paths` once only, in order, whatever the connection (the next path of the list goes
   * to whichever connection asks next): a route measured without any answer kept from an earlier
   * request. The run fails if the list runs out.
   */
  pathsOnce?: boolean;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Which server of a target answers a route: Pathways, or a raw-read sidecar (PostgreSQL only), bare
 * or with Pathways' HTTP platform (bench/raw-read-server.ts).
 */
export type BenchServer = 'pathways' | 'raw-read' | 'raw-read-platform';

export interface BenchRoute extends BenchRequest {
  /** Shown in the table and matched by BENCH_ROUTES, e.g. "GET /api/v1/platform". */
  name: string;
  /** What the route costs the server, in a few words, for the reader of the results. */
  exercises: string;
  /** Absent means Pathways. */
  server?: BenchServer;
  /** Concurrent connections for this route, when a target fixes them; absent means the run's setting. */
  connections?: number;
  /**
   * Fewer connections on embedded PGlite, where one process and one database connection serve
   * everything, as in the small installation it is for; absent means `connections`.
   */
  embeddedConnections?: number;
  /**
   * Needs the generated knowledge library (bench/knowledge-library.ts, 10,000 entries) loaded before
   * the server starts: PostgreSQL only, and only in runs that select such a route.
   */
  knowledgeLibrary?: boolean;
  /** The routes (by name) this one is compared with, measured in the same run on the same target. */
  comparedWith?: readonly string[];
  /**
   * Runs once per server before the route is measured, e.g. to sign in, and returns what to add to
   * the request (a session cookie and CSRF header, a path naming a record). Absent for public routes.
   */
  prepare?: (baseUrl: string) => Promise<Partial<Pick<BenchRequest, 'headers' | 'body' | 'path'>>>;
}

// The audited read of issue 3's target: at least half the raw read's throughput, p99 under 25 ms,
// at 32 connections on PostgreSQL.
const AUDITED_READ_CONNECTIONS = 32;
const RAW_READ = 'raw read of one account (no session, access or audit)';
const RAW_READ_PLATFORM = 'raw read of one account with the HTTP platform (no session, access or audit)';
/** The account both reads fetch: a demo case manager, read by the demo administrator. */
const READ_ACCOUNT = 'case.central';

// The knowledge hub's target (issue 5): the public search over 10,000 generated entries at 32
// connections on PostgreSQL, p95 under 30 ms, against the bare indexed query in the same run.
const KNOWLEDGE_SEARCH_CONNECTIONS = 32;
const KNOWLEDGE_SEARCH_RAW = 'knowledge-search-raw (the bare indexed query)';
const KNOWLEDGE_SEARCH = 'knowledge-search (GET /api/v1/public/knowledge/search)';
const SEARCH_PATHS = BENCH_QUERIES.map(
  ({ q, language }) => `/api/v1/public/knowledge/search?${new URLSearchParams({ q, language })}`,
);
const RAW_SEARCH_PATHS = BENCH_QUERIES.map(({ q }) => `/raw/knowledge-search?${new URLSearchParams({ q })}`);
const KNOWLEDGE_SEARCH_UNCACHED = 'knowledge-search-uncached (each request new: never a kept answer)';
/**
 * The same queries as requests never asked before: each query read in each of the six languages,
 * pages 1 to 20 of 10, 20 or 30 hits (7,180 requests, none of them the cached route's), in a
 * deterministic shuffle so that costly and cheap ones mix. Each is sent once (`pathsOnce`).
 */
const UNCACHED_SEARCH_PATHS = shuffled(
  BENCH_QUERIES.flatMap(({ q, language: asked }) =>
    KNOWLEDGE_LANGUAGES.flatMap((language) =>
      [10, 20, 30].flatMap((pageSize) =>
        Array.from({ length: 20 }, (_, index) => index + 1)
          .filter((page) => !(language === asked && page === 1 && pageSize === 20))
          .map(
            (page) =>
              `/api/v1/public/knowledge/search?${new URLSearchParams({ q, language, page: String(page), pageSize: String(pageSize) })}`,
          ),
      ),
    ),
  ),
);

/** A deterministic shuffle (a fixed linear congruential sequence): the same order in every run. */
function shuffled<T>(items: T[]): T[] {
  const result = [...items];
  let seed = 20261129;
  for (let index = result.length - 1; index > 0; index -= 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const other = seed % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
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
  {
    name: 'GET /api/v1/admin/users/:id',
    method: 'GET',
    path: '/api/v1/admin/users/:id',
    connections: AUDITED_READ_CONNECTIONS,
    // The target's comparison first: the same read with everything but the session, access check and
    // audit; then the bare read, which also leaves out the HTTP platform.
    comparedWith: [RAW_READ_PLATFORM, RAW_READ],
    exercises:
      'a session (cookie, roles reloaded), the access policy, and an audited read of one account in one transaction',
    async prepare(baseUrl) {
      const headers = await signInWithSecondFactor(baseUrl, 'admin');
      const list = await fetch(new URL('/api/v1/admin/users?limit=100', baseUrl), { headers });
      const page = (await list.json()) as { items: { id: string; username: string }[] };
      const target = page.items.find((item) => item.username === READ_ACCOUNT);
      if (!target) throw new Error(`the administrator cannot see ${READ_ACCOUNT}`);
      return { headers, path: `/api/v1/admin/users/${target.id}` };
    },
  },
  {
    name: RAW_READ_PLATFORM,
    server: 'raw-read-platform',
    method: 'GET',
    path: '/raw/users/:id',
    connections: AUDITED_READ_CONNECTIONS,
    exercises:
      'the same read of one account on the same pool, behind the same logging, request ids, security headers, rate limit and error handler: no session, access check, transaction or audit',
    prepare: rawReadPath,
  },
  {
    name: RAW_READ,
    server: 'raw-read',
    method: 'GET',
    path: '/raw/users/:id',
    connections: AUDITED_READ_CONNECTIONS,
    exercises:
      'the same read of one account on the same pool, on a bare Fastify: no session, access check, transaction, audit or HTTP platform',
    prepare: rawReadPath,
  },
  {
    name: 'GET /api/v1/registry/practitioners/:id/eligibility',
    method: 'GET',
    path: '/api/v1/registry/practitioners/:id/eligibility',
    // A gate's question: as many connections as the audited read on PostgreSQL; on the embedded
    // database (one connection, one process), 8, since at 32 its queue outlasts autocannon's 10 s
    // timeout (docs/benchmarks.md, "The eligibility question").
    connections: AUDITED_READ_CONNECTIONS,
    embeddedConnections: 8,
    exercises:
      'a session, the practitioner policy for one facility, the registry facts in one transaction, the eligibility decision and its audit entry',
    async prepare(baseUrl) {
      return eligibilityQuestion(baseUrl);
    },
  },
  {
    name: KNOWLEDGE_SEARCH,
    method: 'GET',
    path: SEARCH_PATHS[0] ?? '',
    paths: SEARCH_PATHS,
    connections: KNOWLEDGE_SEARCH_CONNECTIONS,
    knowledgeLibrary: true,
    comparedWith: [KNOWLEDGE_SEARCH_RAW],
    exercises:
      'the public search over 10,000 entries, 20 queries asked again and again: answered from the cache after their first time, logged',
  },
  {
    name: KNOWLEDGE_SEARCH_UNCACHED,
    method: 'GET',
    path: UNCACHED_SEARCH_PATHS[0] ?? '',
    paths: UNCACHED_SEARCH_PATHS,
    pathsOnce: true,
    connections: KNOWLEDGE_SEARCH_CONNECTIONS,
    knowledgeLibrary: true,
    comparedWith: [KNOWLEDGE_SEARCH_RAW],
    exercises:
      'the public search as above, each request one never asked before, so never answered from the cache',
  },
  {
    name: KNOWLEDGE_SEARCH_RAW,
    server: 'raw-read',
    method: 'GET',
    path: RAW_SEARCH_PATHS[0] ?? '',
    paths: RAW_SEARCH_PATHS,
    connections: KNOWLEDGE_SEARCH_CONNECTIONS,
    knowledgeLibrary: true,
    exercises:
      "the bare indexed query on the same pool: entry ids whose document matches the query in 'english', limit 20",
  },
];

// The question a gate officer asks before letting a practitioner in: the demo's Omar Said of Bridges,
// at Central Prison, today, for regular mentoring (eligible, so every rule is walked to the end).
const ELIGIBILITY = {
  asker: 'gate.central',
  organisation: 'Bridges · Passerelles · جسور · Мосты',
  practitioner: 'Omar Said',
  facility: 'Central Prison',
} as const;

async function eligibilityQuestion(baseUrl: string) {
  const headers = await signInWithSecondFactor(baseUrl, ELIGIBILITY.asker);
  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(path, baseUrl), { headers });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  };
  const { facilities } = await get<{ facilities: { id: string; name: string }[] }>(
    '/api/v1/registry/facilities',
  );
  const directory = await get<{ items: { id: string; name: string }[] }>('/api/v1/registry/organisations');
  const facility = facilities.find((item) => item.name === ELIGIBILITY.facility);
  const organisation = directory.items.find((item) => item.name === ELIGIBILITY.organisation);
  if (!facility || !organisation) throw new Error('the demo registry is not loaded on this server');
  const practitioners = await get<{ items: { id: string; displayName: string }[] }>(
    `/api/v1/registry/organisations/${organisation.id}/practitioners`,
  );
  const practitioner = practitioners.items.find((item) => item.displayName === ELIGIBILITY.practitioner);
  if (!practitioner) throw new Error(`the demo has no practitioner named ${ELIGIBILITY.practitioner}`);
  const query = new URLSearchParams({
    facilityId: facility.id,
    interventionType: 'mentoring',
    accessTier: 'regular',
  });
  return { headers, path: `/api/v1/registry/practitioners/${practitioner.id}/eligibility?${query}` };
}

export function selectRoutes(routes: readonly BenchRoute[], filters: readonly string[]): BenchRoute[] {
  if (filters.length === 0) return [...routes];
  return routes.filter((route) => filters.some((filter) => route.name.toLowerCase().includes(filter)));
}

/** The raw-read servers' path for the account both reads fetch. */
async function rawReadPath(baseUrl: string) {
  const response = await fetch(new URL(`/raw/user-ids?username=${READ_ACCOUNT}`, baseUrl));
  const { id } = (await response.json()) as { id: string };
  return { path: `/raw/users/${id}` };
}

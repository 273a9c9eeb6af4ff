import { drizzle } from 'drizzle-orm/node-postgres';
import Fastify from 'fastify';
import { findUser } from '../src/server/modules/administration/users/repository.ts';
import type { Tx } from '../src/server/platform/db/database.ts';
import { connectionPool } from '../src/server/platform/db/postgres.ts';
import { schema } from '../src/server/platform/db/schema.ts';
import { setUpErrorHandling } from '../src/server/platform/http/errors.ts';
import { loggerOptions } from '../src/server/platform/http/logging.ts';
import { setUpRateLimit } from '../src/server/platform/http/rate-limit.ts';
import { requestIdOf } from '../src/server/platform/http/request-id.ts';
import { setUpSecurityHeaders } from '../src/server/platform/http/security-headers.ts';

// The raw side of the audited-read comparison: the same read of one account that
// GET /api/v1/admin/users/:id makes (findUser: the account with its organisation, then its roles),
// through the same Fastify, Drizzle and `pg` pool (size and settings), but with no session, no access check, no
// transaction, no row-level security role and no audit entry. Bench-only: it answers anyone, so it
// is never part of the application. Run as its own process against DATABASE_URL.
//
// With RAW_READ_PLATFORM=1 it also has the HTTP platform every Pathways route passes through, as
// Pathways sets it up in production (app.ts): logging at LOG_LEVEL's level with a request id,
// security headers, the rate limit (with the benchmark's ceiling) and the problem+json error
// handler. That is "the same read without session, access check or audit" of issue 3's target;
// without it, the bare read measures those and the platform together.

const withPlatform = process.env.RAW_READ_PLATFORM === '1';
const url = process.env.DATABASE_URL;
if (!url) throw new Error('the raw-read server needs DATABASE_URL');
const poolSize = Number(process.env.PATHWAYS_DB_POOL_SIZE ?? '10');
// The same pool as Pathways' own (pipelined, with prepared statements), so only the work differs.
const pool = connectionPool(url, poolSize, 'pathways-bench-raw');
// Drizzle's query builder is the same on a pool as in a transaction; the cast only says so to the types.
const orm = drizzle({ client: pool, schema }) as unknown as Tx;

const app = withPlatform
  ? Fastify({ logger: loggerOptions('warn'), genReqId: requestIdOf })
  : Fastify({ logger: false });
if (withPlatform) {
  setUpSecurityHeaders(app, true);
  setUpErrorHandling(app, 1_048_576);
  await setUpRateLimit(app, { max: 100_000_000, windowMs: 60_000 });
}

app.get('/healthz', async () => ({ status: 'ok' }));

app.get<{ Params: { id: string } }>('/raw/users/:id', async (request, reply) => {
  const found = await findUser(orm, request.params.id);
  if (!found) return reply.code(404).send({ status: 404 });
  return reply.header('cache-control', 'no-store').send(found);
});

/** The id of an account by username, so the benchmark can name the record both servers read. */
app.get<{ Querystring: { username: string } }>('/raw/user-ids', async (request, reply) => {
  const { rows } = await pool.query<{ id: string }>('select id::text from users where username = $1', [
    request.query.username,
  ]);
  const [row] = rows;
  return row ? { id: row.id } : reply.code(404).send({ status: 404 });
});

// The raw side of the knowledge search's comparison (issue 5): the bare indexed query of the search
// index, as PostgreSQL's GIN index answers it, with none of the search's reading, ranking, facets,
// highlight, visibility or log: one language's rows through that language's partial index
// (migration 0015), as each branch of the search reads them.
app.get<{ Querystring: { q: string } }>('/raw/knowledge-search', async (request, reply) => {
  const { rows } = await pool.query<{ entry_id: string }>(
    `select entry_id from knowledge_search
      where language = 'en' and document @@ websearch_to_tsquery('english', $1) limit 20`,
    [request.query.q],
  );
  return reply.header('cache-control', 'no-store').send({ entryIds: rows.map((row) => row.entry_id) });
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`raw-read server${withPlatform ? ' (with the HTTP platform)' : ''} is listening on ${address}`);

process.once('SIGTERM', () => {
  app.close().then(
    () => pool.end().then(() => process.exit(0)),
    () => process.exit(1),
  );
});

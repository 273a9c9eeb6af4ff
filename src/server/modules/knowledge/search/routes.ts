import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { EntryParams, EntrySummary } from '../../../../contracts/knowledge.ts';
import {
  ExportQuery,
  SearchQuery,
  SearchResult,
  SearchStatistics,
  SimilarEntries,
  SimilarQuery,
  StatisticsQuery,
} from '../../../../contracts/knowledge-search.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { ANYONE } from '../public/library-reader.ts';
import { entriesCsv, exportResults } from './export-results.ts';
import { searchPublicLibrary } from './public-search-cache.ts';
import { memberReader } from './readers.ts';
import { searchLibrary } from './search-library.ts';
import { searchStatistics } from './search-statistics.ts';
import { similarEntries } from './similar-entries.ts';

// Search, more like this, export of a result, and the editors' statistics. Signed in: any role reads
// what its tenant and organisation may (withAccess's transaction); statistics for knowledge editors
// only (403 from the marking for anyone else). Public: no session, a transaction without a tenant,
// public entries only. A search logs its query in its own transaction, so the public search is not a
// read-only transaction; "more like this" writes nothing and is.

const SIGNED_IN = { access: 'signed-in' } as const;
const ANYONE_ACCESS = { access: 'public' } as const;
const EDITORS = { access: { roles: ['knowledge_editor'] } } as const;

// Going read-only is allowed at any point of a transaction: nothing a public read could be led to do can write.
const readOnly = sql`set transaction read only`;

const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem };
const ENTRY_ERRORS = { ...READ_ERRORS, 404: Problem };

/** The routes' paths, with Fastify's parameter syntax (the contract's functions encode a real id). */
const PATHS = {
  search: '/api/v1/knowledge/search',
  export: '/api/v1/knowledge/search/export',
  similar: '/api/v1/knowledge/entries/:id/similar',
  statistics: '/api/v1/knowledge/statistics',
  publicSearch: '/api/v1/public/knowledge/search',
  publicSimilar: '/api/v1/public/knowledge/entries/:id/similar',
} as const;

export async function searchRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    PATHS.search,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'Search the library: the published entries the reader may see, ranked, with facets',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const { result } = await withAccess(db, request, (tx, access) =>
        searchLibrary(tx, memberReader(access.actor), request.query),
      );
      return reply.header('cache-control', 'no-store').send(result);
    },
  );

  routes.get(
    PATHS.publicSearch,
    {
      config: ANYONE_ACCESS,
      schema: {
        tags: ['knowledge'],
        summary: 'Search the public library, without signing in',
        querystring: SearchQuery,
        response: { 200: SearchResult, 400: Problem },
      },
    },
    async (request, reply) => {
      // The body, serialised through the response schema once, then kept and sent as it is: a
      // string with a JSON content type goes out unchanged (the typed reply expects the object).
      const answer = await db.withoutTenant((tx) =>
        searchPublicLibrary(tx, request.query, (result) => String(reply.serialize(result))),
      );
      return (reply as FastifyReply)
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(answer);
    },
  );

  routes.get(
    PATHS.similar,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'More like this: entries sharing themes and target groups with one the reader may see',
        params: EntryParams,
        querystring: SimilarQuery,
        response: { 200: SimilarEntries, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      const { language = 'en', limit = 5 } = request.query;
      const entries = await withAccess(db, request, (tx, access) =>
        similarEntries(tx, memberReader(access.actor), request.params.id, language, limit),
      );
      return reply.header('cache-control', 'no-store').send({ entries });
    },
  );

  routes.get(
    PATHS.publicSimilar,
    {
      config: ANYONE_ACCESS,
      schema: {
        tags: ['knowledge'],
        summary: 'More like this, in the public library',
        params: EntryParams,
        querystring: SimilarQuery,
        response: { 200: SimilarEntries, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { language = 'en', limit = 5 } = request.query;
      const entries = await db.withoutTenant(async (tx) => {
        await tx.execute(readOnly);
        return similarEntries(tx, ANYONE, request.params.id, language, limit);
      });
      return reply.header('cache-control', 'no-store').send({ entries });
    },
  );

  routes.get(
    PATHS.export,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: `Export a search's entries (at most 1,000) as CSV or JSON; audited`,
        querystring: ExportQuery,
        response: {
          200: {
            description: 'RFC 4180 CSV (UTF-8) or a JSON array of entries',
            content: {
              'text/csv': { schema: Type.String() },
              'application/json': { schema: Type.Array(EntrySummary) },
            },
          },
          ...READ_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? 'csv';
      const exported = await withAccess(db, request, (tx, access) =>
        exportResults(tx, access, request.query),
      );
      const day = new Date().toISOString().slice(0, 10);
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="knowledge-${day}.${format}"`)
        .header('x-pathways-truncated', String(exported.truncated));
      if (format === 'json')
        return reply.header('content-type', 'application/json; charset=utf-8').send(exported.entries);
      return reply.header('content-type', 'text/csv; charset=utf-8').send(entriesCsv(exported.entries));
    },
  );

  routes.get(
    PATHS.statistics,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary: 'What readers search for and do not find, and where the tenant’s entries stand (editors)',
        querystring: StatisticsQuery,
        response: { 200: SearchStatistics, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const days = request.query.days ?? 30;
      const statistics = await withAccess(db, request, (tx, access) => searchStatistics(tx, access, days));
      return reply.header('cache-control', 'no-store').send(statistics);
    },
  );
}

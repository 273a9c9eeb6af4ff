import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { auditEventsCsv } from './csv.ts';
import { decodeCursor, filtersOf } from './filters.ts';
import {
  AuditEventPage,
  AuditExportQuery,
  AuditSearchQuery,
  BreakGlassListQuery,
  SEARCH_LIMIT,
} from './schemas.ts';
import { exportTrail, searchTrail } from './service.ts';

// 400 bad filters; 401 no session; 403 a signed-in user who is not an oversight monitor.
const ERRORS = { 400: Problem, 401: Problem, 403: Problem };
const MONITORS = { access: { roles: ['oversight_monitor'] } } as const;

/** The trail for oversight monitors: search, break-glass openings, CSV export. */
export async function auditSearchRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/audit/events',
    {
      config: MONITORS,
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail, newest first (oversight monitors); the search is itself audited',
        querystring: AuditSearchQuery,
        response: { 200: AuditEventPage, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { cursor, limit, ...filterQuery } = request.query;
      const filters = filtersOf(filterQuery);
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const page = await withAccess(db, request, (tx, access) =>
        searchTrail(tx, access, filters, { after, limit: limit ?? SEARCH_LIMIT.default, view: 'events' }),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.get(
    '/api/v1/audit/break-glass',
    {
      config: MONITORS,
      schema: {
        tags: ['audit'],
        summary: 'Break-glass openings with their reasons, newest first (oversight monitors); audited',
        querystring: BreakGlassListQuery,
        response: { 200: AuditEventPage, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { cursor, limit, ...filterQuery } = request.query;
      const filters = { ...filtersOf(filterQuery), breakGlass: true };
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const page = await withAccess(db, request, (tx, access) =>
        searchTrail(tx, access, filters, {
          after,
          limit: limit ?? SEARCH_LIMIT.default,
          view: 'break_glass',
        }),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.get(
    '/api/v1/audit/events.csv',
    {
      config: MONITORS,
      schema: {
        tags: ['audit'],
        summary:
          'The entries a search matches as CSV, newest first, at most 10,000 (oversight monitors); audited',
        querystring: AuditExportQuery,
        response: {
          200: { description: 'RFC 4180 CSV, UTF-8', content: { 'text/csv': { schema: Type.String() } } },
          ...ERRORS,
        },
      },
    },
    async (request, reply) => {
      const filters = filtersOf(request.query);
      const exported = await withAccess(db, request, (tx, access) => exportTrail(tx, access, filters));
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-events-${day}.csv"`)
        .header('x-pathways-truncated', String(exported.truncated))
        .send(auditEventsCsv(exported.items));
    },
  );
}

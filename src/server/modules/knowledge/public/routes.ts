import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  HomeQuery,
  LibraryHome,
  PUBLIC_KNOWLEDGE_PATHS as PATHS,
  PublicExport,
  PublicLanguageQuery,
} from '../../../../contracts/knowledge-public.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { importRoutes } from '../import/routes.ts';
import { atomFeed } from './atom-feed.ts';
import { exportCollection } from './export-collection.ts';
import { ANYONE } from './library-reader.ts';
import { PublicAddresses } from './public-addresses.ts';
import { readFeed } from './read-feed.ts';
import { readLibraryHome } from './read-library-home.ts';

// The public side reads without a session (no actor, no CSRF: it only reads), in read-only
// transactions without a tenant, so row-level security shows it nothing but public published
// entries. Not audited: no personal data, and anonymous reads would only flood the trail.
const ANYONE_ACCESS = { access: 'public' } as const;
const SIGNED_IN = { access: 'signed-in' } as const;

// Shared copies may be kept a few minutes: a publication shows within that time.
const PUBLIC_CACHE = 'public, max-age=300';
const readOnly = sql`set transaction read only`;

/** The library's home, the Atom feed, the open JSON export; and the bulk import (import/routes.ts). */
export async function publicLibraryRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db } = options;
  const addresses = new PublicAddresses(options.config.publicBaseUrl);
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    PATHS.publicHome,
    {
      config: ANYONE_ACCESS,
      schema: {
        tags: ['knowledge'],
        summary: 'The library’s home for anyone: recent and featured public entries, counts by theme',
        querystring: HomeQuery,
        response: { 200: LibraryHome, 400: Problem },
      },
    },
    async (request, reply) => {
      const home = await db.withoutTenant(async (tx) => {
        await tx.execute(readOnly);
        return readLibraryHome(tx, ANYONE, request.query.language);
      });
      return reply.header('cache-control', PUBLIC_CACHE).send(home);
    },
  );

  routes.get(
    PATHS.home,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'The library’s home for a signed-in reader: public entries and the restricted ones meant for the reader',
        querystring: HomeQuery,
        response: { 200: LibraryHome, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const home = await withAccess(db, request, (tx, access) =>
        readLibraryHome(
          tx,
          { kind: 'member', tenantId: access.actor.tenantId, organisationId: access.actor.organisationId },
          request.query.language,
        ),
      );
      return reply.header('cache-control', 'private, no-store').send(home);
    },
  );

  routes.get(
    PATHS.feed,
    {
      config: ANYONE_ACCESS,
      schema: {
        tags: ['knowledge'],
        summary: 'Atom feed of the 50 public entries most recently published or updated',
        querystring: PublicLanguageQuery,
        produces: ['application/atom+xml'],
        response: {
          200: Type.String({ description: 'An Atom 1.0 document (RFC 4287)' }),
          400: Problem,
        },
      },
    },
    async (request, reply) => {
      const language = request.query.lang;
      const items = await readFeed(db, language);
      return reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', PUBLIC_CACHE)
        .send(atomFeed(items, language ?? 'en', addresses, new Date()));
    },
  );

  // Written as it is read (a stream), so typed by its schema for the API description only.
  app.get(
    PATHS.export,
    {
      config: ANYONE_ACCESS,
      schema: {
        tags: ['knowledge'],
        summary: 'The whole public collection as an open JSON document, every translation included',
        response: { 200: PublicExport },
      },
    },
    async (_request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('cache-control', PUBLIC_CACHE)
        .header('content-disposition', 'inline; filename="pathways-library.json"')
        .send(exportCollection(db, addresses, new Date())),
  );

  await app.register(importRoutes, options);
}

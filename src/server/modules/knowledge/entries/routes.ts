import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  Entry,
  EntryList,
  EntryListQuery,
  EntryParams,
  EntryQuery,
  EntryVersionList,
  KNOWLEDGE_PATHS,
  ProposeEntryRequest,
  ReviewTranslationRequest,
  SaveTranslationRequest,
  SubmitEntryRequest,
  TranslationParams,
  UpdateEntryRequest,
} from '../../../../contracts/knowledge.ts';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { attachmentRoutes } from '../attachments/routes.ts';
import { rolesFor } from '../policy.ts';
import { getEntry, getPublicEntry } from './get-entry.ts';
import { listMyEntries, listReviewQueue } from './list-entries.ts';
import { proposeEntry } from './propose-entry.ts';
import { reviewRoutes } from './review-routes.ts';
import { READ_ERRORS, ROUTE, WRITE_ERRORS } from './route-paths.ts';
import { reviewTranslation, saveTranslation } from './save-translation.ts';
import { submitEntry } from './submit-entry.ts';
import { updateEntryFields } from './update-entry.ts';
import { listVersions } from './versions.ts';

// Which entry each caller may see or change is the entry policy's say (policy.ts: 404 when they may
// not see it, 403 when they may see it but not act); the markings only say who may ask at all.
const SIGNED_IN = { access: 'signed-in' } as const;
const EDITORS = { access: { roles: rolesFor('review') } } as const;
const ANYONE = { access: 'public' } as const;

/** Entries: proposal, change, translation, review, publication, history and attachments; the public read of a published entry. */
export async function entryRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(reviewRoutes, { db });
  await app.register(attachmentRoutes, options);

  routes.post(
    KNOWLEDGE_PATHS.entries,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'Propose an entry: a draft in the language it is written in; any signed-in user; audited',
        body: ProposeEntryRequest,
        response: { 201: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) => proposeEntry(tx, access, request.body));
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .header('location', KNOWLEDGE_PATHS.entry(entry.id))
        .send(entry);
    },
  );

  routes.get(
    ROUTE.entry,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'One entry, with the actions the caller may take: its proposer and the editors at any status, others once published and visible to them',
        params: EntryParams,
        querystring: EntryQuery,
        response: { 200: Entry, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await getEntry(db, request, request.params.id, request.query.language);
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.patch(
    ROUTE.entry,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'Change an entry’s fields (its proposer while a draft or sent back; editors always), on the version it was read at; audited',
        params: EntryParams,
        body: UpdateEntryRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) =>
        updateEntryFields(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.put(
    ROUTE.translation,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'Add or replace the entry’s text in one language; its review is cleared; audited',
        params: TranslationParams,
        body: SaveTranslationRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, language } = request.params;
      const entry = await withAccess(db, request, (tx, access) =>
        saveTranslation(tx, access, id, language, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.post(
    ROUTE.translationReview,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary:
          'An editor marks the entry’s text in one language as reviewed, on the version it was read at; audited',
        params: TranslationParams,
        body: ReviewTranslationRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id, language } = request.params;
      const entry = await withAccess(db, request, (tx, access) =>
        reviewTranslation(tx, access, id, language, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.post(
    ROUTE.submit,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'The proposer sends the entry to the editors (needs a title, summary and a theme); audited',
        params: EntryParams,
        body: SubmitEntryRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) =>
        submitEntry(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.get(
    ROUTE.versions,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'The entry’s version history, newest first, each with the whole entry as saved: its proposer and the editors',
        params: EntryParams,
        response: { 200: EntryVersionList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const versions = await withAccess(db, request, (tx, access) =>
        listVersions(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(versions);
    },
  );

  routes.get(
    KNOWLEDGE_PATHS.mine,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'The caller’s own entries, every status, most recently changed first',
        querystring: EntryListQuery,
        response: { 200: EntryList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const list = await withAccess(db, request, (tx, access) => listMyEntries(tx, access, request.query));
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.get(
    KNOWLEDGE_PATHS.reviewQueue,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary: 'What waits for the tenant’s editors: in review, sent back, stale; longest waiting first',
        querystring: EntryListQuery,
        response: { 200: EntryList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const list = await withAccess(db, request, (tx, access) => listReviewQueue(tx, access, request.query));
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.get(
    ROUTE.publicEntry,
    {
      config: ANYONE,
      schema: {
        tags: ['knowledge'],
        summary: 'A published public entry, for anyone without signing in (404 for anything else)',
        params: EntryParams,
        querystring: EntryQuery,
        response: { 200: Entry, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const entry = await getPublicEntry(db, request.params.id, request.query.language);
      return reply.header('cache-control', 'public, max-age=60').send(entry);
    },
  );
}

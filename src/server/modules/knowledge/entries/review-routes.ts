import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  AddReviewEventRequest,
  ArchiveEntryRequest,
  Entry,
  EntryParams,
  PeerReview,
  PublishEntryRequest,
  RecordPeerReviewRequest,
  RestoreEntryRequest,
  ReviewEvent,
  ReviewEventList,
} from '../../../../contracts/knowledge.ts';
import type { Database } from '../../../platform/db/database.ts';
import { withAccess } from '../../access/with-access.ts';
import { rolesFor } from '../policy.ts';
import { archiveEntry, restoreEntry } from './archive-entry.ts';
import { recordPeerReview } from './peer-reviews.ts';
import { publishEntry } from './publish-entry.ts';
import { addReviewEvent, listReviewEvents } from './review-events.ts';
import { READ_ERRORS, ROUTE, WRITE_ERRORS } from './route-paths.ts';

// The editors' side of the workflow: the review conversation (which the proposer joins), peer
// reviews, publication, archive and restore. The entry policy decides on each entry.
const SIGNED_IN = { access: 'signed-in' } as const;
const EDITORS = { access: { roles: rolesFor('review') } } as const;

export async function reviewRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    ROUTE.reviewEvents,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary: 'The review conversation of an entry, oldest first: its proposer and the editors',
        params: EntryParams,
        response: { 200: ReviewEventList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const events = await withAccess(db, request, (tx, access) =>
        listReviewEvents(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send({ events });
    },
  );

  routes.post(
    ROUTE.reviewEvents,
    {
      config: SIGNED_IN,
      schema: {
        tags: ['knowledge'],
        summary:
          'A comment (proposer or editor), or an editor’s request for change while in review, on the version it was read at (the entry goes back to its proposer); audited',
        params: EntryParams,
        body: AddReviewEventRequest,
        response: { 201: ReviewEvent, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const event = await withAccess(db, request, (tx, access) =>
        addReviewEvent(tx, access, request.params.id, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(event);
    },
  );

  routes.post(
    ROUTE.peerReviews,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary: 'An editor records a peer review of the entry; audited',
        params: EntryParams,
        body: RecordPeerReviewRequest,
        response: { 201: PeerReview, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const review = await withAccess(db, request, (tx, access) =>
        recordPeerReview(tx, access, request.params.id, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(review);
    },
  );

  routes.post(
    ROUTE.publication,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary:
          'An editor publishes the entry (inspiring, or peer-reviewed after a peer review), public or restricted, or changes a published entry’s level or visibility; audited',
        params: EntryParams,
        body: PublishEntryRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) =>
        publishEntry(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.post(
    ROUTE.archive,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary: 'An editor archives a published entry: its address stays, it leaves the search; audited',
        params: EntryParams,
        body: ArchiveEntryRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) =>
        archiveEntry(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );

  routes.post(
    ROUTE.restore,
    {
      config: EDITORS,
      schema: {
        tags: ['knowledge'],
        summary: 'An editor restores an archived entry to the level it was last published at; audited',
        params: EntryParams,
        body: RestoreEntryRequest,
        response: { 200: Entry, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const entry = await withAccess(db, request, (tx, access) =>
        restoreEntry(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(entry);
    },
  );
}

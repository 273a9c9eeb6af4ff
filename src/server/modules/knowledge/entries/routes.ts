import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';

/** Entries: proposal, change, translation, review, publication, history and attachments; the public read of a published entry. */
export async function entryRoutes(_app: FastifyInstance, _options: { db: Database; config: Config }) {}

import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';

/** Search, more like this, export of a result, and the editors' statistics; signed in and public. */
export async function searchRoutes(_app: FastifyInstance, _options: { db: Database; config: Config }) {}

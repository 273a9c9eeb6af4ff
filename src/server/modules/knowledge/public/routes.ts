import type { FastifyInstance } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';

/** The library's home, the Atom feed, the open JSON export, the server-rendered entry page, and the bulk import. */
export async function publicLibraryRoutes(
  _app: FastifyInstance,
  _options: { db: Database; config: Config },
) {}

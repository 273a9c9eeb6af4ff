import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { audienceRoutes } from './entries/audiences.ts';
import { entryRoutes } from './entries/routes.ts';
import { publicLibraryRoutes } from './public/routes.ts';
import { searchRoutes } from './search/routes.ts';

/** The knowledge hub: a library of good practices and lessons learned (issue 5, docs/knowledge.md). */
export async function knowledgeRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  await app.register(entryRoutes, options);
  await app.register(audienceRoutes, options);
  await app.register(searchRoutes, options);
  await app.register(publicLibraryRoutes, options);
}

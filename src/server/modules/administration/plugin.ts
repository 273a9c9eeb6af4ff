import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { userAdministrationRoutes } from './users/routes.ts';

/** The administration module: the people of a tenant (organisations and facilities come later). */
export async function administrationRoutes(app: FastifyInstance, options: { db: Database }) {
  await app.register(userAdministrationRoutes, options);
}

import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { facilityAdministrationRoutes } from './facilities/routes.ts';
import { organisationAdministrationRoutes } from './organisations/routes.ts';
import { userAdministrationRoutes } from './users/routes.ts';

/** The administration module: the people, organisations and facilities of a tenant. */
export async function administrationRoutes(app: FastifyInstance, options: { db: Database }) {
  await app.register(userAdministrationRoutes, options);
  await app.register(organisationAdministrationRoutes, options);
  await app.register(facilityAdministrationRoutes, options);
}

import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { eligibilityRoutes } from './eligibility/routes.ts';

/** The civil society registry: accreditation, vetting, agreements, training, and eligibility. */
export async function registryRoutes(app: FastifyInstance, options: { db: Database }) {
  await app.register(eligibilityRoutes, options);
}

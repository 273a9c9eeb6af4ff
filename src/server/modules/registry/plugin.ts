import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { registryDocumentRoutes } from './documents/routes.ts';
import { dueDiligenceRoutes } from './due-diligence/routes.ts';
import { eligibilityRoutes } from './eligibility/routes.ts';
import { registryFacilityRoutes } from './facilities/routes.ts';
import { registryOrganisationRoutes } from './organisations/routes.ts';
import { registryPractitionerRoutes } from './practitioners/routes.ts';
import { publicRegisterRoutes } from './public-register/routes.ts';
import { reviewQueueRoutes } from './review/routes.ts';
import { registryTrainingRoutes } from './training/routes.ts';

/** The civil society registry: accreditation, vetting, agreements, training, documents, and eligibility. */
export async function registryRoutes(app: FastifyInstance, options: { db: Database; config: Config }) {
  await app.register(registryOrganisationRoutes, options);
  await app.register(registryPractitionerRoutes, options);
  await app.register(eligibilityRoutes, options);
  await app.register(registryFacilityRoutes, options);
  await app.register(registryDocumentRoutes, options);
  await app.register(registryTrainingRoutes, options);
  await app.register(dueDiligenceRoutes, options);
  await app.register(reviewQueueRoutes, options);
  await app.register(publicRegisterRoutes, options);
}

import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { accessReportRoutes } from './access-report/routes.ts';
import { auditSearchRoutes } from './search/routes.ts';

/** The audit module's routes: the trail for oversight (search, break-glass, export) and access reports. */
export async function auditRoutes(app: FastifyInstance, options: { db: Database }) {
  await app.register(auditSearchRoutes, options);
  await app.register(accessReportRoutes, options);
}

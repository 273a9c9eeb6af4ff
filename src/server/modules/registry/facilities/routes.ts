import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { RegistryFacilityList } from '../../../../contracts/registry.ts';
import type { Database } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { REGISTRY_ROLES } from '../registry-roles.ts';

/**
 * The facilities of the tenant, for the registry's questions (where may this practitioner work?):
 * names, kinds and time zones, which everyone working with the prison service knows. Not personal
 * data, so not audited. Row-level security keeps it to the caller's tenant.
 */
export async function registryFacilityRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/registry/facilities',
    {
      config: { access: { roles: REGISTRY_ROLES } },
      schema: {
        tags: ['registry'],
        summary: 'The facilities of the tenant, by name, for questions of eligibility',
        response: { 200: RegistryFacilityList, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      const tenantId = request.actor?.tenantId ?? '';
      const rows = await db.withTenant(tenantId, (tx) =>
        tx
          .select({
            id: facilities.id,
            name: facilities.name,
            kind: facilities.kind,
            timeZone: facilities.timeZone,
          })
          .from(facilities)
          .orderBy(asc(facilities.name)),
      );
      return reply.header('cache-control', 'no-store').send({ facilities: rows });
    },
  );
}

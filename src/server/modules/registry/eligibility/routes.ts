import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { EligibilityAnswer, EligibilityQuery } from '../../../../contracts/registry.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { REGISTRY_ROLES } from '../registry-roles.ts';
import { checkEligibility } from './check-eligibility.ts';

// The roles that may ask at all; which practitioners and facilities each may ask about is the
// practitioner policy's say (404 otherwise).
const ASKERS = { access: { roles: REGISTRY_ROLES } } as const;

/** The one answer the rest of Pathways asks of the registry. */
export async function eligibilityRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/registry/practitioners/:id/eligibility',
    {
      config: ASKERS,
      schema: {
        tags: ['registry'],
        summary:
          'Whether a practitioner may work at a facility on a day in a capacity, with every reason why not; audited',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        querystring: EligibilityQuery,
        response: { 200: EligibilityAnswer, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const answer = await withAccess(db, request, (tx, access) =>
        checkEligibility(tx, access, request.params.id, request.query, new Date()),
      );
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );
}

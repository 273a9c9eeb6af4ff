import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { AccessReportParams, PersonAccessReport } from './schemas.ts';
import { type CaseTeamLookup, noCaseTeams, personAccessReport } from './service.ts';

/**
 * GET /api/v1/audit/people/:personId/access-report. Oversight monitors only, for now: once case
 * files exist, the case module passes its `caseTeamOf` and the marking admits case managers, whom
 * the report's policy (audit/policy.ts) then lets see the report of their own cases only (404 for
 * any other person).
 */
export async function accessReportRoutes(
  app: FastifyInstance,
  options: { db: Database; caseTeamOf?: CaseTeamLookup },
) {
  const { db } = options;
  const caseTeamOf = options.caseTeamOf ?? noCaseTeams;
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/audit/people/:personId/access-report',
    {
      config: { access: { roles: ['oversight_monitor'] } },
      schema: {
        tags: ['audit'],
        summary: "Who has seen this person's record: per actor, first and last access, break-glass, refusals",
        params: AccessReportParams,
        response: { 200: PersonAccessReport, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { personId } = request.params;
      const report = await withAccess(db, request, (tx, access) =>
        personAccessReport(tx, access, personId.toLowerCase(), caseTeamOf),
      );
      return reply.header('cache-control', 'no-store').send(report);
    },
  );
}

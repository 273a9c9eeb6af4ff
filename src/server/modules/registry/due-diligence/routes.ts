import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  DueDiligenceChecklist,
  DueDiligenceParams,
  RecordCheckRequest,
} from '../../../../contracts/registry-review.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { getChecklist } from './get-checklist.ts';
import { recordCheck } from './record-check.ts';

// The markings let through the roles that have some part in due diligence: prison staff who decide
// accreditation, the administrator, and coordinators (who read where their own organisation's
// checklist stands, and are refused recording with 403 by the policy, audited). Which organisation each may see is
// the due diligence policy's say (404 otherwise). Gate officers, case managers and the rest: 403.
const CHECKLIST_ROLES = {
  access: { roles: ['administrator', 'director', 'security_officer', 'cso_coordinator'] },
} as const;
const PATH = '/api/v1/registry/organisations/:id/due-diligence';
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem };
const TAGS = ['registry'];

/** An organisation's due diligence checklist: read it, record a check. */
export async function dueDiligenceRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    PATH,
    {
      config: CHECKLIST_ROLES,
      schema: {
        tags: TAGS,
        summary:
          'An organisation’s due diligence checklist: whether each of the five kinds is done or outstanding; the checks (result, day, history, evidence, checker) for prison staff only; audited',
        params: DueDiligenceParams,
        response: { 200: DueDiligenceChecklist, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const checklist = await withAccess(db, request, (tx, access) =>
        getChecklist(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(checklist);
    },
  );

  routes.post(
    PATH,
    {
      config: CHECKLIST_ROLES,
      schema: {
        tags: TAGS,
        summary:
          'Record a due diligence check with its evidence and day (administrator, director, security officer); audited',
        params: DueDiligenceParams,
        body: RecordCheckRequest,
        response: { 201: DueDiligenceChecklist, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const checklist = await withAccess(db, request, (tx, access) =>
        recordCheck(tx, access, request.params.id, request.body, new Date()),
      );
      return reply.code(201).header('cache-control', 'no-store').send(checklist);
    },
  );
}

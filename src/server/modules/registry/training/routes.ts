import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  CreateSessionRequest,
  RecordAttendanceRequest,
  SessionDetail,
  SessionList,
  SessionListQuery,
  SessionParams,
  StaffCertificates,
  StaffParams,
} from '../../../../contracts/registry-training.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { courseCatalogueRoutes } from './course-routes.ts';
import { recordAttendance } from './record-attendance.ts';
import { createSession, getSession, listSessions } from './sessions.ts';
import { staffCertificates } from './staff-certificates.ts';

// Sessions are for the prison staff who train (administrator, director, security officer) and for
// the coordinators whose people attend; which session and what of it is session-policy.ts's say.
// A member of staff's record is read by the administrator, directors and security officers, and
// by the member themself, whatever their facility role.
const SESSION_USERS = {
  access: { roles: ['administrator', 'director', 'security_officer', 'cso_coordinator'] },
} as const;
const STAFF_RECORD_READERS = {
  access: { roles: ['administrator', 'director', 'security_officer', 'gate_officer', 'case_manager'] },
} as const;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem };
const TAGS = ['registry'];

/** Training: the catalogue, sessions with attendance, and staff training records. */
export async function registryTrainingRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  await app.register(courseCatalogueRoutes, options);
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/registry/training-sessions',
    {
      config: SESSION_USERS,
      schema: {
        tags: TAGS,
        summary: 'Training sessions, newest first, optionally of one course; audited',
        querystring: SessionListQuery,
        response: { 200: SessionList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const list = await withAccess(db, request, (tx, access) => listSessions(tx, access, request.query));
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.post(
    '/api/v1/registry/training-sessions',
    {
      config: SESSION_USERS,
      schema: {
        tags: TAGS,
        summary: 'Plan or record a training session (administrator, director, security officer); audited',
        body: CreateSessionRequest,
        response: { 201: SessionDetail, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const session = await withAccess(db, request, (tx, access) => createSession(tx, access, request.body));
      return reply.code(201).header('cache-control', 'no-store').send(session);
    },
  );

  routes.get(
    '/api/v1/registry/training-sessions/:id',
    {
      config: SESSION_USERS,
      schema: {
        tags: TAGS,
        summary:
          'A session with the attendance the caller may see (a coordinator: their own people); audited',
        params: SessionParams,
        response: { 200: SessionDetail, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const session = await withAccess(db, request, (tx, access) =>
        getSession(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(session);
    },
  );

  routes.post(
    '/api/v1/registry/training-sessions/:id/attendance',
    {
      config: SESSION_USERS,
      schema: {
        tags: TAGS,
        summary: 'Record attendance; each completion gives a certificate (prison training staff); audited',
        params: SessionParams,
        body: RecordAttendanceRequest,
        response: { 201: SessionDetail, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const session = await withAccess(db, request, (tx, access) =>
        recordAttendance(tx, access, request.params.id, request.body, new Date()),
      );
      return reply.code(201).header('cache-control', 'no-store').send(session);
    },
  );

  routes.get(
    '/api/v1/registry/staff/:userId/certificates',
    {
      config: STAFF_RECORD_READERS,
      schema: {
        tags: TAGS,
        summary:
          'A member of the prison staff’s certificates (administrator, directors, security officers, themself); audited',
        params: StaffParams,
        response: { 200: StaffCertificates, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const record = await withAccess(db, request, (tx, access) =>
        staffCertificates(tx, access, request.params.userId),
      );
      return reply.header('cache-control', 'no-store').send(record);
    },
  );
}

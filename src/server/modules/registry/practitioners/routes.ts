import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  AddPractitionerRequest,
  OrganisationPractitionersParams,
  PractitionerListQuery,
  PractitionerPage,
  PractitionerParams,
  PractitionerStanding,
  RecordCertificateRequest,
  RecordSignatureRequest,
  RecordVettingRequest,
  SuspendPractitionerRequest,
} from '../../../../contracts/registry-practitioners.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { REGISTRY_ROLES } from '../registry-roles.ts';
import { addPractitioner } from './add-practitioner.ts';
import { getStanding } from './get-standing.ts';
import { listPractitioners } from './list-practitioners.ts';
import { recordCertificate } from './record-certificate.ts';
import { recordSignature } from './record-signature.ts';
import { recordVetting } from './record-vetting.ts';
import { reinstatePractitioner, suspendPractitioner } from './suspend-practitioner.ts';

// The markings let through every registry role (REGISTRY_ROLES) that may see some practitioner;
// which practitioners each may see, and what they may do to them, is the practitioner policy's say:
// 404 for one out of sight (another organisation's, another tenant's), 403 for one in sight but not
// theirs to change (a coordinator recording vetting). Practitioners see their own standing but not
// their organisation's list; other roles (case managers, oversight monitors) get 403 here.
const PRACTITIONER_READERS = { access: { roles: REGISTRY_ROLES } } as const;
const ORGANISATION_READERS = {
  access: { roles: REGISTRY_ROLES.filter((role) => role !== 'cso_practitioner') },
} as const;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem };
const TAGS = ['registry'];

/** Practitioners of the registry: list and add them; their standing; vetting, signatures, training, suspension. */
export async function registryPractitionerRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/registry/organisations/:organisationId/practitioners',
    {
      config: ORGANISATION_READERS,
      schema: {
        tags: TAGS,
        summary: 'An organisation’s practitioners, oldest first, with their latest vetting; audited',
        params: OrganisationPractitionersParams,
        querystring: PractitionerListQuery,
        response: { 200: PractitionerPage, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const page = await withAccess(db, request, (tx, access) =>
        listPractitioners(tx, access, request.params.organisationId, request.query),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.post(
    '/api/v1/registry/organisations/:organisationId/practitioners',
    {
      config: ORGANISATION_READERS,
      schema: {
        tags: TAGS,
        summary: 'Add a practitioner to an organisation (its coordinator or the administrator); audited',
        params: OrganisationPractitionersParams,
        body: AddPractitionerRequest,
        response: { 201: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const added = await withAccess(db, request, (tx, access) =>
        addPractitioner(tx, access, request.params.organisationId, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(added);
    },
  );

  routes.get(
    '/api/v1/registry/practitioners/:id',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary:
          'A practitioner’s standing: details, suspension, vetting, signatures, certificates; findings for prison security only; audited',
        params: PractitionerParams,
        response: { 200: PractitionerStanding, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        getStanding(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(standing);
    },
  );

  routes.post(
    '/api/v1/registry/practitioners/:id/vetting',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary: 'Record a background check (administrator, director, security officer); audited',
        params: PractitionerParams,
        body: RecordVettingRequest,
        response: { 201: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        recordVetting(tx, access, request.params.id, request.body, new Date()),
      );
      return reply.code(201).header('cache-control', 'no-store').send(standing);
    },
  );

  routes.post(
    '/api/v1/registry/practitioners/:id/signatures',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary:
          'Record a signed code of conduct or confidentiality agreement (coordinator, administrator); audited',
        params: PractitionerParams,
        body: RecordSignatureRequest,
        response: { 201: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        recordSignature(tx, access, request.params.id, request.body, new Date()),
      );
      return reply.code(201).header('cache-control', 'no-store').send(standing);
    },
  );

  routes.post(
    '/api/v1/registry/practitioners/:id/certificates',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary: 'Record a course certificate (administrator, director, security officer); audited',
        params: PractitionerParams,
        body: RecordCertificateRequest,
        response: { 201: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        recordCertificate(tx, access, request.params.id, request.body, new Date()),
      );
      return reply.code(201).header('cache-control', 'no-store').send(standing);
    },
  );

  routes.put(
    '/api/v1/registry/practitioners/:id/suspension',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary: 'Suspend a practitioner from now, with a reason (prison security, administrator); audited',
        params: PractitionerParams,
        body: SuspendPractitionerRequest,
        response: { 200: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        suspendPractitioner(tx, access, request.params.id, request.body.reason),
      );
      return reply.header('cache-control', 'no-store').send(standing);
    },
  );

  routes.delete(
    '/api/v1/registry/practitioners/:id/suspension',
    {
      config: PRACTITIONER_READERS,
      schema: {
        tags: TAGS,
        summary: 'Reinstate a suspended practitioner (prison security, administrator); audited',
        params: PractitionerParams,
        response: { 200: PractitionerStanding, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const standing = await withAccess(db, request, (tx, access) =>
        reinstatePractitioner(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(standing);
    },
  );
}

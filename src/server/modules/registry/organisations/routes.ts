import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  AgreementRequest,
  DecisionRequest,
  Directory,
  DirectoryQuery,
  OrganisationExpiring,
  ProfileRequest,
  REGISTRY_ORGANISATION_PATHS,
  RegistryOrganisation,
  RegistryOrganisationParams,
} from '../../../../contracts/registry-organisations.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { recordDecision } from '../accreditation/record-decision.ts';
import { getExpiring } from './get-expiring.ts';
import { getRegistryOrganisation } from './get-organisation.ts';
import { listRegistryOrganisations } from './list-organisations.ts';
import { recordAgreement } from './record-agreement.ts';
import { updateProfile } from './update-profile.ts';

// The roles that may use each route at all (others: 403 from the marking, audited); which
// organisation each may see or act on is the registry organisation policy's say (404 otherwise).
const READERS = {
  access: { roles: ['administrator', 'director', 'security_officer', 'gate_officer', 'cso_coordinator'] },
} as const;
const PROFILE_KEEPERS = { access: { roles: ['administrator', 'cso_coordinator'] } } as const;
// Coordinators apply; the prison service decides. The lifecycle says which, from where.
const DECIDERS = {
  access: { roles: ['administrator', 'director', 'security_officer', 'cso_coordinator'] },
} as const;
const AGREEMENT_KEEPERS = { access: { roles: ['administrator', 'director'] } } as const;

const ONE = `${REGISTRY_ORGANISATION_PATHS.organisations}/:id`;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const WRITE_ERRORS = { ...READ_ERRORS, 409: Problem };

/** The registry's organisations: directory, registry record, what expires, profile, accreditation decisions, agreements. */
export async function registryOrganisationRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    REGISTRY_ORGANISATION_PATHS.organisations,
    {
      config: READERS,
      schema: {
        tags: ['registry'],
        summary:
          'The civil society organisations of the tenant by name, with where their accreditation stands and the actions the caller may take',
        querystring: DirectoryQuery,
        response: { 200: Directory, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const page = await withAccess(db, request, (tx, access) =>
        listRegistryOrganisations(tx, access, request.query),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.get(
    ONE,
    {
      config: READERS,
      schema: {
        tags: ['registry'],
        summary:
          'One organisation’s registry record: profile, accreditation and its whole history, agreements; audited',
        params: RegistryOrganisationParams,
        response: { 200: RegistryOrganisation, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const record = await withAccess(db, request, (tx, access) =>
        getRegistryOrganisation(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(record);
    },
  );

  routes.get(
    `${ONE}/expiring`,
    {
      config: READERS,
      schema: {
        tags: ['registry'],
        summary:
          'What expires within 60 days or expired in the last 90 (accreditation, agreements, vetting, certificates), by date; audited',
        params: RegistryOrganisationParams,
        response: { 200: OrganisationExpiring, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const answer = await withAccess(db, request, (tx, access) =>
        getExpiring(tx, access, request.params.id),
      );
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );

  routes.put(
    `${ONE}/profile`,
    {
      config: PROFILE_KEEPERS,
      schema: {
        tags: ['registry'],
        summary:
          'Create (201) or replace (200) the organisation’s profile; a registration number is unique in the tenant; audited',
        params: RegistryOrganisationParams,
        body: ProfileRequest,
        response: { 200: RegistryOrganisation, 201: RegistryOrganisation, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const { record, created } = await withAccess(db, request, (tx, access) =>
        updateProfile(tx, access, request.params.id, request.body),
      );
      return reply
        .code(created ? 201 : 200)
        .header('cache-control', 'no-store')
        .send(record);
    },
  );

  routes.post(
    `${ONE}/decisions`,
    {
      config: DECIDERS,
      schema: {
        tags: ['registry'],
        summary:
          'Record the next accreditation decision (apply, review, accredit, refuse, suspend, revoke), as the lifecycle allows; audited',
        params: RegistryOrganisationParams,
        body: DecisionRequest,
        response: { 201: RegistryOrganisation, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const record = await withAccess(db, request, (tx, access) =>
        recordDecision(tx, access, request.params.id, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(record);
    },
  );

  routes.post(
    `${ONE}/agreements`,
    {
      config: AGREEMENT_KEEPERS,
      schema: {
        tags: ['registry'],
        summary: 'Record an agreement (memorandum of understanding) with the organisation; audited',
        params: RegistryOrganisationParams,
        body: AgreementRequest,
        response: { 201: RegistryOrganisation, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const record = await withAccess(db, request, (tx, access) =>
        recordAgreement(tx, access, request.params.id, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(record);
    },
  );
}

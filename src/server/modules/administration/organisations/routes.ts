import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ADMINISTRATION_PATHS } from '../../../../contracts/administration.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { createOrganisation } from './create-organisation.ts';
import { listOrganisations } from './list-organisations.ts';
import {
  AdminOrganisation,
  CreateOrganisationRequest,
  OrganisationList,
  OrganisationParams,
  UpdateOrganisationRequest,
} from './schemas.ts';
import { updateOrganisation } from './update-organisation.ts';

// Only administrators reach these routes (others: 403 from the marking, audited); the organisation
// policy then keeps each to their own tenant (another tenant's organisation: 404).
const ADMINISTRATORS = { access: { roles: ['administrator'] } } as const;
const READ_ERRORS = { 401: Problem, 403: Problem };
const WRITE_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Organisation administration: list, create, rename. */
export async function organisationAdministrationRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    ADMINISTRATION_PATHS.organisations,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary:
          'The organisations of the tenant by kind and name, each with the actions the caller may take',
        response: { 200: OrganisationList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const list = await withAccess(db, request, (tx, access) => listOrganisations(tx, access));
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.post(
    ADMINISTRATION_PATHS.organisations,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary: 'Add an organisation to the tenant; its name must be new in the tenant; audited',
        body: CreateOrganisationRequest,
        response: { 201: AdminOrganisation, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await withAccess(db, request, (tx, access) =>
        createOrganisation(tx, access, request.body),
      );
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  routes.patch(
    `${ADMINISTRATION_PATHS.organisations}/:id`,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary: 'Rename an organisation (its kind is fixed); audited',
        params: OrganisationParams,
        body: UpdateOrganisationRequest,
        response: { 200: AdminOrganisation, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const updated = await withAccess(db, request, (tx, access) =>
        updateOrganisation(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(updated);
    },
  );
}

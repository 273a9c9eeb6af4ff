import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ADMINISTRATION_PATHS } from '../../../../contracts/administration.ts';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { createFacility } from './create-facility.ts';
import { listFacilities } from './list-facilities.ts';
import {
  AdminFacility,
  CreateFacilityRequest,
  FacilityList,
  FacilityParams,
  UpdateFacilityRequest,
} from './schemas.ts';
import { updateFacility } from './update-facility.ts';

// Only administrators reach these routes (others: 403 from the marking, audited); the facility
// policy then keeps each to their own tenant (another tenant's facility: 404).
const ADMINISTRATORS = { access: { roles: ['administrator'] } } as const;
const READ_ERRORS = { 401: Problem, 403: Problem };
const WRITE_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Facility administration: list, create, change. */
export async function facilityAdministrationRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    ADMINISTRATION_PATHS.facilities,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary: 'The facilities of the tenant by name, with the prison service running each',
        response: { 200: FacilityList, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const list = await withAccess(db, request, (tx, access) => listFacilities(tx, access));
      return reply.header('cache-control', 'no-store').send(list);
    },
  );

  routes.post(
    ADMINISTRATION_PATHS.facilities,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary: 'Add a facility run by a prison service organisation of the tenant; audited',
        body: CreateFacilityRequest,
        response: { 201: AdminFacility, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await withAccess(db, request, (tx, access) => createFacility(tx, access, request.body));
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  routes.patch(
    `${ADMINISTRATION_PATHS.facilities}/:id`,
    {
      config: ADMINISTRATORS,
      schema: {
        tags: ['administration'],
        summary:
          'Change the name, kind, time zone or capacity of a facility (code and organisation are fixed); audited',
        params: FacilityParams,
        body: UpdateFacilityRequest,
        response: { 200: AdminFacility, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const updated = await withAccess(db, request, (tx, access) =>
        updateFacility(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(updated);
    },
  );
}

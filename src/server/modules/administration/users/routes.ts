import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/database.ts';
import { Problem } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import { changeRoles } from './change-roles.ts';
import { createUser } from './create-user.ts';
import { getUser } from './get-user.ts';
import { listUsers } from './list-users.ts';
import {
  CreateUserRequest,
  ManagedUser,
  ManagedUserPage,
  ReplaceRolesRequest,
  UpdateUserRequest,
  USER_LIST_LIMIT,
  UserListQuery,
  UserParams,
} from './schemas.ts';
import { updateUser } from './update-user.ts';

// Only administrators and CSO coordinators reach these routes at all; which accounts each may see
// and change is the user account policy's say (404 out of sight, 403 in sight but not theirs).
const MANAGERS = { access: { roles: ['administrator', 'cso_coordinator'] } } as const;
const READ_ERRORS = { 400: Problem, 401: Problem, 403: Problem };
const WRITE_ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** User administration: list, create, rename and (de)activate, replace roles. */
export async function userAdministrationRoutes(app: FastifyInstance, options: { db: Database }) {
  const { db } = options;
  const routes = app.withTypeProvider<TypeBoxTypeProvider>();

  routes.get(
    '/api/v1/admin/users',
    {
      config: MANAGERS,
      schema: {
        tags: ['administration'],
        summary: 'The accounts the caller may see, oldest first, each with the actions the caller may take',
        querystring: UserListQuery,
        response: { 200: ManagedUserPage, ...READ_ERRORS },
      },
    },
    async (request, reply) => {
      const { cursor, limit, ...filters } = request.query;
      const page = await withAccess(db, request, (tx, access) =>
        listUsers(tx, access, filters, { after: cursor, limit: limit ?? USER_LIST_LIMIT.default }),
      );
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  routes.post(
    '/api/v1/admin/users',
    {
      config: MANAGERS,
      schema: {
        tags: ['administration'],
        summary: 'Create an account with an initial password and roles; audited',
        body: CreateUserRequest,
        response: { 201: ManagedUser, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const created = await withAccess(db, request, (tx, access) => createUser(tx, access, request.body));
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  routes.get(
    '/api/v1/admin/users/:id',
    {
      config: MANAGERS,
      schema: {
        tags: ['administration'],
        summary: 'One account, with the actions the caller may take; the look is audited',
        params: UserParams,
        response: { 200: ManagedUser, ...READ_ERRORS, 404: Problem },
      },
    },
    async (request, reply) => {
      const found = await withAccess(db, request, (tx, access) => getUser(tx, access, request.params.id));
      return reply.header('cache-control', 'no-store').send(found);
    },
  );

  routes.patch(
    '/api/v1/admin/users/:id',
    {
      config: MANAGERS,
      schema: {
        tags: ['administration'],
        summary: 'Rename, deactivate (ending every session) or reactivate an account; audited',
        params: UserParams,
        body: UpdateUserRequest,
        response: { 200: ManagedUser, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const updated = await withAccess(db, request, (tx, access) =>
        updateUser(tx, access, request.params.id, request.body),
      );
      return reply.header('cache-control', 'no-store').send(updated);
    },
  );

  routes.put(
    '/api/v1/admin/users/:id/roles',
    {
      config: MANAGERS,
      schema: {
        tags: ['administration'],
        summary: 'Replace the roles of an account; takes effect on its next request; audited',
        params: UserParams,
        body: ReplaceRolesRequest,
        response: { 200: ManagedUser, ...WRITE_ERRORS },
      },
    },
    async (request, reply) => {
      const changed = await withAccess(db, request, (tx, access) =>
        changeRoles(tx, access, request.params.id, request.body.roles),
      );
      return reply.header('cache-control', 'no-store').send(changed);
    },
  );
}

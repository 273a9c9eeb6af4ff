import { type Static, type TSchema, Type } from 'typebox';
import { PASSWORD_MAX_LENGTH } from '../../identity/passwords/hashing.ts';
import { ORGANISATION_KINDS, ROLES } from '../../identity/roles.ts';
import { USER_ACCOUNT_ACTIONS } from './policy.ts';

// Requests and answers of user administration. Role assignments name their scope explicitly: a
// facility for facility roles, an organisation for organisation roles, nothing for tenant roles.

const Id = Type.String({ format: 'uuid' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const USER_LIST_LIMIT = { default: 50, max: 200 } as const;

/** The same rule as users.username's CHECK, so that a bad name is a 400 and not a database error. */
const Username = Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$', minLength: 2, maxLength: 64 });
const DisplayName = Type.String({ minLength: 1, maxLength: 200 });

export const RoleRequest = Type.Object(
  {
    role: Type.Enum(ROLES),
    facilityId: Type.Optional(Id),
    organisationId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type RoleRequest = Static<typeof RoleRequest>;

const Roles = Type.Array(RoleRequest, { maxItems: 50 });

export const UserParams = Type.Object({ id: Id });

export const UserListQuery = Type.Object({
  organisationId: Type.Optional(Id),
  active: Type.Optional(Type.Boolean()),
  cursor: Type.Optional(Type.String({ format: 'uuid', description: 'nextCursor of the previous page.' })),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: USER_LIST_LIMIT.max, default: USER_LIST_LIMIT.default }),
  ),
});
export type UserListQuery = Static<typeof UserListQuery>;

export const CreateUserRequest = Type.Object(
  {
    username: Username,
    displayName: DisplayName,
    organisationId: Id,
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
    roles: Roles,
  },
  { additionalProperties: false },
);
export type CreateUserRequest = Static<typeof CreateUserRequest>;

export const UpdateUserRequest = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    active: Type.Optional(
      Type.Boolean({ description: 'false deactivates and ends every session of the user.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserRequest = Static<typeof UpdateUserRequest>;

export const ReplaceRolesRequest = Type.Object({ roles: Roles }, { additionalProperties: false });
export type ReplaceRolesRequest = Static<typeof ReplaceRolesRequest>;

export const ManagedUser = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  organisation: Type.Object({ id: Id, name: Type.String(), kind: Type.Enum(ORGANISATION_KINDS) }),
  active: Type.Boolean(),
  deactivatedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  mfaEnrolled: Type.Boolean(),
  roles: Type.Array(
    Type.Object({
      role: Type.Enum(ROLES),
      scope: Type.Enum(['facility', 'organisation', 'tenant']),
      facilityId: Nullable(Id),
      organisationId: Nullable(Id),
    }),
  ),
  /** What the caller may do with this account, so the screen offers only that. */
  actions: Type.Array(Type.Enum(USER_ACCOUNT_ACTIONS)),
});
export type ManagedUser = Static<typeof ManagedUser>;

export const ManagedUserPage = Type.Object({
  items: Type.Array(ManagedUser),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: Nullable(Type.String()),
});
export type ManagedUserPage = Static<typeof ManagedUserPage>;

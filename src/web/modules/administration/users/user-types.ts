import type { OrganisationKindName, RoleName } from '../../../../contracts/identity';

// The answers and requests of the user administration API (src/server/modules/administration/users/
// schemas.ts), as the web app uses them. The server serialises through those schemas; these are
// their shapes, typed by hand because the schemas live on the server side, not in src/contracts.

/** The API's paths, named once for the screens and their tests. */
export const USER_ADMIN_PATHS = {
  users: '/api/v1/admin/users',
  user: (id: string) => `/api/v1/admin/users/${encodeURIComponent(id)}`,
  roles: (id: string) => `/api/v1/admin/users/${encodeURIComponent(id)}/roles`,
} as const;

/** The screens' own addresses. */
export const USER_ADMIN_ROUTES = {
  list: '/admin/users',
  create: '/admin/users/new',
  account: (id: string) => `/admin/users/${encodeURIComponent(id)}`,
} as const;

/** What the caller may do with an account; the screens offer only these. */
export type UserAccountAction = 'read' | 'create' | 'update' | 'change_roles';

export type ScopeKind = 'facility' | 'organisation' | 'tenant';

/** One role of an account, with the facility or organisation it applies to (both null: the tenant). */
export interface ManagedRole {
  role: RoleName;
  scope: ScopeKind;
  facilityId: string | null;
  organisationId: string | null;
}

export interface ManagedOrganisation {
  id: string;
  name: string;
  kind: OrganisationKindName;
}

/** An account as the administration API answers it. */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  organisation: ManagedOrganisation;
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
  mfaEnrolled: boolean;
  roles: ManagedRole[];
  actions: UserAccountAction[];
}

export interface ManagedUserPage {
  items: ManagedUser[];
  nextCursor: string | null;
}

/** A role as a request names it: a facility for facility roles, an organisation for organisation roles. */
export interface RoleRequest {
  role: RoleName;
  facilityId?: string;
  organisationId?: string;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  organisationId: string;
  password: string;
  roles: RoleRequest[];
}

export interface UpdateUserRequest {
  displayName?: string;
  active?: boolean;
}

/** The server-side filters of the list. */
export interface UserListFilters {
  active?: boolean;
  organisationId?: string;
}

/** The rules of users.username (the server's schema and the database CHECK). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$/;
export const DISPLAY_NAME_MAX_LENGTH = 200;
/** The password policy's length floor (docs/security.md, "Password policy"). */
export const PASSWORD_MIN_LENGTH = 12;

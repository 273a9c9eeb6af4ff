import type { ORGANISATION_KINDS } from '../../../contracts/identity.ts';

// The roles of DESIGN.md §1 and the one kind of scope each is held in. The database refuses any
// other pairing (role_assignments' CHECK); this list is the same rule for the application.

export const FACILITY_ROLES = ['director', 'security_officer', 'gate_officer', 'case_manager'] as const;
export const ORGANISATION_ROLES = ['cso_coordinator', 'cso_practitioner', 'community_partner'] as const;
export const TENANT_ROLES = [
  'probation_officer',
  'oversight_monitor',
  'knowledge_editor',
  'analyst',
  'administrator',
] as const;

export const ROLES = [...FACILITY_ROLES, ...ORGANISATION_ROLES, ...TENANT_ROLES] as const;
export type Role = (typeof ROLES)[number];
export type ScopeKind = 'facility' | 'organisation' | 'tenant';

// The organisation kinds are part of the API; their one list lives with the shared schemas.
export { ORGANISATION_KINDS } from '../../../contracts/identity.ts';
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** One role a user holds, with where it applies. */
export type RoleAssignment =
  | { role: Role; scope: 'facility'; facilityId: string; organisationId: null }
  | { role: Role; scope: 'organisation'; facilityId: null; organisationId: string }
  | { role: Role; scope: 'tenant'; facilityId: null; organisationId: null };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function scopeOf(role: Role): ScopeKind {
  if ((FACILITY_ROLES as readonly string[]).includes(role)) return 'facility';
  if ((ORGANISATION_ROLES as readonly string[]).includes(role)) return 'organisation';
  return 'tenant';
}

/**
 * `role` held where its kind of scope says: at `facilityId` for a facility role, in
 * `organisationId` for an organisation role, tenant-wide (neither) for the others.
 */
export function assignmentOf(
  role: Role,
  places: { facilityId: string; organisationId: string },
): RoleAssignment {
  const scope = scopeOf(role);
  if (scope === 'facility') return { role, scope, facilityId: places.facilityId, organisationId: null };
  if (scope === 'organisation')
    return { role, scope, facilityId: null, organisationId: places.organisationId };
  return { role, scope, facilityId: null, organisationId: null };
}

/**
 * Roles whose work reads personal data of people in custody, visitors or staff. Everyone holding
 * one must sign in with a second factor (DESIGN.md §2.1); knowledge editors and analysts see no
 * personal data and may sign in with a password alone.
 */
const PERSONAL_DATA_ROLES: ReadonlySet<Role> = new Set<Role>([
  'director',
  'security_officer',
  'gate_officer',
  'case_manager',
  'cso_coordinator',
  'cso_practitioner',
  'community_partner',
  'probation_officer',
  'oversight_monitor',
  'administrator',
]);

export function readsPersonalData(role: Role): boolean {
  return PERSONAL_DATA_ROLES.has(role);
}

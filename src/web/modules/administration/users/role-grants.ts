import { ROLES, type RoleName, type SignedIn } from '../../../../contracts/identity';
import type { ScopeKind } from './user-types';

// Which roles the signed-in user may give, and where. The same rules as the server's user account
// policy (src/server/modules/administration/users/policy.ts): an administrator gives any role in
// the tenant; a CSO coordinator gives only the roles of the organisation's allowance, at the
// organisations they coordinate. The server decides; this only keeps refused choices off the screen.

const FACILITY_ROLES: readonly RoleName[] = ['director', 'security_officer', 'gate_officer', 'case_manager'];
const ORGANISATION_ROLES: readonly RoleName[] = ['cso_coordinator', 'cso_practitioner', 'community_partner'];

/** The one kind of place each role is held at (the server's identity/roles.ts). */
export function scopeKindOf(role: RoleName): ScopeKind {
  if (FACILITY_ROLES.includes(role)) return 'facility';
  if (ORGANISATION_ROLES.includes(role)) return 'organisation';
  return 'tenant';
}

/** The roles a CSO coordinator may give (the server's COORDINATOR_GRANTS). */
export const COORDINATOR_GRANTS: readonly RoleName[] = ['cso_practitioner'];

export interface Grants {
  /** Administrators: every role, every place of the tenant. */
  tenantWide: boolean;
  /** The roles that may be given, in the order of ROLES. */
  roles: RoleName[];
  /** For a coordinator, the organisations whose staff they manage (ids); empty for an administrator. */
  organisationIds: string[];
}

/** What the signed-in user may give. */
export function grantsOf(session: SignedIn): Grants {
  if (session.roles.some((held) => held.role === 'administrator' && held.scope === 'tenant')) {
    return { tenantWide: true, roles: [...ROLES], organisationIds: [] };
  }
  const organisationIds = session.roles.flatMap((held) =>
    held.role === 'cso_coordinator' && held.organisation ? [held.organisation.id] : [],
  );
  if (organisationIds.length === 0) return { tenantWide: false, roles: [], organisationIds: [] };
  return {
    tenantWide: false,
    roles: ROLES.filter((role) => COORDINATOR_GRANTS.includes(role)),
    organisationIds: [...new Set(organisationIds)],
  };
}

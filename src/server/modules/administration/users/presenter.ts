import type { UserAccountAction } from './policy.ts';
import type { UserRow } from './repository.ts';
import type { ManagedUser } from './schemas.ts';

/** An account as the administration API answers it; the response schema is the last filter. */
export function presentUser(row: UserRow, actions: readonly UserAccountAction[]): ManagedUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    organisation: row.organisation,
    active: row.active,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    mfaEnrolled: row.mfaEnrolled,
    roles: row.roles.map(({ role, scope, facilityId, organisationId }) => ({
      role,
      scope,
      facilityId,
      organisationId,
    })),
    actions: [...actions],
  };
}

import type { AdminOrganisation } from '../../../../contracts/administration.ts';
import type { OrganisationAction } from './policy.ts';
import type { OrganisationRow } from './repository.ts';

/** An organisation as the administration API answers it; the response schema is the last filter. */
export function presentOrganisation(
  row: OrganisationRow,
  actions: readonly OrganisationAction[],
): AdminOrganisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    actions: [...actions],
  };
}

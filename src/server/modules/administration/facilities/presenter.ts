import type { AdminFacility } from '../../../../contracts/administration.ts';
import type { FacilityAction } from './policy.ts';
import type { FacilityRow } from './repository.ts';

/** A facility as the administration API answers it; the response schema is the last filter. */
export function presentFacility(row: FacilityRow, actions: readonly FacilityAction[]): AdminFacility {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    timeZone: row.timeZone,
    capacity: row.capacity,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    createdAt: row.createdAt.toISOString(),
    actions: [...actions],
  };
}

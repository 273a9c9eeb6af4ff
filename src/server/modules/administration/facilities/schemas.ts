import { Type } from 'typebox';
import type { FACILITY_KINDS } from '../../../../contracts/administration.ts';
import type { facilityKinds } from '../../../platform/db/schema.ts';

// Requests and answers of facility administration; the shapes live in the shared contract.
export {
  AdminFacility,
  CreateFacilityRequest,
  FacilityList,
  UpdateFacilityRequest,
} from '../../../../contracts/administration.ts';

export const FacilityParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The contract keeps its own copy of the facility kinds; any drift fails type-checking here. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CONTRACT_MATCHES_SERVER: { facilityKinds: Same<typeof facilityKinds, typeof FACILITY_KINDS> } = {
  facilityKinds: true,
};

import type { AdminFacility, UpdateFacilityRequest } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { invalidRequest } from '../users/role-requests.ts';
import { unknownTimeZone } from './errors.ts';
import { facilityPolicy } from './policy.ts';
import { presentFacility } from './presenter.ts';
import { type FacilityChange, findFacility, updateFacility as writeFacility } from './repository.ts';
import { isKnownTimeZone } from './time-zones.ts';

/**
 * Changes a facility's name, kind, time zone or capacity (code and organisation are fixed once
 * made). Audited as `facility.updated` with the fields changed and their new values; a request that
 * changes nothing writes nothing.
 */
export async function updateFacility(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: UpdateFacilityRequest,
): Promise<AdminFacility> {
  const found = await findFacility(tx, id);
  if (!found) throw notFound();
  const { actions } = authorize(access, facilityPolicy, 'update', found);

  const change: FacilityChange = {};
  if (request.name !== undefined && request.name !== found.name) change.name = request.name;
  if (request.kind !== undefined && request.kind !== found.kind) change.kind = request.kind;
  if (request.timeZone !== undefined && request.timeZone !== found.timeZone)
    change.timeZone = request.timeZone;
  if (request.capacity !== undefined && request.capacity !== found.capacity)
    change.capacity = request.capacity;
  // A zone kept as it is passes even if this runtime no longer lists it; a new one must be known.
  if (change.timeZone !== undefined && !isKnownTimeZone(change.timeZone)) {
    throw invalidRequest([unknownTimeZone()]);
  }
  const fields = Object.keys(change);
  if (fields.length === 0) return presentFacility(found, actions);

  await writeFacility(tx, id, change);
  access.audit({
    action: 'facility.updated',
    outcome: 'allowed',
    subject: { type: 'facility', id },
    personId: null,
    details: { fields: fields.join(','), ...change },
  });
  return presentFacility({ ...found, ...change }, actions);
}

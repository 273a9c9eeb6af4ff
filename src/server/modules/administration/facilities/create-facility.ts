import type { AdminFacility, CreateFacilityRequest } from '../../../../contracts/administration.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { isUniqueViolation } from '../users/errors.ts';
import { invalidRequest } from '../users/role-requests.ts';
import { facilityCodeTaken, unknownTimeZone } from './errors.ts';
import { facilityPolicy } from './policy.ts';
import { presentFacility } from './presenter.ts';
import { findFacility, insertFacility, isFacilityCodeTaken } from './repository.ts';
import { isKnownTimeZone } from './time-zones.ts';

/**
 * Adds a facility to the actor's tenant, run by one of its prison service organisations. An
 * organisation of another tenant is refused exactly like one that does not exist. Audited as
 * `facility.created`.
 */
export async function createFacility(
  tx: Tx,
  access: AccessContext,
  request: CreateFacilityRequest,
): Promise<AdminFacility> {
  const { actor } = access;
  authorize(access, facilityPolicy, 'create', { tenantId: actor.tenantId, id: null });

  const errors: FieldError[] = [];
  const organisation = await findOrganisation(tx, request.organisationId);
  if (!organisation) {
    errors.push({
      path: '/body/organisationId',
      code: 'unknown_organisation',
      message: 'no such organisation',
    });
  } else if (organisation.kind !== 'prison_service') {
    errors.push({
      path: '/body/organisationId',
      code: 'not_prison_service',
      message: 'facilities are run by a prison service organisation',
    });
  }
  if (!isKnownTimeZone(request.timeZone)) errors.push(unknownTimeZone());
  if (errors.length > 0) throw invalidRequest(errors);
  if (await isFacilityCodeTaken(tx, actor.tenantId, request.code)) throw facilityCodeTaken();

  const facility = {
    tenantId: actor.tenantId,
    organisationId: request.organisationId,
    code: request.code,
    name: request.name,
    kind: request.kind,
    timeZone: request.timeZone,
    capacity: request.capacity ?? null,
  };
  const id = await insertFacility(tx, facility).catch((error: unknown) => {
    // Two requests for one new code: the second finds it taken only at the insert.
    throw isUniqueViolation(error) ? facilityCodeTaken() : error;
  });
  access.audit({
    action: 'facility.created',
    outcome: 'allowed',
    subject: { type: 'facility', id },
    personId: null,
    details: {
      organisationId: facility.organisationId,
      code: facility.code,
      name: facility.name,
      kind: facility.kind,
      timeZone: facility.timeZone,
      capacity: facility.capacity,
    },
  });
  const created = await findFacility(tx, id);
  if (!created) throw new Error(`facility ${id} was created but cannot be read back`);
  return presentFacility(created, allowedActions(facilityPolicy, actor, created));
}

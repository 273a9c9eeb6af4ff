import type { DecisionRequest, RegistryOrganisation } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { requireCompleteChecklist } from '../due-diligence/require-checklist.ts';
import { invalidRequest, notCivilSociety } from '../organisations/errors.ts';
import { registryOrganisationPolicy } from '../organisations/policy.ts';
import { standingOf } from '../organisations/presenter.ts';
import { loadRegistryRecord } from '../organisations/registry-record.ts';
import { findOrganisation, findProfile } from '../organisations/repository.ts';
import { decisionFieldErrors } from './decision-fields.ts';
import { profileMissing, transitionNotAllowed } from './errors.ts';
import { isTransition, stepOf } from './lifecycle.ts';
import {
  type DecisionRow,
  facilitiesOfTenant,
  insertDecision,
  latestDecision,
  type NewDecision,
} from './repository.ts';

/**
 * Records an organisation's next accreditation decision, if the lifecycle allows it from where the
 * organisation stands and the actor takes that side (applying, or deciding). Audited as
 * `accreditation.decided` with the statuses before and after. A service provider is accredited
 * only with its due diligence checklist complete (due-diligence/require-checklist.ts). Eligibility
 * reads the latest decision on every question, so a suspension or revocation holds from the moment
 * this commits.
 */
export async function recordDecision(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: DecisionRequest,
): Promise<RegistryOrganisation> {
  // Locked: two decisions about one organisation are taken one after the other, each from the last.
  const organisation = await findOrganisation(tx, id, { lock: true });
  if (!organisation) throw notFound();
  const { actions } = authorize(access, registryOrganisationPolicy, stepOf(request.status), organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();

  const errors = [...decisionFieldErrors(request), ...(await unknownFacilities(tx, request.facilityIds))];
  if (errors.length > 0) throw invalidRequest(errors);
  const current = await latestDecision(tx, id);
  const from = standingOf(current);
  if (!isTransition(from, request.status)) throw transitionNotAllowed(from, request.status);
  if (request.status === 'applied' && !(await findProfile(tx, id))) throw profileMissing();
  if (request.status === 'accredited') await requireCompleteChecklist(tx, organisation);

  await insertDecision(tx, {
    tenantId: organisation.tenantId,
    organisationId: id,
    ...scopeOf(request, current),
    reasons: request.reasons ?? null,
    decidedBy: access.actor.userId,
  });
  access.audit({
    action: 'accreditation.decided',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { from: current?.status ?? null, to: request.status },
  });
  return loadRegistryRecord(tx, organisation, actions);
}

/** What the decision is about: as given, or for a suspension or revocation, what it suspends or revokes. */
function scopeOf(
  request: DecisionRequest,
  current: DecisionRow | undefined,
): Omit<NewDecision, 'tenantId' | 'organisationId' | 'reasons' | 'decidedBy'> {
  if ((request.status === 'suspended' || request.status === 'revoked') && current) {
    return {
      status: request.status,
      validFrom: current.validFrom,
      validUntil: current.validUntil,
      facilityIds: current.facilityIds,
      interventionTypes: current.interventionTypes,
      requiresAgreement: current.requiresAgreement,
      conditions: current.conditions,
    };
  }
  return {
    status: request.status,
    validFrom: request.validFrom ?? null,
    validUntil: request.validUntil ?? null,
    facilityIds: request.facilityIds ?? [],
    interventionTypes: request.interventionTypes ?? [],
    requiresAgreement: request.requiresAgreement ?? true,
    conditions: request.conditions ?? null,
  };
}

/** Field errors for the facilities the tenant does not have (another tenant's included, as unknown). */
async function unknownFacilities(tx: Tx, ids: readonly string[] | undefined): Promise<FieldError[]> {
  if (!ids || ids.length === 0) return [];
  const known = await facilitiesOfTenant(tx, ids);
  return ids.flatMap((facilityId, index) =>
    known.has(facilityId)
      ? []
      : [{ path: `/body/facilityIds/${index}`, code: 'unknown_facility', message: 'no such facility' }],
  );
}

import type { EligibilityAnswer, EligibilityQuery } from '../../../../contracts/registry.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { practitionerPolicy } from '../practitioners/policy.ts';
import { decideEligibility } from './decide.ts';
import { findFacility, findPractitioner, loadEligibilityFacts } from './repository.ts';

/**
 * May this practitioner work at this facility, on this day (today at the facility if none is
 * given), in this capacity? Every reason why not, in words the web app translates. The answer is
 * computed from the registry as it stands in this transaction, so a suspension or revocation
 * committed a moment ago already counts. A look at a practitioner's standing is personal data
 * about them, so it is recorded (`record.read`).
 */
export async function checkEligibility(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
  query: EligibilityQuery,
  now: Date,
): Promise<EligibilityAnswer> {
  // Both reads in one round trip; what the facility read found is used only once the caller is
  // authorized for the practitioner, so the answers stay those of the access core.
  const [practitioner, facility] = await Promise.all([
    findPractitioner(tx, practitionerId),
    findFacility(tx, query.facilityId),
  ]);
  if (!practitioner) throw notFound();
  authorize(access, practitionerPolicy, 'read', {
    tenantId: practitioner.tenantId,
    id: practitioner.id,
    organisationId: practitioner.organisationId,
    userId: practitioner.userId,
    facilityId: query.facilityId,
  });
  if (!facility) throw notFound();
  const facts = await loadEligibilityFacts(tx, practitioner, facility.id, query.accessTier);
  const answer = decideEligibility(facts, {
    facility,
    on: query.on ?? now,
    interventionType: query.interventionType,
    accessTier: query.accessTier,
    now,
  });
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitioner.id },
    personId: null,
    details: { view: 'eligibility' },
  });
  return {
    practitioner: {
      id: practitioner.id,
      displayName: practitioner.displayName,
      organisationId: practitioner.organisationId,
    },
    facility: { id: facility.id, name: facility.name, timeZone: facility.timeZone },
    interventionType: query.interventionType,
    accessTier: query.accessTier,
    ...answer,
  };
}

import type { PractitionerStanding } from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { alreadySuspended, notSuspended } from './errors.ts';
import { clearSuspension, markSuspended } from './repository.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

// Suspension and reinstatement: the administrator, a director or a security officer. Both take
// effect at once: the eligibility answer reads the practitioner as they stand, with nothing cached.
// The reason never enters the trail (it is the prison service's note, not a code).

/** Suspends from now; 409 if already suspended (a second suspension would overwrite the first's reason). */
export async function suspendPractitioner(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
  reason: string,
): Promise<PractitionerStanding> {
  const { actor } = access;
  const { granted } = await authorizedPractitioner(tx, access, practitionerId, 'suspend');
  if (!(await markSuspended(tx, actor.tenantId, practitionerId, reason))) throw alreadySuspended();
  access.audit({
    action: 'practitioner.suspended',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitionerId },
    personId: null,
  });
  return standingOf(tx, actor, practitionerId, granted);
}

/** Lifts the suspension; 409 if there is none, so the trail never records a change that did not happen. */
export async function reinstatePractitioner(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
): Promise<PractitionerStanding> {
  const { actor } = access;
  const { row, granted } = await authorizedPractitioner(tx, access, practitionerId, 'reinstate');
  if (!(await clearSuspension(tx, actor.tenantId, practitionerId))) throw notSuspended();
  access.audit({
    action: 'practitioner.reinstated',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitionerId },
    personId: null,
    details: { suspendedSince: row.suspendedAt?.toISOString() ?? null },
  });
  return standingOf(tx, actor, practitionerId, granted);
}

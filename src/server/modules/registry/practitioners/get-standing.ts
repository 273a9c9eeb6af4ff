import type { PractitionerStanding } from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

/**
 * One practitioner's standing with every record, as the reader may see it. A look at someone's
 * vetting and training is personal data about them, so it is recorded (`record.read`).
 */
export async function getStanding(tx: Tx, access: AccessContext, id: string): Promise<PractitionerStanding> {
  const { granted } = await authorizedPractitioner(tx, access, id, 'read');
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'practitioner', id },
    personId: null,
    details: { view: 'standing' },
  });
  return standingOf(tx, access.actor, id, granted);
}

import type { OrganisationExpiring } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { dayOf } from '../../notifications/reminders/steps.ts';
import { expiringOf } from './expiring.ts';
import { expiryFactsOf } from './expiring-repository.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { findOrganisation } from './repository.ts';

/**
 * What expires soon, or has just expired, for one civil society organisation: for whoever may read
 * its registry record (the same policy, so the same 404 and 403). `now` fixes the server's day, read
 * as the reminders read it (the UTC day). Recorded as `record.read`: it names the organisation's
 * people and when their vetting and training run out.
 */
export async function getExpiring(
  tx: Tx,
  access: AccessContext,
  id: string,
  now: Date = new Date(),
): Promise<OrganisationExpiring> {
  const organisation = await findOrganisation(tx, id);
  if (!organisation) throw notFound();
  authorize(access, registryOrganisationPolicy, 'read', organisation);
  if (organisation.kind !== 'civil_society') throw notFound();
  const answer = expiringOf(await expiryFactsOf(tx, organisation), dayOf(now));
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisation.id },
    personId: null,
    details: { view: 'expiring', count: answer.items.length },
  });
  return answer;
}

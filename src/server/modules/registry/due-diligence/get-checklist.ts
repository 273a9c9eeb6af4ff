import type { DueDiligenceChecklist } from '../../../../contracts/registry-review.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { loadChecklist } from './load-checklist.ts';
import { dueDiligencePolicy } from './policy.ts';

/**
 * One civil society organisation's due diligence checklist. Recorded as `record.read` (view
 * `due_diligence`): it names who checked and, for prison staff, what was found.
 */
export async function getChecklist(
  tx: Tx,
  access: AccessContext,
  id: string,
): Promise<DueDiligenceChecklist> {
  const organisation = await findOrganisation(tx, id);
  if (!organisation) throw notFound();
  const { actions } = authorize(access, dueDiligencePolicy, 'read', organisation);
  // Other kinds of organisation are not in the registry: nothing here, as for an unknown id.
  if (organisation.kind !== 'civil_society') throw notFound();
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'organisation', id: organisation.id },
    personId: null,
    details: { view: 'due_diligence' },
  });
  return loadChecklist(tx, access, organisation, actions);
}

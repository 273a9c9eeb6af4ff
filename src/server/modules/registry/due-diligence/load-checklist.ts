import type { DueDiligenceAction, DueDiligenceChecklist } from '../../../../contracts/registry-review.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { visibleClasses } from '../../access/sensitivity.ts';
import type { RegistryOrganisationRow } from '../organisations/repository.ts';
import { findProfile } from '../organisations/repository.ts';
import { dueDiligenceRequired } from './checklist.ts';
import { dueDiligencePolicy } from './policy.ts';
import { presentChecklist } from './presenter.ts';
import { checksOf } from './repository.ts';
import { checklistSensitivity } from './sensitivity.ts';

/**
 * The checklist of an organisation the caller has just authorized (`allowed`: the policy's actions
 * for them), as it stands in this transaction: what a read answers, and what a write answers after it.
 */
export async function loadChecklist(
  tx: Tx,
  access: AccessContext,
  organisation: RegistryOrganisationRow,
  allowed: readonly DueDiligenceAction[],
): Promise<DueDiligenceChecklist> {
  const [profile, checks] = await Promise.all([
    findProfile(tx, organisation.id),
    checksOf(tx, access.actor.tenantId, organisation.id),
  ]);
  const classes = visibleClasses(dueDiligencePolicy, checklistSensitivity, access.actor, organisation, {
    breakGlass: false,
  });
  return presentChecklist(
    organisation.id,
    dueDiligenceRequired(profile?.mandate ?? null),
    checks,
    classes,
    allowed,
  );
}

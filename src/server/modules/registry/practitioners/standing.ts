import type { PractitionerStanding } from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize, type RecordAccess } from '../../access/authorize.ts';
import { visibleClasses } from '../../access/sensitivity.ts';
import { withinAuthorizedRecord } from '../../access/visible-rows.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { certificates, documentSignatures, vettingChecks } from '../schema.ts';
import { certificatesOf, signaturesOf, vettingChecksOf } from './history-repository.ts';
import { type PractitionerPolicyAction, practitionerPolicy } from './policy.ts';
import { detailsOf, presentStanding, recordOf } from './presenter.ts';
import { findPractitioner, type PractitionerRow } from './repository.ts';
import { practitionerSensitivity } from './sensitivity.ts';

export interface AuthorizedPractitioner {
  row: PractitionerRow;
  granted: RecordAccess<PractitionerPolicyAction>;
}

/**
 * Loads one practitioner and lets the access core decide on `action` at once: 404 for one the
 * actor may not see (or that does not exist, the same answer), 403 for one they may see but not act
 * on, both recorded as refusals.
 */
export async function authorizedPractitioner(
  tx: Tx,
  access: AccessContext,
  id: string,
  action: PractitionerPolicyAction,
): Promise<AuthorizedPractitioner> {
  const row = await findPractitioner(tx, access.actor.tenantId, id);
  if (!row) throw notFound();
  const granted = authorize(access, practitionerPolicy, action, recordOf(row));
  return { row, granted };
}

/**
 * The practitioner's standing as `actor` may see it, read in this transaction (so it includes what
 * the request has just written). `granted` is the authorization the histories are read under.
 */
export async function standingOf(
  tx: Tx,
  actor: Actor,
  id: string,
  granted: RecordAccess<PractitionerPolicyAction>,
): Promise<PractitionerStanding> {
  const row = await findPractitioner(tx, actor.tenantId, id);
  if (!row) throw new Error(`practitioner ${id} vanished inside its own transaction`);
  const [vetting, signatures, certificateRows] = await Promise.all([
    vettingChecksOf(tx, withinAuthorizedRecord(granted, actor, vettingChecks.tenantId), id),
    signaturesOf(tx, withinAuthorizedRecord(granted, actor, documentSignatures.tenantId), id),
    certificatesOf(tx, withinAuthorizedRecord(granted, actor, certificates.tenantId), id),
  ]);
  const classes = visibleClasses(practitionerPolicy, practitionerSensitivity, actor, detailsOf(row), {
    breakGlass: granted.breakGlass,
  });
  return presentStanding(
    row,
    { vetting, signatures, certificates: certificateRows },
    classes,
    granted.actions,
  );
}

import type { DueDiligenceChecklist, RecordCheckRequest } from '../../../../contracts/registry-review.ts';
import { latestRecordableDay } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { invalidRequest, notCivilSociety } from '../organisations/errors.ts';
import { findOrganisation } from '../organisations/repository.ts';
import { inFuture } from '../practitioners/errors.ts';
import { loadChecklist } from './load-checklist.ts';
import { dueDiligencePolicy } from './policy.ts';
import { insertCheck } from './repository.ts';

/**
 * Records one due diligence check (the administrator, a director or a security officer): its kind,
 * result, the evidence looked at and the day it was done, never later than today. The checker is
 * the signed-in user. Audited as `due_diligence.recorded` with the kind, result and day; the
 * evidence never enters the trail (it may name a sanctions-list hit).
 */
export async function recordCheck(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: RecordCheckRequest,
  now: Date,
): Promise<DueDiligenceChecklist> {
  // Locked: checks of one organisation, and the decision that reads them, go one after the other.
  const organisation = await findOrganisation(tx, id, { lock: true });
  if (!organisation) throw notFound();
  const { actions } = authorize(access, dueDiligencePolicy, 'record_check', organisation);
  if (organisation.kind !== 'civil_society') throw notCivilSociety();
  if (request.checkedOn > latestRecordableDay(now)) throw invalidRequest([inFuture('/body/checkedOn')]);

  const checkId = await insertCheck(tx, {
    tenantId: organisation.tenantId,
    organisationId: id,
    kind: request.kind,
    result: request.result,
    evidence: request.evidence,
    checkedOn: request.checkedOn,
    checkedBy: access.actor.userId,
  });
  access.audit({
    action: 'due_diligence.recorded',
    outcome: 'allowed',
    subject: { type: 'organisation', id },
    personId: null,
    details: { checkId, kind: request.kind, result: request.result, checkedOn: request.checkedOn },
  });
  return loadChecklist(tx, access, organisation, actions);
}

import type {
  PractitionerStanding,
  RecordVettingRequest,
} from '../../../../contracts/registry-practitioners.ts';
import { lastDayOf, latestRecordableDay } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { beforeStart, inFuture, invalidRequest } from './errors.ts';
import { insertVettingCheck } from './history-repository.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

/** How long a clearance lasts when the security office gives no expiry: a year, through the day before. */
export const DEFAULT_CLEARANCE_MONTHS = 12;

/**
 * Records a background check: the administrator, a director or a security officer. A clearance
 * always has an expiry (a year from the check unless one is given); no check may be dated in the
 * future or expire before it was done. The findings are kept but never enter the trail:
 * `vetting.recorded` holds the level, the outcome and the dates.
 */
export async function recordVetting(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
  request: RecordVettingRequest,
  now: Date,
): Promise<PractitionerStanding> {
  const { granted } = await authorizedPractitioner(tx, access, practitionerId, 'record_vetting');
  const errors: FieldError[] = [];
  if (request.checkedOn > latestRecordableDay(now)) errors.push(inFuture('/body/checkedOn'));
  if (request.expiresOn !== undefined && request.expiresOn < request.checkedOn) {
    errors.push(beforeStart('/body/expiresOn', 'checkedOn'));
  }
  if (errors.length > 0) throw invalidRequest(errors);

  const expiresOn =
    request.expiresOn ??
    (request.outcome === 'cleared' ? lastDayOf(request.checkedOn, DEFAULT_CLEARANCE_MONTHS) : null);
  const id = await insertVettingCheck(tx, {
    tenantId: access.actor.tenantId,
    practitionerId,
    level: request.level,
    outcome: request.outcome,
    checkedOn: request.checkedOn,
    expiresOn,
    findings: request.findings ?? null,
    recordedBy: access.actor.userId,
  });
  access.audit({
    action: 'vetting.recorded',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitionerId },
    personId: null,
    details: {
      checkId: id,
      level: request.level,
      outcome: request.outcome,
      checkedOn: request.checkedOn,
      expiresOn,
    },
  });
  return standingOf(tx, access.actor, practitionerId, granted);
}

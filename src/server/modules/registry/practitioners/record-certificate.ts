import type {
  PractitionerStanding,
  RecordCertificateRequest,
} from '../../../../contracts/registry-practitioners.ts';
import { lastDayOf, latestRecordableDay } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { beforeStart, inFuture, invalidRequest } from './errors.ts';
import { findCourse, insertCertificate } from './history-repository.ts';
import { authorizedPractitioner, standingOf } from './standing.ts';

/**
 * Records a certificate of a course of the tenant's catalogue: the administrator, a director or a
 * security officer (the prison service attests its own training). Without an expiry it lasts the
 * course's validity from the day it was issued, through the day before; a course without a validity
 * gives certificates that do not expire. Audited as `certificate.recorded`.
 */
export async function recordCertificate(
  tx: Tx,
  access: AccessContext,
  practitionerId: string,
  request: RecordCertificateRequest,
  now: Date,
): Promise<PractitionerStanding> {
  const { actor } = access;
  const { granted } = await authorizedPractitioner(tx, access, practitionerId, 'record_certificate');
  const course = await findCourse(tx, actor.tenantId, request.courseId);
  const errors: FieldError[] = [];
  if (!course) errors.push({ path: '/body/courseId', code: 'unknown_course', message: 'no such course' });
  if (request.issuedOn > latestRecordableDay(now)) errors.push(inFuture('/body/issuedOn'));
  if (request.expiresOn !== undefined && request.expiresOn < request.issuedOn) {
    errors.push(beforeStart('/body/expiresOn', 'issuedOn'));
  }
  if (!course || errors.length > 0) throw invalidRequest(errors);

  const expiresOn =
    request.expiresOn ??
    (course.validityMonths === null ? null : lastDayOf(request.issuedOn, course.validityMonths));
  const id = await insertCertificate(tx, {
    tenantId: actor.tenantId,
    practitionerId,
    courseId: course.id,
    issuedOn: request.issuedOn,
    expiresOn,
    recordedBy: actor.userId,
  });
  access.audit({
    action: 'certificate.recorded',
    outcome: 'allowed',
    subject: { type: 'practitioner', id: practitionerId },
    personId: null,
    details: { certificateId: id, course: course.code, issuedOn: request.issuedOn, expiresOn },
  });
  return standingOf(tx, actor, practitionerId, granted);
}

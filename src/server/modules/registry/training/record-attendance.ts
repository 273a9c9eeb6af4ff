import type {
  AttendanceEntry,
  RecordAttendanceRequest,
  SessionDetail,
} from '../../../../contracts/registry-training.ts';
import { lastDayOf, latestRecordableDay } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { FieldError } from '../../../platform/http/problem.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { attendanceAlreadyRecorded, invalidRequest, isUniqueViolation, sessionNotHeld } from './errors.ts';
import {
  insertAttendance,
  insertSessionCertificate,
  practitionersAmong,
  recordedParticipants,
  staffAmong,
} from './session-repository.ts';
import { authorizedSession, detailOf } from './sessions.ts';

type Participant = { kind: 'practitioner' | 'staff'; id: string; path: string };

const participantOf = (entry: AttendanceEntry, index: number): Participant =>
  'practitionerId' in entry
    ? { kind: 'practitioner', id: entry.practitionerId, path: `/body/entries/${index}/practitionerId` }
    : { kind: 'staff', id: entry.userId, path: `/body/entries/${index}/userId` };

/**
 * Records who came to a session that has been held, and how it went, in one transaction: each
 * completion gives a certificate, issued on the day of the session and lasting the course's
 * validity through the day before (a course without one gives a certificate that does not expire).
 * Everything is checked before anything is written: an unknown participant (or another tenant's)
 * is 400 naming the entry, a participant named twice or already recorded 409, a session still ahead
 * 400. Audited `training.attendance_recorded` for the session and `certificate.recorded` for each
 * certificate.
 */
export async function recordAttendance(
  tx: Tx,
  access: AccessContext,
  sessionId: string,
  request: RecordAttendanceRequest,
  now: Date,
): Promise<SessionDetail> {
  const { actor } = access;
  const { session, granted } = await authorizedSession(tx, access, sessionId, 'record_attendance');
  if (session.heldOn > latestRecordableDay(now)) throw sessionNotHeld();

  const participants = request.entries.map(participantOf);
  const idsOf = (kind: Participant['kind']) =>
    participants.filter((participant) => participant.kind === kind).map((participant) => participant.id);
  const [knownPractitioners, knownStaff, recorded] = await Promise.all([
    practitionersAmong(tx, actor.tenantId, idsOf('practitioner')),
    staffAmong(tx, actor.tenantId, idsOf('staff')),
    recordedParticipants(tx, actor.tenantId, sessionId),
  ]);
  const unknown: FieldError[] = participants
    .filter(({ kind, id }) => !(kind === 'practitioner' ? knownPractitioners : knownStaff).has(id))
    .map(({ kind, path }) => ({
      path,
      code: kind === 'practitioner' ? 'unknown_practitioner' : 'unknown_staff_member',
      message: kind === 'practitioner' ? 'no such practitioner' : 'no such member of the prison staff',
    }));
  if (unknown.length > 0) throw invalidRequest(unknown);
  const seen = new Set<string>();
  const twice: FieldError[] = [];
  for (const { id, path } of participants) {
    if (seen.has(id) || recorded.has(id)) {
      twice.push({
        path,
        code: 'already_recorded',
        message: 'this participant’s attendance is recorded already',
      });
    }
    seen.add(id);
  }
  if (twice.length > 0) throw attendanceAlreadyRecorded(twice);

  const expiresOn =
    session.course.validityMonths === null ? null : lastDayOf(session.heldOn, session.course.validityMonths);
  let completed = 0;
  try {
    for (const [index, entry] of request.entries.entries()) {
      const participant = participants[index] as Participant;
      const holder =
        participant.kind === 'practitioner'
          ? { practitionerId: participant.id, userId: null }
          : { practitionerId: null, userId: participant.id };
      let certificateId: string | null = null;
      if (entry.outcome === 'completed') {
        completed += 1;
        certificateId = await insertSessionCertificate(tx, {
          tenantId: actor.tenantId,
          ...holder,
          sessionId,
          courseId: session.course.id,
          issuedOn: session.heldOn,
          expiresOn,
          recordedBy: actor.userId,
        });
        access.audit({
          action: 'certificate.recorded',
          outcome: 'allowed',
          subject: {
            type: participant.kind === 'practitioner' ? 'practitioner' : 'user',
            id: participant.id,
          },
          personId: null,
          details: {
            certificateId,
            course: session.course.code,
            issuedOn: session.heldOn,
            expiresOn,
            sessionId,
          },
        });
      }
      await insertAttendance(tx, {
        id: uuidv7(),
        tenantId: actor.tenantId,
        sessionId,
        ...holder,
        outcome: entry.outcome,
        certificateId,
        recordedBy: actor.userId,
      });
    }
  } catch (error) {
    // Another request recorded the same participant meanwhile: the whole request rolls back.
    if (isUniqueViolation(error)) throw attendanceAlreadyRecorded([]);
    throw error;
  }
  access.audit({
    action: 'training.attendance_recorded',
    outcome: 'allowed',
    subject: { type: 'training_session', id: sessionId },
    personId: null,
    details: { course: session.course.code, entries: request.entries.length, completed },
  });
  return detailOf(tx, actor, session, granted.actions);
}

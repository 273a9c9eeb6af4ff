import type { SessionAction } from '../../../../contracts/registry-training.ts';
import {
  type CreateSessionRequest,
  SESSION_ACTIONS,
  SESSION_LIST_LIMIT,
  type SessionDetail,
  type SessionList,
  type SessionListQuery,
  type SessionSummary,
} from '../../../../contracts/registry-training.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize, type RecordAccess } from '../../access/authorize.ts';
import { allowedActions } from '../../access/policy.ts';
import { visibleClasses, withoutHiddenFields } from '../../access/sensitivity.ts';
import { AUDIT_LIMITS } from '../../audit/validate-event.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { findCatalogueCourse, findFacility } from './catalogue-repository.ts';
import { invalidRequest, unknownCourse } from './errors.ts';
import { trainingSessionPolicy } from './session-policy.ts';
import {
  attendanceOf,
  findSession,
  insertSession,
  latestSessions,
  type SessionRow,
} from './session-repository.ts';
import { sessionSensitivity } from './session-sensitivity.ts';

// Listing, planning and reading training sessions. The list shows when and where courses are given
// and who teaches them; the notes go to prison staff only (session-sensitivity.ts). A session's
// attendance names people, so reading one is audited with whose attendance was shown.

const recordOf = (row: SessionRow) => ({ tenantId: row.tenantId, id: row.id, facilityId: row.facilityId });

/** The session's notes if `actor` may see them (prison staff), absent otherwise (civil society). */
function notesFor(actor: Actor, row: SessionRow): { notes?: string | null } {
  const fields = { ...recordOf(row), notes: row.notes };
  const classes = visibleClasses(trainingSessionPolicy, sessionSensitivity, actor, fields, {
    breakGlass: false,
  });
  const shown = withoutHiddenFields(sessionSensitivity, fields, classes);
  return shown.notes !== undefined ? { notes: shown.notes } : {};
}

function summaryOf(row: SessionRow, actor: Actor, actions: SessionAction[]): SessionSummary {
  return {
    id: row.id,
    course: { id: row.course.id, code: row.course.code, name: row.course.name },
    heldOn: row.heldOn,
    place: row.place,
    trainerName: row.trainerName,
    facility: row.facilityId === null ? null : { id: row.facilityId, name: row.facilityName ?? '' },
    ...notesFor(actor, row),
    createdAt: row.createdAt.toISOString(),
    actions,
  };
}

export async function listSessions(
  tx: Tx,
  access: AccessContext,
  query: SessionListQuery,
): Promise<SessionList> {
  const { actor } = access;
  const granted = authorize(access, trainingSessionPolicy, 'read', {
    tenantId: actor.tenantId,
    id: null,
    facilityId: null,
  });
  const rows = await latestSessions(tx, actor.tenantId, {
    courseId: query.courseId,
    limit: query.limit ?? SESSION_LIST_LIMIT.default,
  });
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'training_session', id: null },
    personId: null,
    details: { view: 'training_sessions', count: rows.length },
  });
  return {
    items: rows.map((row) =>
      summaryOf(row, actor, allowedActions(trainingSessionPolicy, actor, recordOf(row))),
    ),
    actions: SESSION_ACTIONS.filter(
      (action) => (action === 'read' || action === 'create') && granted.actions.includes(action),
    ),
  };
}

/** Plans (or records) a session: held at the facility given, or outside any prison. */
export async function createSession(
  tx: Tx,
  access: AccessContext,
  request: CreateSessionRequest,
): Promise<SessionDetail> {
  const { actor } = access;
  const [course, facility] = await Promise.all([
    findCatalogueCourse(tx, actor.tenantId, request.courseId),
    request.facilityId === undefined ? null : findFacility(tx, actor.tenantId, request.facilityId),
  ]);
  const errors = [];
  if (!course) errors.push(unknownCourse('/body/courseId'));
  if (facility === undefined) {
    errors.push({ path: '/body/facilityId', code: 'unknown_facility', message: 'no such facility' });
  }
  if (errors.length > 0) throw invalidRequest(errors);
  const facilityId = facility?.id ?? null;
  authorize(access, trainingSessionPolicy, 'create', { tenantId: actor.tenantId, id: null, facilityId });

  const id = await insertSession(tx, {
    tenantId: actor.tenantId,
    courseId: request.courseId,
    facilityId,
    place: request.place,
    heldOn: request.heldOn,
    trainerName: request.trainerName,
    notes: request.notes ?? null,
    createdBy: actor.userId,
  });
  access.audit({
    action: 'training.session_created',
    outcome: 'allowed',
    subject: { type: 'training_session', id },
    personId: null,
    details: { course: course?.code ?? '', heldOn: request.heldOn, facilityId },
  });
  const row = await findSession(tx, actor.tenantId, id);
  if (!row) throw new Error(`session ${id} vanished inside its own transaction`);
  return detailOf(tx, actor, row, allowedActions(trainingSessionPolicy, actor, recordOf(row)));
}

/**
 * One session with the attendance the reader may see; audited (attendance is about people) with
 * the ids, never the names, of the practitioners and staff whose attendance was shown.
 */
export async function getSession(tx: Tx, access: AccessContext, id: string): Promise<SessionDetail> {
  const { session, granted } = await authorizedSession(tx, access, id, 'read');
  const detail = await detailOf(tx, access.actor, session, granted.actions);
  const shown = (kind: 'practitioner' | 'staff') =>
    detail.attendance.flatMap(({ participant }) => (participant.kind === kind ? [participant.id] : []));
  const practitioners = idLists(shown('practitioner'));
  const staff = idLists(shown('staff'));
  // An entry's detail holds at most 500 characters (13 ids): a larger attendance continues in
  // further entries of the same read, numbered.
  const parts = Math.max(1, practitioners.length, staff.length);
  for (let part = 0; part < parts; part++) {
    access.audit({
      action: 'record.read',
      outcome: 'allowed',
      subject: { type: 'training_session', id },
      personId: null,
      details: {
        view: 'attendance',
        count: detail.attendance.length,
        practitionerIds: practitioners[part] ?? '',
        staffIds: staff[part] ?? '',
        ...(parts > 1 ? { part: part + 1, parts } : {}),
      },
    });
  }
  return detail;
}

/** Ids joined by commas, in as few strings as an audit detail can hold each (none: no string). */
export function idLists(ids: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const id of ids) {
    const longer = current === '' ? id : `${current},${id}`;
    if (longer.length <= AUDIT_LIMITS.detailString) current = longer;
    else {
      lists.push(current);
      current = id;
    }
  }
  if (current !== '') lists.push(current);
  return lists;
}

/** Loads a session and lets the access core decide on `action`: 404 out of sight, 403 not allowed. */
export async function authorizedSession(
  tx: Tx,
  access: AccessContext,
  id: string,
  action: SessionAction,
): Promise<{ session: SessionRow; granted: RecordAccess<SessionAction> }> {
  const session = await findSession(tx, access.actor.tenantId, id);
  if (!session) throw notFound();
  return { session, granted: authorize(access, trainingSessionPolicy, action, recordOf(session)) };
}

/**
 * The session as `actor` may see it: all attendance with `read_all_attendance`; otherwise only
 * the practitioners of the organisations the actor coordinates.
 */
export async function detailOf(
  tx: Tx,
  actor: Actor,
  row: SessionRow,
  actions: SessionAction[],
): Promise<SessionDetail> {
  const ownOrganisations = actor.roles.flatMap((held) =>
    held.scope === 'organisation' ? [held.organisationId] : [],
  );
  const organisationIds = actions.includes('read_all_attendance') ? null : ownOrganisations;
  const rows =
    organisationIds !== null && organisationIds.length === 0
      ? []
      : await attendanceOf(tx, actor.tenantId, row.id, organisationIds);
  return {
    ...summaryOf(row, actor, actions),
    attendance: rows.map((entry) => ({
      participant:
        entry.practitionerId !== null
          ? {
              kind: 'practitioner' as const,
              id: entry.practitionerId,
              displayName: entry.practitionerName ?? '',
              organisation: { id: entry.organisationId ?? '', name: entry.organisationName ?? '' },
            }
          : { kind: 'staff' as const, id: entry.userId ?? '', displayName: entry.userName ?? '' },
      outcome: entry.outcome,
      certificate:
        entry.certificateId === null || entry.issuedOn === null
          ? null
          : { id: entry.certificateId, issuedOn: entry.issuedOn, expiresOn: entry.expiresOn },
      recordedAt: entry.recordedAt.toISOString(),
    })),
  };
}

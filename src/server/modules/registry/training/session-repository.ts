import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { organisations, users } from '../../identity/schema.ts';
import { practitioners } from '../schema.ts';
import {
  catalogueCourses as courses,
  trainingAttendance,
  trainingCertificates,
  trainingSessions,
} from './schema.ts';

// Sessions and their attendance. Every function runs in the request's tenant transaction and is
// given the tenant (row-level security is the second wall); the caller authorizes what it finds.

const sessionColumns = {
  id: trainingSessions.id,
  tenantId: trainingSessions.tenantId,
  course: { id: courses.id, code: courses.code, name: courses.name, validityMonths: courses.validityMonths },
  facilityId: trainingSessions.facilityId,
  facilityName: facilities.name,
  heldOn: trainingSessions.heldOn,
  place: trainingSessions.place,
  trainerName: trainingSessions.trainerName,
  notes: trainingSessions.notes,
  createdAt: trainingSessions.createdAt,
};

export type SessionRow = Awaited<ReturnType<typeof findSession>> & {};

function sessionsWhere(tx: Tx, where: SQL | undefined) {
  return tx
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(courses, eq(courses.id, trainingSessions.courseId))
    .leftJoin(facilities, eq(facilities.id, trainingSessions.facilityId))
    .where(where);
}

export async function findSession(tx: Tx, tenantId: string, id: string) {
  const [row] = await sessionsWhere(
    tx,
    and(eq(trainingSessions.tenantId, tenantId), eq(trainingSessions.id, id)),
  );
  return row;
}

/** The tenant's sessions, newest first (by the day held, then when planned). */
export function latestSessions(
  tx: Tx,
  tenantId: string,
  filters: { courseId?: string | undefined; limit: number },
) {
  const conditions = [eq(trainingSessions.tenantId, tenantId)];
  if (filters.courseId !== undefined) conditions.push(eq(trainingSessions.courseId, filters.courseId));
  return sessionsWhere(tx, and(...conditions))
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.createdAt), desc(trainingSessions.id))
    .limit(filters.limit);
}

export async function insertSession(
  tx: Tx,
  values: {
    tenantId: string;
    courseId: string;
    facilityId: string | null;
    place: string;
    heldOn: string;
    trainerName: string;
    notes: string | null;
    createdBy: string;
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(trainingSessions).values({ id, ...values });
  return id;
}

const staffUsers = alias(users, 'staff_users');

/**
 * A session's attendance in the order recorded, with each participant's name and the certificate
 * a completion gave. `organisationIds`: only practitioners of these organisations (a coordinator's
 * view; no staff); null: everyone.
 */
export function attendanceOf(tx: Tx, tenantId: string, sessionId: string, organisationIds: string[] | null) {
  const conditions = [eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.sessionId, sessionId)];
  if (organisationIds !== null) conditions.push(inArray(practitioners.organisationId, organisationIds));
  return tx
    .select({
      practitionerId: trainingAttendance.practitionerId,
      practitionerName: practitioners.displayName,
      organisationId: organisations.id,
      organisationName: organisations.name,
      userId: trainingAttendance.userId,
      userName: staffUsers.displayName,
      outcome: trainingAttendance.outcome,
      certificateId: trainingCertificates.id,
      issuedOn: trainingCertificates.issuedOn,
      expiresOn: trainingCertificates.expiresOn,
      recordedAt: trainingAttendance.recordedAt,
    })
    .from(trainingAttendance)
    .leftJoin(practitioners, eq(practitioners.id, trainingAttendance.practitionerId))
    .leftJoin(organisations, eq(organisations.id, practitioners.organisationId))
    .leftJoin(staffUsers, eq(staffUsers.id, trainingAttendance.userId))
    .leftJoin(trainingCertificates, eq(trainingCertificates.id, trainingAttendance.certificateId))
    .where(and(...conditions))
    .orderBy(asc(trainingAttendance.recordedAt), asc(trainingAttendance.id));
}

/** Who of `ids` is a practitioner of the tenant. */
export async function practitionersAmong(tx: Tx, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: practitioners.id })
    .from(practitioners)
    .where(and(eq(practitioners.tenantId, tenantId), inArray(practitioners.id, ids)));
  return new Set(rows.map((row) => row.id));
}

/** Who of `ids` is a user of the tenant's prison service (staff, not civil society). */
export async function staffAmong(tx: Tx, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(eq(users.tenantId, tenantId), inArray(users.id, ids), eq(organisations.kind, 'prison_service')),
    );
  return new Set(rows.map((row) => row.id));
}

/** The participants whose attendance at the session is recorded already. */
export async function recordedParticipants(
  tx: Tx,
  tenantId: string,
  sessionId: string,
): Promise<Set<string>> {
  const rows = await tx
    .select({ practitionerId: trainingAttendance.practitionerId, userId: trainingAttendance.userId })
    .from(trainingAttendance)
    .where(and(eq(trainingAttendance.tenantId, tenantId), eq(trainingAttendance.sessionId, sessionId)));
  return new Set(rows.flatMap((row) => [row.practitionerId, row.userId].filter((id) => id !== null)));
}

export async function insertAttendance(
  tx: Tx,
  values: typeof trainingAttendance.$inferInsert,
): Promise<void> {
  await tx.insert(trainingAttendance).values(values);
}

export async function insertSessionCertificate(
  tx: Tx,
  values: Omit<typeof trainingCertificates.$inferInsert, 'id'>,
): Promise<string> {
  const id = uuidv7();
  await tx.insert(trainingCertificates).values({ id, ...values });
  return id;
}

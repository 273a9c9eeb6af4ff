import { and, count, desc, eq, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { organisations } from '../identity/schema.ts';
import { courses, practitioners } from '../registry/schema.ts';
import { notificationAddresses, notifications } from './schema.ts';

// Notifications with what their words need (the subject's name, the course), in the caller's tenant
// transaction. The names are looked up when shown, not copied into the notification, so a renamed
// organisation or practitioner reads as it is now.

const columns = {
  id: notifications.id,
  recipientUserId: notifications.recipientUserId,
  kind: notifications.kind,
  subjectType: notifications.subjectType,
  subjectId: notifications.subjectId,
  dueOn: notifications.dueOn,
  daysBefore: notifications.daysBefore,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  subjectName: sql<string>`coalesce(${organisations.name}, ${practitioners.displayName}, '')`,
  courseId: notifications.courseId,
  courseCode: courses.code,
  courseName: courses.name,
};

export type NotificationRow = Awaited<ReturnType<typeof selectWithWords>>[number];

function selectWithWords(tx: Tx, where: SQL | undefined) {
  return tx
    .select(columns)
    .from(notifications)
    .leftJoin(
      organisations,
      and(
        eq(notifications.subjectType, 'organisation'),
        eq(organisations.tenantId, notifications.tenantId),
        eq(organisations.id, notifications.subjectId),
      ),
    )
    .leftJoin(
      practitioners,
      and(
        eq(notifications.subjectType, 'practitioner'),
        eq(practitioners.tenantId, notifications.tenantId),
        eq(practitioners.id, notifications.subjectId),
      ),
    )
    .leftJoin(
      courses,
      and(eq(courses.tenantId, notifications.tenantId), eq(courses.id, notifications.courseId)),
    )
    .where(where);
}

/** A page of one user's notifications, newest first (by id: UUIDv7), older than `beforeId` if given. */
export function pageOfOwn(
  tx: Tx,
  userId: string,
  page: { unreadOnly: boolean; beforeId: string | undefined; limit: number },
): Promise<NotificationRow[]> {
  return selectWithWords(
    tx,
    and(
      eq(notifications.recipientUserId, userId),
      page.unreadOnly ? isNull(notifications.readAt) : undefined,
      page.beforeId === undefined ? undefined : lt(notifications.id, page.beforeId),
    ),
  )
    .orderBy(desc(notifications.id))
    .limit(page.limit);
}

export async function unreadCountOf(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientUserId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/** One of the user's own notifications; another user's is not found. */
export async function findOwn(tx: Tx, userId: string, id: string): Promise<NotificationRow | undefined> {
  const [row] = await selectWithWords(
    tx,
    and(eq(notifications.id, id), eq(notifications.recipientUserId, userId)),
  );
  return row;
}

/** Marks one of the user's own notifications read, unless it already is; false when it is not theirs. */
export async function markOwnRead(tx: Tx, userId: string, id: string, at: Date): Promise<boolean> {
  const mine = and(eq(notifications.id, id), eq(notifications.recipientUserId, userId));
  await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(mine, isNull(notifications.readAt)));
  const [row] = await tx.select({ id: notifications.id }).from(notifications).where(mine);
  return row !== undefined;
}

/** These notifications with their words, oldest first. */
export function withWords(tx: Tx, ids: readonly string[]): Promise<NotificationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return selectWithWords(tx, inArray(notifications.id, [...ids])).orderBy(notifications.id);
}

/** The e-mail addresses of these users that have one. */
export async function addressesOf(tx: Tx, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: notificationAddresses.userId, address: notificationAddresses.address })
    .from(notificationAddresses)
    .where(inArray(notificationAddresses.userId, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.userId, row.address]));
}

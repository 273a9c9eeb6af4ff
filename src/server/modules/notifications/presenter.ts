import type { Notification } from '../../../contracts/notifications.ts';
import { englishMessage } from './message.ts';
import type { NotificationRow } from './repository.ts';

/** A notification row as the API gives it: structured fields and the English sentence. */
export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    subject: { type: row.subjectType, id: row.subjectId, name: row.subjectName },
    course:
      row.courseId !== null && row.courseCode !== null && row.courseName !== null
        ? { id: row.courseId, code: row.courseCode, name: row.courseName }
        : null,
    dueOn: row.dueOn,
    daysBefore: row.daysBefore,
    message: englishMessage(row),
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

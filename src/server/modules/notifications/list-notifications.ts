import {
  NOTIFICATION_LIST_LIMIT,
  type NotificationList,
  type NotificationListQuery,
} from '../../../contracts/notifications.ts';
import type { Tx } from '../../platform/db/database.ts';
import { presentNotification } from './presenter.ts';
import { pageOfOwn, unreadCountOf } from './repository.ts';

/**
 * One page of the user's own notifications, newest first; `unread: true` keeps the unread ones.
 * The cursor is the last id of the previous page (UUIDv7, so older ids are earlier notifications).
 */
export async function listNotifications(
  tx: Tx,
  userId: string,
  query: NotificationListQuery,
): Promise<NotificationList> {
  const limit = query.limit ?? NOTIFICATION_LIST_LIMIT.default;
  const [rows, unreadCount] = await Promise.all([
    pageOfOwn(tx, userId, { unreadOnly: query.unread === true, beforeId: query.cursor, limit: limit + 1 }),
    unreadCountOf(tx, userId),
  ]);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(presentNotification),
    nextCursor: rows.length > limit && last ? last.id : null,
    unreadCount,
  };
}

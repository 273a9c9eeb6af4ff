import type { Notification } from '../../../contracts/notifications.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/problem.ts';
import { presentNotification } from './presenter.ts';
import { findOwn, markOwnRead } from './repository.ts';

/**
 * Marks one of the user's own notifications read (again: it keeps the first time) and answers it.
 * Anyone else's, in this tenant or another, is 404, as if it did not exist.
 */
export async function markNotificationRead(tx: Tx, userId: string, id: string): Promise<Notification> {
  if (!(await markOwnRead(tx, userId, id, new Date()))) throw notFound();
  const row = await findOwn(tx, userId, id);
  if (!row) throw notFound();
  return presentNotification(row);
}

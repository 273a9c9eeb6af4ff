import { addDays } from '../../../platform/calendar-days.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { notifications } from '../schema.ts';
import { findExpiring } from './expiring.ts';
import { dayOf, FIRST_STEP, reminderStep } from './steps.ts';

// Rows per INSERT: well under PostgreSQL's 65,535 parameters at 11 columns a row.
const CHUNK = 500;

/**
 * Writes the reminders due today in the transaction's tenant, each once: a reminder already made
 * (by an earlier round, or by another process's round running now) is left as it is, through the
 * unique key `notifications_once` and `on conflict do nothing`. Returns how many are new.
 */
export async function createReminders(tx: Tx, tenantId: string, now: Date): Promise<number> {
  const today = dayOf(now);
  const expiring = await findExpiring(tx, today, addDays(today, FIRST_STEP));
  const rows = expiring.flatMap((item) => {
    const daysBefore = reminderStep(item.dueOn, today);
    if (daysBefore === null) return [];
    return [{ id: uuidv7(), tenantId, ...item, daysBefore, emailNextAttemptAt: now }];
  });
  let created = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const inserted = await tx
      .insert(notifications)
      .values(rows.slice(start, start + CHUNK))
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    created += inserted.length;
  }
  return created;
}

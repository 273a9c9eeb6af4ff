import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { notifications } from '../schema.ts';

// The e-mail channel's state changes, each in the caller's tenant transaction. Times are the
// round's clock, so that tests can move it.

const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** Without an SMTP server, every pending e-mail stays in the app only. Returns how many. */
export async function markNotConfigured(tx: Tx): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ emailStatus: 'not_configured' })
    .where(eq(notifications.emailStatus, 'pending'))
    .returning({ id: notifications.id });
  return rows.length;
}

/** E-mails due now whose recipient has no address: in the app only. Returns how many. */
export async function markNoAddress(tx: Tx, now: Date): Promise<number> {
  const rows = await queryRows(
    tx,
    sql`update notifications n set email_status = 'no_address'
         where n.email_status = 'pending' and n.email_next_attempt_at <= ${at(now)}
           and not exists (select from notification_addresses a
                            where a.tenant_id = n.tenant_id and a.user_id = n.recipient_user_id)
        returning n.id`,
  );
  return rows.length;
}

/**
 * Claims up to `limit` e-mails due now for this process: the rows are locked with `for update skip
 * locked`, so a process claiming at the same moment takes other rows, not these, and their next
 * attempt is moved to `claimUntil`, so that once this transaction commits nobody else finds them
 * due until then. The attempt is counted now, so an e-mail whose sending crashes the process
 * still runs out of attempts. Returns the claimed ids with their attempt number.
 */
export function claimDueEmails(
  tx: Tx,
  now: Date,
  claimUntil: Date,
  limit: number,
): Promise<{ id: string; attempts: number }[]> {
  return queryRows(
    tx,
    sql`with due as (
          select id from notifications
           where email_status = 'pending' and email_next_attempt_at <= ${at(now)}
           order by email_next_attempt_at, id
           limit ${limit}
             for update skip locked
        )
        update notifications n
           set email_attempts = n.email_attempts + 1, email_next_attempt_at = ${at(claimUntil)}
          from due
         where n.id = due.id
        returning n.id, n.email_attempts as attempts`,
  );
}

const stillPending = (id: string) => and(eq(notifications.id, id), eq(notifications.emailStatus, 'pending'));

export async function markSent(tx: Tx, id: string, now: Date): Promise<void> {
  await tx
    .update(notifications)
    .set({ emailStatus: 'sent', emailSentAt: now, emailLastError: null })
    .where(stillPending(id));
}

/** A failed attempt: try again at `retryAt`, or, when null, give up. */
export async function markFailedAttempt(
  tx: Tx,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await tx
    .update(notifications)
    .set(
      retryAt === null
        ? { emailStatus: 'failed', emailLastError: error }
        : { emailLastError: error, emailNextAttemptAt: retryAt },
    )
    .where(stillPending(id));
}

/** Gives back a claimed e-mail that was not tried (the round is stopping): due again at once. */
export async function releaseClaim(tx: Tx, id: string, now: Date): Promise<void> {
  await tx
    .update(notifications)
    .set({ emailAttempts: sql`greatest(${notifications.emailAttempts} - 1, 0)`, emailNextAttemptAt: now })
    .where(stillPending(id));
}

/** Gives back a claimed e-mail whose recipient no longer has an address: in the app only. */
export async function markClaimedNoAddress(tx: Tx, id: string): Promise<void> {
  await tx.update(notifications).set({ emailStatus: 'no_address' }).where(stillPending(id));
}

import type { Database, Tx } from '../../../platform/db/database.ts';
import { reminderEmail } from '../message.ts';
import { addressesOf, withWords } from '../repository.ts';
import {
  claimDueEmails,
  markClaimedNoAddress,
  markFailedAttempt,
  markNoAddress,
  markNotConfigured,
  markSent,
  releaseClaim,
} from './email-outbox.ts';
import { failureSummary, isPermanentFailure, type Mailer } from './mailer.ts';

export interface DeliveryReport {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for good: refused by the server, or out of attempts. */
  failed: number;
  notConfigured: number;
  noAddress: number;
}

export const emptyDelivery = (): DeliveryReport => ({
  sent: 0,
  retrying: 0,
  failed: 0,
  notConfigured: 0,
  noAddress: 0,
});

export const DELIVERY = {
  /** E-mails claimed at a time. */
  batch: 10,
  /**
   * How long a claim holds: longer than a batch can take to send (mailer.ts bounds one message to
   * about a minute), so that no other process finds a claimed e-mail due while it is being sent.
   */
  claimMinutes: 30,
  /** Attempts before giving up. */
  maxAttempts: 5,
  /** E-mails a round sends per tenant at most; the next round carries on. */
  perRound: 500,
} as const;

const MINUTE_MS = 60_000;

/** Minutes to wait after the `attempts`-th failed attempt: 10, 20, 40, 80…, at most a day. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(10 * 2 ** Math.max(attempts - 1, 0), 24 * 60);
}

/**
 * Sends the tenant's e-mails that are due, each by the one process that claimed it (claimDueEmails),
 * and records each outcome as soon as it is known, in a transaction of its own: a failure after
 * some were sent does not send those again. Without a mailer, they are marked `not_configured`.
 * `signal` stops it between two e-mails; the claimed ones not yet tried are given back.
 */
export async function deliverEmails(
  db: Database,
  tenantId: string,
  now: Date,
  mailer: Mailer | null,
  signal?: AbortSignal,
): Promise<DeliveryReport> {
  const report = emptyDelivery();
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => db.withTenant(tenantId, work);
  if (mailer === null) {
    report.notConfigured = await inTenant(markNotConfigured);
    return report;
  }
  report.noAddress = await inTenant((tx) => markNoAddress(tx, now));
  const claimUntil = new Date(now.getTime() + DELIVERY.claimMinutes * MINUTE_MS);
  let handled = 0;
  while (handled < DELIVERY.perRound && !signal?.aborted) {
    const claimed = await inTenant((tx) => claimBatch(tx, now, claimUntil));
    if (claimed.length === 0) break;
    handled += claimed.length;
    for (const email of claimed) {
      if (signal?.aborted) {
        await inTenant((tx) => releaseClaim(tx, email.id, now));
        continue;
      }
      if (email.address === undefined) {
        await inTenant((tx) => markClaimedNoAddress(tx, email.id));
        report.noAddress += 1;
        continue;
      }
      const { address } = email;
      const outcome = await attempt(() => mailer.send({ to: address, ...reminderEmail(email) }));
      if (outcome.sent) {
        await inTenant((tx) => markSent(tx, email.id, now));
        report.sent += 1;
        continue;
      }
      const giveUp = isPermanentFailure(outcome.error) || email.attempts >= DELIVERY.maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + retryDelayMinutes(email.attempts) * MINUTE_MS);
      await inTenant((tx) => markFailedAttempt(tx, email.id, failureSummary(outcome.error), retryAt));
      if (giveUp) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}

/** Claims a batch and reads what each e-mail needs: its words, its attempt number, its address. */
async function claimBatch(tx: Tx, now: Date, claimUntil: Date) {
  const rows = await claimDueEmails(tx, now, claimUntil, DELIVERY.batch);
  const words = await withWords(
    tx,
    rows.map((row) => row.id),
  );
  const addresses = await addressesOf(
    tx,
    words.map((row) => row.recipientUserId),
  );
  const attempts = new Map(rows.map((row) => [row.id, row.attempts]));
  return words.map((row) => ({
    ...row,
    attempts: attempts.get(row.id) ?? DELIVERY.maxAttempts,
    address: addresses.get(row.recipientUserId),
  }));
}

/** Whether sending went through; whatever the mailer throws (or throws synchronously) is a failure. */
async function attempt(send: () => Promise<void>): Promise<{ sent: true } | { sent: false; error: unknown }> {
  try {
    await send();
    return { sent: true };
  } catch (error) {
    return { sent: false, error };
  }
}

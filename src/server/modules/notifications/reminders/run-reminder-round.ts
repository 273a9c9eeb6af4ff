import { asc } from 'drizzle-orm';
import type { Database } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { createReminders } from './create-reminders.ts';
import { type DeliveryReport, deliverEmails, emptyDelivery } from './deliver-emails.ts';
import type { Mailer } from './mailer.ts';

export interface RoundFailure {
  tenantId: string;
  stage: 'create' | 'deliver';
  error: unknown;
}

export interface RoundReport {
  tenants: number;
  /** Reminders made by this round (those another round made first are not counted). */
  created: number;
  email: DeliveryReport;
  /** Tenants where a stage failed; the others went ahead. The caller logs them. */
  failures: RoundFailure[];
}

/**
 * One round of the reminder job, for every tenant, each in transactions of its own tenant: makes
 * the reminders due on `now`'s day (create-reminders.ts), then sends the e-mails due at `now`
 * (deliver-emails.ts), or marks them `not_configured` without a mailer. Safe to run in several
 * processes at once: a reminder is made once (the unique key) and an e-mail sent once (claims with
 * SKIP LOCKED). A tenant's failure does not stop the others; it is reported. `signal` stops the
 * round early (between tenants, or between two e-mails).
 */
export async function runReminderRound(
  db: Database,
  now: Date,
  mailer: Mailer | null,
  options: { signal?: AbortSignal } = {},
): Promise<RoundReport> {
  const { signal } = options;
  // The registry of tenants is readable without a tenant; nothing tenant-owned is.
  const all = await db.withoutTenant((tx) =>
    tx.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id)),
  );
  const report: RoundReport = { tenants: all.length, created: 0, email: emptyDelivery(), failures: [] };
  for (const { id: tenantId } of all) {
    if (signal?.aborted) break;
    try {
      report.created += await db.withTenant(tenantId, (tx) => createReminders(tx, tenantId, now));
    } catch (error) {
      report.failures.push({ tenantId, stage: 'create', error });
    }
    try {
      const delivered = await deliverEmails(db, tenantId, now, mailer, signal);
      for (const key of Object.keys(delivered) as (keyof DeliveryReport)[]) {
        report.email[key] += delivered[key];
      }
    } catch (error) {
      report.failures.push({ tenantId, stage: 'deliver', error });
    }
  }
  return report;
}

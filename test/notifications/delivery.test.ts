import { describe, expect, it } from 'vitest';
import { DELIVERY } from '../../src/server/modules/notifications/reminders/deliver-emails.ts';
import type { Mailer } from '../../src/server/modules/notifications/reminders/mailer.ts';
import { runReminderRound } from '../../src/server/modules/notifications/reminders/run-reminder-round.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  addPractitioner,
  decide,
  FINDINGS,
  fakeMailer,
  giveAddress,
  inDays,
  later,
  makeReminderWorld,
  NOW,
  notificationsOf,
  smtpError,
  vet,
} from './reminder-world.ts';

// The e-mail channel: each reminder e-mailed once to a recipient with an address, marked sent;
// in-app only without SMTP or without an address; failures retried with backoff, then given up,
// their error kept without the address. Rounds run over every tenant of the file's database; each
// test reads its own tenant's rows and its own recipients' e-mails (addresses are unique).

describe(`reminder e-mails on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  const round = async (mailer: Mailer | null, now = NOW) => {
    const report = await runReminderRound(database().db, now, mailer);
    expect(report.failures).toEqual([]);
    return report;
  };

  /** A tenant whose organisation's accreditation ends in 30 days; the coordinator and director have addresses. */
  async function accreditationEnding() {
    const world = await makeReminderWorld(database());
    await decide(
      database(),
      world.tenant.id,
      world.organisation,
      { status: 'accredited', validUntil: inDays(30) },
      '2026-01-01T10:00:00Z',
    );
    const coordinator = await giveAddress(database(), world.members.coordinator);
    const director = await giveAddress(database(), world.members.director);
    return { world, addresses: { coordinator, director } };
  }

  it('e-mails each reminder once, to its recipient, and marks it sent', async () => {
    const { world, addresses } = await accreditationEnding();
    const mailer = fakeMailer();
    await round(mailer);
    await round(mailer);
    await round(mailer, later(0, 90));

    const mine = mailer.sent.filter((email) => Object.values(addresses).includes(email.to));
    expect(mine.map((email) => email.to).sort()).toEqual(Object.values(addresses).sort());
    for (const email of mine) {
      expect(email.subject).toBe(
        `Reminder: The accreditation of ${world.organisationName} ends on 31 March 2027`,
      );
      expect(email.text).toContain(`The accreditation of ${world.organisationName} ends on 31 March 2027.`);
      expect(email.text).toContain('30-day reminder');
    }
    const rows = await notificationsOf(database(), world.tenant.id);
    const byRecipient = new Map(rows.map((row) => [row.recipient, row]));
    for (const member of [world.members.coordinator, world.members.director]) {
      expect(byRecipient.get(member.id)).toMatchObject({
        email_status: 'sent',
        email_attempts: 1,
        email_last_error: null,
        email_sent_at: '2027-03-01T09:00:00Z',
      });
    }
    // The security officer has no address: in the app only.
    expect(byRecipient.get(world.members.security.id)).toMatchObject({
      email_status: 'no_address',
      email_sent_at: null,
    });
  });

  it('keeps reminders in the app only when no SMTP server is configured', async () => {
    const { world, addresses } = await accreditationEnding();
    const report = await round(null);
    expect(report.email.sent).toBe(0);
    const rows = await notificationsOf(database(), world.tenant.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatchObject({ email_status: 'not_configured', email_attempts: 0 });
    // Configured later: what was made before stays in the app.
    const mailer = fakeMailer();
    await round(mailer, later(0, 5));
    expect(mailer.sent.filter((email) => Object.values(addresses).includes(email.to))).toEqual([]);
  });

  it('says nothing sensitive: no vetting finding, only the name, the date and what to do', async () => {
    const world = await makeReminderWorld(database());
    const practitioner = await addPractitioner(database(), world);
    await vet(database(), world.tenant.id, practitioner.id, 'cleared', '2026-03-10', inDays(7));
    const address = await giveAddress(database(), world.members.coordinator);
    const mailer = fakeMailer();
    await round(mailer);
    const [email, ...others] = mailer.sent.filter((sent) => sent.to === address);
    expect(others).toEqual([]);
    expect(email?.subject).toBe(
      `Reminder: The vetting clearance of ${practitioner.displayName} ends on 8 March 2027`,
    );
    expect(email?.text).not.toContain(FINDINGS);
    expect(email?.text).not.toContain('caution');
  });

  it('retries a failed e-mail with growing delays, keeping no address in the error, then gives up', async () => {
    const { world, addresses } = await accreditationEnding();
    const failing = fakeMailer((email) =>
      email.to === addresses.coordinator ? smtpError(email.to, { code: 'ECONNECTION' }) : null,
    );
    const coordinatorRow = async () =>
      (await notificationsOf(database(), world.tenant.id)).find(
        (row) => row.recipient === world.members.coordinator.id,
      );
    const triesSoFar = () => failing.attempts.filter((email) => email.to === addresses.coordinator).length;

    await round(failing);
    expect(await coordinatorRow()).toMatchObject({
      email_status: 'pending',
      email_attempts: 1,
      email_last_error: 'ECONNECTION',
      email_next_attempt_at: '2027-03-01T09:10:00Z',
    });
    // Not before it is due again.
    await round(failing, later(0, 9));
    expect(triesSoFar()).toBe(1);
    // 10, 20, 40, 80 minutes after each failure; the fifth failure is the last.
    let clock = 0;
    for (const [attempt, wait] of [
      [2, 10],
      [3, 20],
      [4, 40],
    ] as const) {
      clock += wait;
      await round(failing, later(0, clock));
      expect(triesSoFar()).toBe(attempt);
      const row = await coordinatorRow();
      expect(row).toMatchObject({ email_status: 'pending', email_attempts: attempt });
      expect(Date.parse(row?.email_next_attempt_at ?? '')).toBe(later(0, clock + wait * 2).getTime());
    }
    clock += 80;
    await round(failing, later(0, clock));
    expect(await coordinatorRow()).toMatchObject({
      email_status: 'failed',
      email_attempts: DELIVERY.maxAttempts,
      email_last_error: 'ECONNECTION',
    });
    await round(failing, later(2));
    expect(triesSoFar()).toBe(DELIVERY.maxAttempts);
    for (const row of await notificationsOf(database(), world.tenant.id)) {
      expect(row.email_last_error ?? '').not.toContain('@');
    }
    // The director's went on its first attempt, whatever happened to the coordinator's.
    expect(failing.sent.filter((email) => email.to === addresses.director)).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal, keeping its SMTP code and not the address', async () => {
    const { world, addresses } = await accreditationEnding();
    const refusing = fakeMailer((email) =>
      email.to === addresses.coordinator
        ? smtpError(email.to, { code: 'EENVELOPE', responseCode: 550, permanent: true })
        : null,
    );
    await round(refusing);
    const row = (await notificationsOf(database(), world.tenant.id)).find(
      (candidate) => candidate.recipient === world.members.coordinator.id,
    );
    expect(row).toMatchObject({
      email_status: 'failed',
      email_attempts: 1,
      email_last_error: 'EENVELOPE 550',
    });
    await round(refusing, later(1));
    expect(refusing.attempts.filter((email) => email.to === addresses.coordinator)).toHaveLength(1);
  });

  it('stops between two e-mails when asked, giving back the ones it had claimed but not tried', async () => {
    const { world, addresses } = await accreditationEnding();
    const stopping = new AbortController();
    const mailer = fakeMailer((email) => {
      // The first of this tenant's e-mails goes; then the server is asked to stop.
      if (Object.values(addresses).includes(email.to)) stopping.abort();
      return null;
    });
    await runReminderRound(database().db, NOW, mailer, { signal: stopping.signal });
    const mine = mailer.sent.filter((email) => Object.values(addresses).includes(email.to));
    expect(mine).toHaveLength(1);
    const pending = (await notificationsOf(database(), world.tenant.id)).filter(
      (row) => row.email_status === 'pending',
    );
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ email_attempts: 0, email_next_attempt_at: '2027-03-01T09:00:00Z' });

    // The next round sends it.
    const next = fakeMailer();
    await round(next, later(0, 1));
    expect(next.sent.filter((email) => Object.values(addresses).includes(email.to))).toHaveLength(1);
  });
});

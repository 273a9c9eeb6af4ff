import { describe, expect, it } from 'vitest';
import {
  decide,
  fakeMailer,
  giveAddress,
  inDays,
  makeReminderWorld,
  NOW,
  notificationsOf,
} from '../../../../../test/notifications/reminder-world.ts';
import { useTestDatabase } from '../../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../../test/support/test-database-kind.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { OutgoingEmail } from './mailer.ts';
import { type JobLog, startReminderJob } from './reminder-job.ts';

// The job as the server runs it: rounds on a timer, a failing round logged and followed by the
// next, and stop() waiting for the round in progress. Only a test that starts it runs it.

function recordingLog() {
  const lines: { level: 'info' | 'error'; object: object; message: string }[] = [];
  const log: JobLog = {
    info: (object, message) => lines.push({ level: 'info', object, message }),
    error: (object, message) => lines.push({ level: 'error', object, message }),
  };
  return { lines, log };
}

/** Resolves the first time `check` holds, checking after each line logged or e-mail tried. */
function when(check: () => boolean, subscribe: (listener: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (check()) resolve();
    else subscribe(() => check() && resolve());
  });
}

describe(`the reminder job on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  it('runs rounds on its timer; stop() waits for the round in progress, closes the mailer and runs no more', async () => {
    const world = await makeReminderWorld(database());
    await decide(
      database(),
      world.tenant.id,
      world.organisation,
      { status: 'accredited', validUntil: inDays(7) },
      '2026-01-01T10:00:00Z',
    );
    await giveAddress(database(), world.members.coordinator);
    await giveAddress(database(), world.members.director);
    const recorded = fakeMailer();
    let sending!: () => void;
    const sendStarted = new Promise<void>((resolve) => (sending = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const mailer = {
      async send(email: OutgoingEmail) {
        sending();
        await released;
        await recorded.send(email);
      },
      close: () => recorded.close(),
    };
    const { lines, log } = recordingLog();
    const job = startReminderJob({
      db: database().db,
      mailer,
      intervalMs: 10,
      firstRoundAfterMs: 0,
      clock: () => NOW,
      log,
    });

    await sendStarted;
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    expect(recorded.closed).toBe(false);

    release();
    await stopping;
    expect(recorded.closed).toBe(true);
    expect(recorded.sent).toHaveLength(1);
    const rounds = lines.filter((line) => line.message === 'reminder round done');
    expect(rounds).toHaveLength(1);
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
    // The round was stopped after its first e-mail; the second waits for the next round.
    const statuses = (await notificationsOf(database(), world.tenant.id)).map((row) => row.email_status);
    expect(statuses.sort()).toEqual(['no_address', 'pending', 'sent']);

    // Several intervals later, still no other round: the timer is gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines.filter((line) => line.message === 'reminder round done')).toHaveLength(1);
    await job.stop();
  });

  it('logs a failed round without names or addresses, and carries on with the next', async () => {
    const failure = new Error('the database went away');
    let calls = 0;
    const flaky: Database = {
      ...database().db,
      withoutTenant(work) {
        calls += 1;
        return calls === 1 ? Promise.reject(failure) : database().db.withoutTenant(work);
      },
    };
    const listeners: (() => void)[] = [];
    const { lines, log } = recordingLog();
    const notifying: JobLog = {
      info: (object, message) => {
        log.info(object, message);
        for (const listener of listeners) listener();
      },
      error: (object, message) => {
        log.error(object, message);
        for (const listener of listeners) listener();
      },
    };
    const job = startReminderJob({
      db: flaky,
      mailer: null,
      intervalMs: 5,
      firstRoundAfterMs: 0,
      clock: () => NOW,
      log: notifying,
    });
    await when(
      () => lines.some((line) => line.message === 'reminder round done'),
      (listener) => listeners.push(listener),
    );
    await job.stop();
    expect(lines[0]).toEqual({ level: 'error', object: { err: failure }, message: 'reminder round failed' });
    const done = lines.find((line) => line.message === 'reminder round done');
    expect(Object.keys(done?.object ?? {}).sort()).toEqual(['created', 'email', 'failures', 'tenants']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember } from '../../../../../test/access/factories.ts';
import {
  addCourse,
  addPractitioner,
  certify,
  decide,
  fakeMailer,
  giveAddress,
  inDays,
  later,
  makeReminderWorld,
  NOW,
  notificationsOf,
  vet,
} from '../../../../../test/notifications/reminder-world.ts';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../../test/support/test-database-kind.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { OutgoingEmail } from './mailer.ts';
import { runReminderRound } from './run-reminder-round.ts';

// PGlite is one connection, so its rounds never overlap; only a server shows whether rounds run by
// several processes at once make a reminder twice or send an e-mail twice. Each "process" here is a
// pool of its own on the same database, running the real round; the mailer is a double that is
// slow to answer, so that the rounds' claims and sends interleave.

describe.skipIf(testDatabaseKind() !== 'postgres')(
  'reminder rounds of four processes at once, on postgres',
  () => {
    let test: TestDatabase;
    let processes: Database[];

    beforeAll(async () => {
      test = await createTestDatabase();
      processes = Array.from({ length: 4 }, () => test.openPool(4));
    });
    afterAll(() => test?.destroy());

    it('makes each reminder once and sends each e-mail once', async () => {
      const tenants: string[] = [];
      const addresses = new Set<string>();
      for (let tenant = 0; tenant < 3; tenant += 1) {
        const world = await makeReminderWorld(test);
        tenants.push(world.tenant.id);
        await decide(
          test,
          world.tenant.id,
          world.organisation,
          { status: 'accredited', validUntil: inDays(30) },
          '2026-01-01T10:00:00Z',
        );
        for (const member of [world.members.coordinator, world.members.director, world.members.security]) {
          addresses.add(await giveAddress(test, member));
        }
        const course = await addCourse(test, world.tenant.id, { requiredOf: 'regular' });
        for (let index = 0; index < 8; index += 1) {
          const account = await makeMember(test, world.tenant, 'cso_practitioner', {
            organisationId: world.organisation,
          });
          addresses.add(await giveAddress(test, account));
          const practitioner = await addPractitioner(test, world, { user: account });
          await vet(test, world.tenant.id, practitioner.id, 'cleared', '2026-03-15', inDays(7 + index));
          await certify(test, world.tenant.id, practitioner.id, course.id, inDays(40 + index));
        }
      }

      const sendsTo = new Map<string, number>();
      const mailer = fakeMailer();
      const slowMailer = {
        async send(email: OutgoingEmail) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          const key = `${email.to} ${email.subject}`;
          sendsTo.set(key, (sendsTo.get(key) ?? 0) + 1);
          await mailer.send(email);
        },
        close: () => mailer.close(),
      };
      // Two waves, the second while the first may still be delivering: eight rounds in all.
      const rounds = [NOW, NOW, NOW, NOW, later(0, 1), later(0, 1), later(0, 1), later(0, 1)].map(
        (now, index) => runReminderRound(processes[index % processes.length] as Database, now, slowMailer),
      );
      const reports = await Promise.all(rounds);
      for (const report of reports) expect(report.failures).toEqual([]);

      // Per tenant: 3 accreditation reminders; per practitioner, vetting and certificate reminders to
      // the practitioner and the coordinator: 3 + 8 × 2 × 2 = 35.
      let made = 0;
      for (const tenantId of tenants) {
        const rows = await notificationsOf(test, tenantId);
        expect(rows).toHaveLength(35);
        const keys = rows.map((row) =>
          [row.recipient, row.kind, row.subject_id, row.course_id, row.due_on].join(),
        );
        expect(new Set(keys).size).toBe(rows.length);
        for (const row of rows) expect(row).toMatchObject({ email_status: 'sent', email_attempts: 1 });
        made += rows.length;
      }
      expect(reports.reduce((sum, report) => sum + report.created, 0)).toBe(made);
      expect(reports.reduce((sum, report) => sum + report.email.sent, 0)).toBe(made);

      // Every e-mail once: as many as reminders, none twice.
      const ours = mailer.sent.filter((email) => addresses.has(email.to));
      expect(ours).toHaveLength(made);
      expect([...sendsTo.values()].every((count) => count === 1)).toBe(true);
      // The work was shared: more than one process sent some.
      expect(reports.filter((report) => report.email.sent > 0).length).toBeGreaterThan(1);
    });
  },
);

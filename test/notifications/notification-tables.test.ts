import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runReminderRound } from '../../src/server/modules/notifications/reminders/run-reminder-round.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { databaseError } from '../support/database-error.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { decide, giveAddress, inDays, makeReminderWorld, NOW, notificationsOf } from './reminder-world.ts';

// Migration 0009's walls: both tables under forced row-level security by tenant, and the
// application role may change only what the app changes (read_at, the e-mail channel), never what a
// notification is about, and delete nothing.

describe(`the notification tables on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  it('are under forced row-level security, each with its tenant policy', async () => {
    const tables = await database().superuser<{
      name: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
    }>(
      `select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c where c.relname in ('notifications', 'notification_addresses') order by c.relname`,
    );
    expect(tables).toEqual([
      { name: 'notification_addresses', enabled: true, forced: true, policies: 1 },
      { name: 'notifications', enabled: true, forced: true, policies: 1 },
    ]);
  });

  it('keep one tenant’s notifications from another, and their subject from everyone', async () => {
    const world = await makeReminderWorld(database());
    const other = await makeReminderWorld(database());
    await decide(
      database(),
      world.tenant.id,
      world.organisation,
      { status: 'accredited', validUntil: inDays(7) },
      '2026-01-01T10:00:00Z',
    );
    await giveAddress(database(), world.members.coordinator);
    expect((await runReminderRound(database().db, NOW, null)).failures).toEqual([]);
    const [row] = await notificationsOf(database(), world.tenant.id);
    const id = row?.id ?? '';

    const seenByOther = await database().db.withTenant(other.tenant.id, async (tx) => ({
      notifications: await queryRows(tx, sql`select id from notifications where id = ${id}`),
      addresses: await queryRows(tx, sql`select user_id from notification_addresses`),
      updated: await queryRows(
        tx,
        sql`update notifications set read_at = now() where id = ${id} returning id`,
      ),
    }));
    expect(seenByOther).toEqual({ notifications: [], addresses: [], updated: [] });

    const inOwnTenant = (statement: ReturnType<typeof sql>) =>
      databaseError(database().db.withTenant(world.tenant.id, (tx) => tx.execute(statement)));
    expect(await inOwnTenant(sql`update notifications set due_on = '2030-01-01' where id = ${id}`)).toMatch(
      /permission denied/,
    );
    expect(await inOwnTenant(sql`update notifications set recipient_user_id = recipient_user_id`)).toMatch(
      /permission denied/,
    );
    expect(await inOwnTenant(sql`delete from notifications where id = ${id}`)).toMatch(/permission denied/);
    expect(
      await inOwnTenant(
        sql`insert into notifications (id, tenant_id, recipient_user_id, kind, subject_type, subject_id, due_on,
              days_before) values (gen_random_uuid(), ${other.tenant.id}, ${other.members.director.id},
              'accreditation_expiring', 'organisation', ${other.organisation}, '2027-03-08', 7)`,
      ),
    ).toMatch(/row-level security/);
  });
});

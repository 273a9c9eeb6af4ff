import { describe, expect, it } from 'vitest';
import { runReminderRound } from '../../src/server/modules/notifications/reminders/run-reminder-round.ts';
import { makeMember } from '../access/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  addCourse,
  addPractitioner,
  certify,
  decide,
  inDays,
  later,
  makeReminderWorld,
  NOW,
  notificationsOf,
  type ReminderWorld,
  vet,
} from './reminder-world.ts';

// Which reminders a round makes, for whom, and that it makes each once. The rounds run without a
// mailer here (e-mails are delivery.test.ts's), over every tenant of the file's database; each
// test looks at its own tenant.

const round = async (db: Parameters<typeof runReminderRound>[0], now = NOW) => {
  const report = await runReminderRound(db, now, null);
  expect(report.failures).toEqual([]);
  return report;
};

describe(`reminder rounds on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();

  const accredited = (world: ReminderWorld, organisation: string, validUntil: string) =>
    decide(
      database(),
      world.tenant.id,
      organisation,
      { status: 'accredited', validUntil },
      '2026-01-01T10:00:00Z',
    );

  it('reminds the coordinators, directors and security officers of an accreditation ending in 60 days, once', async () => {
    const world = await makeReminderWorld(database());
    await accredited(world, world.organisation, inDays(60));
    const first = await round(database().db);
    expect(first.created).toBeGreaterThanOrEqual(3);

    const made = await notificationsOf(database(), world.tenant.id);
    const { coordinator, director, security } = world.members;
    expect(made.map((row) => row.recipient).sort()).toEqual(
      [coordinator.id, director.id, security.id].sort(),
    );
    for (const row of made) {
      expect(row).toMatchObject({
        kind: 'accreditation_expiring',
        subject_id: world.organisation,
        course_id: null,
        due_on: inDays(60),
        days_before: 60,
        email_status: 'not_configured',
      });
    }

    // Again, the same day and the next: nothing new.
    await round(database().db);
    await round(database().db, later(1));
    expect(await notificationsOf(database(), world.tenant.id)).toHaveLength(3);
  });

  it('reminds at 60, 30 and 7 days, and not at 61 nor once it has ended', async () => {
    const world = await makeReminderWorld(database());
    const expectations: [number, number | null][] = [
      [61, null],
      [60, 60],
      [31, 60],
      [30, 30],
      [8, 30],
      [7, 7],
      [0, 7],
      [-1, null],
    ];
    const byOrganisation = new Map<string, number | null>();
    for (const [days, step] of expectations) {
      const organisation = await accreditedOrganisation(world, days);
      byOrganisation.set(organisation, step);
    }
    await round(database().db);
    const made = (await notificationsOf(database(), world.tenant.id)).filter(
      (row) => row.recipient === world.members.director.id,
    );
    const steps = new Map(made.map((row) => [row.subject_id, row.days_before]));
    for (const [organisation, step] of byOrganisation) expect(steps.get(organisation) ?? null).toBe(step);
  });

  it('moves through the steps as the days pass: one reminder at each, three in all', async () => {
    const world = await makeReminderWorld(database());
    await accredited(world, world.organisation, inDays(75));
    const stepsOfCoordinator = async () =>
      (await notificationsOf(database(), world.tenant.id))
        .filter((row) => row.recipient === world.members.coordinator.id)
        .map((row) => row.days_before)
        .sort((a, b) => b - a);

    await round(database().db);
    expect(await stepsOfCoordinator()).toEqual([]);
    for (const day of [15, 16, 30, 44, 45, 60, 68, 74, 75]) await round(database().db, later(day));
    expect(await stepsOfCoordinator()).toEqual([60, 30, 7]);
    // After the end: nothing more.
    await round(database().db, later(76));
    expect(await stepsOfCoordinator()).toEqual([60, 30, 7]);
  });

  it('says nothing of an accreditation suspended, revoked or under review since', async () => {
    const world = await makeReminderWorld(database());
    const statuses = ['suspended', 'revoked', 'under_review'] as const;
    for (const status of statuses) {
      const organisation = await accreditedOrganisation(world, 30);
      await decide(database(), world.tenant.id, organisation, { status }, '2026-06-01T10:00:00Z');
    }
    await round(database().db);
    expect(await notificationsOf(database(), world.tenant.id)).toEqual([]);
  });

  it('follows the latest decision: a renewal is reminded of from its own end', async () => {
    const world = await makeReminderWorld(database());
    await accredited(world, world.organisation, inDays(20));
    await decide(
      database(),
      world.tenant.id,
      world.organisation,
      { status: 'accredited', validUntil: inDays(400) },
      '2026-09-01T10:00:00Z',
    );
    await round(database().db);
    expect(await notificationsOf(database(), world.tenant.id)).toEqual([]);
  });

  it('reminds the practitioner and their coordinators of a vetting clearance ending, not the prison staff', async () => {
    const world = await makeReminderWorld(database());
    const own = await makeAccount(world);
    const practitioner = await addPractitioner(database(), world, { user: own });
    await vet(database(), world.tenant.id, practitioner.id, 'cleared', '2026-03-30', inDays(29));
    await round(database().db);
    const made = await notificationsOf(database(), world.tenant.id);
    expect(made.map((row) => [row.recipient, row.kind, row.subject_id, row.due_on, row.days_before])).toEqual(
      [own.id, world.members.coordinator.id]
        .sort()
        .map((recipient) => [recipient, 'vetting_expiring', practitioner.id, inDays(29), 30]),
    );
  });

  it('reads vetting as eligibility does: a newer refusal ends it, a pending renewal does not, a renewal moves it', async () => {
    const world = await makeReminderWorld(database());
    const refused = await addPractitioner(database(), world);
    await vet(database(), world.tenant.id, refused.id, 'cleared', '2026-03-30', inDays(20));
    await vet(database(), world.tenant.id, refused.id, 'not_cleared', '2026-12-01', null);
    const renewing = await addPractitioner(database(), world);
    await vet(database(), world.tenant.id, renewing.id, 'cleared', '2026-03-30', inDays(20));
    await vet(database(), world.tenant.id, renewing.id, 'pending', '2027-02-01', null);
    const renewed = await addPractitioner(database(), world);
    await vet(database(), world.tenant.id, renewed.id, 'cleared', '2026-03-30', inDays(20));
    await vet(database(), world.tenant.id, renewed.id, 'cleared', '2027-02-01', inDays(340));
    const expired = await addPractitioner(database(), world);
    await vet(database(), world.tenant.id, expired.id, 'cleared', '2026-02-01', inDays(-3));

    await round(database().db);
    const subjects = (await notificationsOf(database(), world.tenant.id)).map((row) => row.subject_id);
    expect(subjects).toEqual([renewing.id]);
  });

  it('reminds of certificates of required courses only, course by course, until renewed', async () => {
    const world = await makeReminderWorld(database());
    const own = await makeAccount(world);
    const practitioner = await addPractitioner(database(), world, { user: own });
    const induction = await addCourse(database(), world.tenant.id, { requiredOf: 'regular' });
    const dataProtection = await addCourse(database(), world.tenant.id, { requiredOf: 'occasional' });
    const optional = await addCourse(database(), world.tenant.id);
    const renewedCourse = await addCourse(database(), world.tenant.id, { requiredOf: 'regular' });
    const lifelong = await addCourse(database(), world.tenant.id, { requiredOf: 'regular' });
    for (const course of [induction, dataProtection, optional, renewedCourse, lifelong]) {
      await certify(database(), world.tenant.id, practitioner.id, course.id, inDays(7));
    }
    await certify(database(), world.tenant.id, practitioner.id, renewedCourse.id, inDays(700));
    await certify(database(), world.tenant.id, practitioner.id, lifelong.id, null);
    // An occasional practitioner is not asked for what only regular ones must have.
    const occasional = await addPractitioner(database(), world, { accessTier: 'occasional' });
    await certify(database(), world.tenant.id, occasional.id, induction.id, inDays(7));

    await round(database().db);
    const made = await notificationsOf(database(), world.tenant.id);
    const expected = [induction, dataProtection].flatMap((course) =>
      [own.id, world.members.coordinator.id].map((recipient) => [recipient, practitioner.id, course.id]),
    );
    expect(made.map((row) => [row.recipient, row.subject_id, row.course_id]).sort()).toEqual(expected.sort());
    for (const row of made) expect(row).toMatchObject({ kind: 'certificate_expiring', days_before: 7 });
  });

  it('reminds no deactivated account, and no coordinator of another organisation', async () => {
    const world = await makeReminderWorld(database());
    await accredited(world, world.organisation, inDays(30));
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      world.members.security.id,
    ]);
    await round(database().db);
    const recipients = (await notificationsOf(database(), world.tenant.id)).map((row) => row.recipient);
    expect(recipients.sort()).toEqual([world.members.coordinator.id, world.members.director.id].sort());
  });

  /** An organisation accredited until `days` from today, with no coordinator (the director is reminded). */
  async function accreditedOrganisation(world: ReminderWorld, days: number) {
    const [row] = await database().superuser<{ id: string }>(
      `insert into organisations (id, tenant_id, kind, name)
       values (gen_random_uuid(), $1, 'civil_society', 'Organisation ' || gen_random_uuid()) returning id::text`,
      [world.tenant.id],
    );
    const organisation = row?.id ?? '';
    await accredited(world, organisation, inDays(days));
    return organisation;
  }

  /** A user of the organisation holding the practitioner role, for a practitioner's own account. */
  function makeAccount(world: ReminderWorld) {
    return makeMember(database(), world.tenant, 'cso_practitioner', { organisationId: world.organisation });
  }
});

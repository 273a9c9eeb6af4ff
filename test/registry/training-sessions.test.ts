import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_PATHS } from '../../src/contracts/registry-training.ts';
import { addDays } from '../../src/server/platform/calendar-days.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { type Caller, expectInvalid, expectRefusal } from './practitioners-world.ts';
import { makeSession, makeTrainingWorld, sendAs, type TrainingWorld } from './training-world.ts';

// Training sessions: planning them (prison training staff, at their own facility or outside any
// prison), listing and reading them (a coordinator sees the session and their own people only).

const today = () => new Date().toISOString().slice(0, 10);

describe(`training sessions on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: TrainingWorld;
  let heldSession: string;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeTrainingWorld(database(), app);
    heldSession = await makeSession(database(), world, world.dataProtectionCourseId, '2026-06-10');
    await database().superuser(
      `insert into training_attendance (id, tenant_id, session_id, practitioner_id, outcome)
       values ($1, $2, $3, $4, 'attended_not_completed'), ($5, $2, $3, $6, 'absent')`,
      [
        uuidv7(),
        world.tenant.id,
        heldSession,
        world.amal.practitionerId,
        uuidv7(),
        world.stranger.practitionerId,
      ],
    );
  });
  afterAll(() => app?.close());

  const sessionCount = async () =>
    (
      await database().superuser<{ count: number }>(
        'select count(*)::int as count from training_sessions where tenant_id = $1',
        [world.tenant.id],
      )
    )[0]?.count;
  const plan = (caller: Caller | null, extra: Record<string, unknown> = {}) =>
    sendAs(app, world, caller, {
      method: 'POST',
      url: TRAINING_PATHS.sessions,
      payload: {
        courseId: world.inductionCourseId,
        heldOn: addDays(today(), 14),
        place: 'Central Prison, education wing',
        trainerName: 'Samir Aziz',
        facilityId: world.tenant.facilityId,
        ...extra,
      },
    });

  it.each(['admin', 'directorA', 'securityA'] as const)(
    'lets %s plan a session at their facility, ahead of time (201), audited',
    async (caller) => {
      const response = await plan(caller, { notes: 'Bring identity papers.' });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        course: { id: world.inductionCourseId, code: 'security_induction' },
        heldOn: addDays(today(), 14),
        place: 'Central Prison, education wing',
        trainerName: 'Samir Aziz',
        facility: { id: world.tenant.facilityId },
        notes: 'Bring identity papers.',
        attendance: [],
        actions: ['read', 'create', 'read_all_attendance', 'record_attendance'],
      });
      const entries = await entriesOf(database(), world.tenant.id, ['training.session_created']);
      expect(entries.at(-1)).toMatchObject({
        actor_user_id: world.members[caller].id,
        subject_type: 'training_session',
        subject_id: response.json().id,
        details: { course: 'security_induction', facilityId: world.tenant.facilityId },
      });
    },
  );

  it('lets another facility’s director plan a session held outside any prison', async () => {
    const response = await plan('directorB', { facilityId: undefined, place: 'Training academy' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().facility).toBeNull();
  });

  it.each([
    ['another facility’s director, at facility A', 'directorB', 403],
    ['a coordinator', 'coordinator', 403],
    ['a gate officer', 'gateA', 403],
    ['a case manager', 'caseManagerA', 403],
    ['an oversight monitor', 'monitor', 403],
    ['a practitioner', 'amal', 403],
    ['no session', null, 401],
    ['a deactivated administrator', 'deactivated', 401],
  ] as const)('refuses %s with %i, writing nothing', async (_who, caller, status) => {
    const before = await sessionCount();
    expectRefusal(await plan(caller), status, []);
    expect(await sessionCount()).toBe(before);
  });

  it('gives another tenant’s administrator 400 for a course and facility it does not have', async () => {
    const before = await sessionCount();
    expectInvalid(await plan('otherTenantAdmin'), ['/body/courseId', '/body/facilityId']);
    expect(await sessionCount()).toBe(before);
  });

  it.each([
    ['an unknown course', { courseId: uuidv7() }, '/body/courseId'],
    ['another tenant’s course', () => ({ courseId: world.foreign.courseId }), '/body/courseId'],
    ['an unknown facility', { facilityId: uuidv7() }, '/body/facilityId'],
    ['an impossible day', { heldOn: '2026-02-30' }, '/body/heldOn'],
    ['a blank place', { place: '' }, '/body/place'],
    ['a trainer name with a line break', { trainerName: 'Samir\nAziz' }, '/body/trainerName'],
    ['an unknown field', { room: 4 }, '/body/room'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, extra, path) => {
    const before = await sessionCount();
    expectInvalid(await plan('admin', typeof extra === 'function' ? extra() : extra), [path]);
    expect(await sessionCount()).toBe(before);
  });

  it('lists sessions newest first, optionally of one course, to staff and coordinators; audited', async () => {
    for (const caller of ['admin', 'directorB', 'securityA', 'coordinator'] as const) {
      const response = await sendAs(app, world, caller, { url: TRAINING_PATHS.sessions });
      expect(response.statusCode, caller).toBe(200);
      const days = response.json().items.map((item: { heldOn: string }) => item.heldOn);
      expect(days).toEqual([...days].sort().reverse());
      expect(response.json().actions).toEqual(caller === 'coordinator' ? ['read'] : ['read', 'create']);
    }
    const filtered = await sendAs(app, world, 'admin', {
      url: `${TRAINING_PATHS.sessions}?courseId=${world.dataProtectionCourseId}`,
    });
    expect(filtered.json().items.map((item: { id: string }) => item.id)).toEqual([heldSession]);
    const entries = await entriesOf(database(), world.tenant.id, ['record.read']);
    expect(entries.some((entry) => entry.details.view === 'training_sessions')).toBe(true);
  });

  it('shows another tenant none of the sessions', async () => {
    const response = await sendAs(app, world, 'otherTenantAdmin', { url: TRAINING_PATHS.sessions });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(heldSession);
  });

  it.each([
    ['a gate officer', 'gateA', 403],
    ['a case manager', 'caseManagerA', 403],
    ['an oversight monitor', 'monitor', 403],
    ['no session', null, 401],
  ] as const)('refuses %s the list with %i', async (_who, caller, status) => {
    expectRefusal(await sendAs(app, world, caller, { url: TRAINING_PATHS.sessions }), status, [
      'Nadia Benali',
    ]);
  });

  it('shows prison staff all the attendance, audited as a read', async () => {
    for (const caller of ['admin', 'directorA', 'directorB', 'securityA'] as const) {
      const response = await sendAs(app, world, caller, { url: TRAINING_PATHS.session(heldSession) });
      expect(response.statusCode, caller).toBe(200);
      expect(response.json().attendance).toHaveLength(2);
    }
    const entries = await entriesOf(database(), world.tenant.id, ['record.read']);
    expect(entries.at(-1)).toMatchObject({
      subject_type: 'training_session',
      subject_id: heldSession,
      details: { view: 'attendance', count: 2, staffIds: '' },
    });
    // Both were recorded in one statement: in the order of their ids, whichever that is.
    expect(String(entries.at(-1)?.details.practitionerIds).split(',').sort()).toEqual(
      [world.amal.practitionerId, world.stranger.practitionerId].sort(),
    );
  });

  it('shows a coordinator the session and their own organisation’s attendance only', async () => {
    const response = await sendAs(app, world, 'coordinator', { url: TRAINING_PATHS.session(heldSession) });
    expect(response.statusCode).toBe(200);
    expect(response.json().attendance).toEqual([
      {
        participant: {
          kind: 'practitioner',
          id: world.amal.practitionerId,
          displayName: world.amal.displayName,
          organisation: { id: world.organisation, name: world.organisationName },
        },
        outcome: 'attended_not_completed',
        certificate: null,
        recordedAt: expect.any(String),
      },
    ]);
    expect(response.body).not.toContain(world.stranger.displayName);
    expect(response.json().actions).toEqual(['read']);
    const entries = await entriesOf(database(), world.tenant.id, ['record.read']);
    expect(entries.at(-1)).toMatchObject({
      actor_user_id: world.members.coordinator.id,
      subject_type: 'training_session',
      subject_id: heldSession,
      details: { view: 'attendance', count: 1, practitionerIds: world.amal.practitionerId, staffIds: '' },
    });
  });

  describe('the notes', () => {
    const NOTE = 'Ms Example asked to sit apart from the group; escort from the gate at 8:45.';
    let noted: string;

    beforeAll(async () => {
      // Held far ahead, so that it comes first in the list, newest first.
      const response = await plan('securityA', { heldOn: addDays(today(), 400), notes: NOTE });
      expect(response.statusCode, response.body).toBe(201);
      noted = response.json().id;
    });

    it.each(['admin', 'directorA', 'directorB', 'securityA'] as const)(
      'shows them to %s, in the list and the session',
      async (caller) => {
        const list = await sendAs(app, world, caller, { url: TRAINING_PATHS.sessions });
        expect(list.json().items.find((item: { id: string }) => item.id === noted)).toMatchObject({
          notes: NOTE,
        });
        const session = await sendAs(app, world, caller, { url: TRAINING_PATHS.session(noted) });
        expect(session.json().notes).toBe(NOTE);
        // A session without notes says so to prison staff.
        const bare = await sendAs(app, world, caller, { url: TRAINING_PATHS.session(heldSession) });
        expect(bare.json().notes).toBeNull();
      },
    );

    it('never sends them to a coordinator, neither in the list nor in the session', async () => {
      const list = await sendAs(app, world, 'coordinator', { url: TRAINING_PATHS.sessions });
      expect(list.statusCode, list.body).toBe(200);
      const items: Record<string, unknown>[] = list.json().items;
      const item = items.find((each) => each.id === noted);
      expect(item).toMatchObject({
        id: noted,
        trainerName: 'Samir Aziz',
        place: 'Central Prison, education wing',
      });
      expect(items.every((each) => !('notes' in each))).toBe(true);
      expect(list.body).not.toContain(NOTE);
      expect(list.body).not.toContain('"notes"');

      for (const id of [noted, heldSession]) {
        const session = await sendAs(app, world, 'coordinator', { url: TRAINING_PATHS.session(id) });
        expect(session.statusCode, session.body).toBe(200);
        expect(session.json()).not.toHaveProperty('notes');
        expect(session.body).not.toContain(NOTE);
      }
    });
  });

  it.each([
    ['another tenant’s administrator', 'otherTenantAdmin', 404],
    ['a gate officer', 'gateA', 403],
    ['a case manager', 'caseManagerA', 403],
    ['an oversight monitor', 'monitor', 403],
    ['a practitioner', 'amal', 403],
    ['no session', null, 401],
    ['a deactivated administrator', 'deactivated', 401],
  ] as const)('refuses %s a session with %i, showing nothing of it', async (_who, caller, status) => {
    expectRefusal(await sendAs(app, world, caller, { url: TRAINING_PATHS.session(heldSession) }), status, [
      'Nadia Benali',
      world.amal.displayName,
    ]);
  });

  it('answers 404 for a session that does not exist', async () => {
    expectRefusal(await sendAs(app, world, 'admin', { url: TRAINING_PATHS.session(uuidv7()) }), 404, []);
  });
});

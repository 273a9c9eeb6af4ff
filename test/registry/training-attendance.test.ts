import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { TRAINING_PATHS } from '../../src/contracts/registry-training.ts';
import { addDays, lastDayOf } from '../../src/server/platform/calendar-days.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { type Caller, expectRefusal, makeBarePractitioner } from './practitioners-world.ts';
import {
  countForSession,
  makeSession,
  makeTrainingWorld,
  sendAs,
  type TrainingWorld,
} from './training-world.ts';

// POST …/training-sessions/:id/attendance: who came and how it went, in one transaction; each
// completion gives a certificate that the eligibility answer counts at once. And a member of
// staff's training record.

const today = () => new Date().toISOString().slice(0, 10);

describe(`attendance and certificates on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: TrainingWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeTrainingWorld(database(), app);
  });
  afterAll(() => app?.close());

  const record = (caller: Caller | null, sessionId: string, entries: unknown) =>
    sendAs(app, world, caller, {
      method: 'POST',
      url: TRAINING_PATHS.attendance(sessionId),
      payload: { entries },
    });
  const fresh = () => makeBarePractitioner(database(), world.tenant.id, world.organisation);
  const heldSession = (course = world.dataProtectionCourseId, day = '2026-09-15') =>
    makeSession(database(), world, course, day);

  it.each(['admin', 'directorA', 'securityA'] as const)(
    'lets %s record attendance (201): a completion gives a certificate from the day held',
    async (caller) => {
      const sessionId = await heldSession();
      const [done, failed, away] = [await fresh(), await fresh(), await fresh()];
      const response = await record(caller, sessionId, [
        { practitionerId: done.practitionerId, outcome: 'completed' },
        { practitionerId: failed.practitionerId, outcome: 'attended_not_completed' },
        { practitionerId: away.practitionerId, outcome: 'absent' },
        { userId: world.members.caseManagerA.id, outcome: 'completed' },
      ]);
      expect(response.statusCode, response.body).toBe(201);
      const attendance = response.json().attendance;
      expect(attendance.map((entry: { outcome: string }) => entry.outcome)).toEqual([
        'completed',
        'attended_not_completed',
        'absent',
        'completed',
      ]);
      // 24 months from 15 September 2026, through the day before.
      expect(attendance[0].certificate).toEqual({
        id: expect.any(String),
        issuedOn: '2026-09-15',
        expiresOn: '2028-09-14',
      });
      expect(attendance[1].certificate).toBeNull();
      expect(attendance[3].participant).toEqual({
        kind: 'staff',
        id: world.members.caseManagerA.id,
        displayName: world.members.caseManagerA.displayName,
      });
      expect(await countForSession(database(), 'certificates', sessionId)).toBe(2);
      const standing = await sendAs(app, world, 'admin', {
        url: `/api/v1/registry/practitioners/${done.practitionerId}`,
      });
      expect(standing.json().certificates).toMatchObject([
        { course: { code: 'data_protection' }, issuedOn: '2026-09-15', expiresOn: '2028-09-14' },
      ]);
      const certificates = (await entriesOf(database(), world.tenant.id, ['certificate.recorded'])).filter(
        (entry) => entry.details.sessionId === sessionId,
      );
      expect(certificates.map((entry) => entry.subject_id).sort()).toEqual(
        [done.practitionerId, world.members.caseManagerA.id].sort(),
      );
      const recorded = await entriesOf(database(), world.tenant.id, ['training.attendance_recorded']);
      expect(recorded.at(-1)).toMatchObject({
        actor_user_id: world.members[caller].id,
        subject_type: 'training_session',
        subject_id: sessionId,
        details: { course: 'data_protection', entries: 4, completed: 2 },
      });
    },
  );

  it('makes the eligibility answer count the new certificate at once', async () => {
    await database().superuser(
      `insert into course_requirements (tenant_id, facility_id, access_tier, course_id) values ($1, $2, 'regular', $3)`,
      [world.tenant.id, world.facilityB, world.dataProtectionCourseId],
    );
    // Facility B is not in the accreditation, so ask about the course reasons only.
    const ask = async () =>
      (
        await sendAs(app, world, 'admin', {
          url: `${REGISTRY_PATHS.eligibility(world.colleague.practitionerId)}?${new URLSearchParams({
            facilityId: world.facilityB,
            on: addDays(today(), 1),
            interventionType: 'mentoring',
            accessTier: 'regular',
          })}`,
        })
      )
        .json()
        .reasons.map((reason: { code: string; course?: { code: string } }) => reason.course?.code)
        .filter(Boolean);
    expect(await ask()).toContain('data_protection');
    const sessionId = await heldSession(world.dataProtectionCourseId, today());
    await record('securityA', sessionId, [
      { practitionerId: world.colleague.practitionerId, outcome: 'completed' },
    ]);
    expect(await ask()).not.toContain('data_protection');
    await database().superuser('delete from course_requirements where facility_id = $1', [world.facilityB]);
  });

  it('gives no expiry for a course without a validity', async () => {
    const lifelong = uuidv7();
    await database().superuser(
      `insert into courses (id, tenant_id, code, name) values ($1, $2, 'human_rights_in_prisons', 'Human rights in prisons')`,
      [lifelong, world.tenant.id],
    );
    const sessionId = await heldSession(lifelong);
    const response = await record('admin', sessionId, [
      { userId: world.members.securityA.id, outcome: 'completed' },
    ]);
    expect(response.json().attendance[0].certificate).toMatchObject({
      issuedOn: '2026-09-15',
      expiresOn: null,
    });
    expect(lastDayOf('2026-09-15', 24)).toBe('2028-09-14');
  });

  describe('refuses bad attendance, saving nothing', () => {
    const expectNothingSaved = async (sessionId: string) => {
      expect(await countForSession(database(), 'training_attendance', sessionId)).toBe(0);
      expect(await countForSession(database(), 'certificates', sessionId)).toBe(0);
    };

    it.each([
      ['an unknown practitioner', () => ({ practitionerId: uuidv7() }), '/body/entries/1/practitionerId'],
      [
        'another tenant’s practitioner',
        () => ({ practitionerId: world.foreign.practitionerId }),
        '/body/entries/1/practitionerId',
      ],
      ['an unknown user', () => ({ userId: uuidv7() }), '/body/entries/1/userId'],
      [
        'a civil society account as staff',
        () => ({ userId: world.members.coordinator.id }),
        '/body/entries/1/userId',
      ],
      [
        'another tenant’s staff',
        () => ({ userId: world.members.otherTenantAdmin.id }),
        '/body/entries/1/userId',
      ],
    ])('%s: 400 naming the entry', async (_what, participant, path) => {
      const sessionId = await heldSession();
      const first = await fresh();
      const response = await record('admin', sessionId, [
        { practitionerId: first.practitionerId, outcome: 'completed' },
        { ...participant(), outcome: 'completed' },
      ]);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toEqual([path]);
      await expectNothingSaved(sessionId);
    });

    it('a participant named twice: 409 naming the second entry', async () => {
      const sessionId = await heldSession();
      const { practitionerId } = await fresh();
      const response = await record('admin', sessionId, [
        { practitionerId, outcome: 'completed' },
        { practitionerId, outcome: 'absent' },
      ]);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'training.attendance_already_recorded',
        errors: [{ path: '/body/entries/1/practitionerId', code: 'already_recorded' }],
      });
      await expectNothingSaved(sessionId);
    });

    it('a participant already recorded: 409, and the new entries are not saved either', async () => {
      const sessionId = await heldSession();
      const [first, second] = [await fresh(), await fresh()];
      await record('admin', sessionId, [{ practitionerId: first.practitionerId, outcome: 'absent' }]);
      const response = await record('admin', sessionId, [
        { practitionerId: second.practitionerId, outcome: 'completed' },
        { practitionerId: first.practitionerId, outcome: 'completed' },
      ]);
      expect(response.statusCode).toBe(409);
      expect(await countForSession(database(), 'training_attendance', sessionId)).toBe(1);
      expect(await countForSession(database(), 'certificates', sessionId)).toBe(0);
    });

    it('a session still ahead: 400 training.session_not_held', async () => {
      const sessionId = await heldSession(world.dataProtectionCourseId, addDays(today(), 10));
      const { practitionerId } = await fresh();
      const response = await record('admin', sessionId, [{ practitionerId, outcome: 'completed' }]);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'training.session_not_held',
        errors: [{ path: '/params/id' }],
      });
      await expectNothingSaved(sessionId);
    });

    it.each([
      ['no entries', []],
      ['an unknown outcome', [{ practitionerId: uuidv7(), outcome: 'passed' }]],
      [
        'both a practitioner and a user',
        [{ practitionerId: uuidv7(), userId: uuidv7(), outcome: 'completed' }],
      ],
      ['neither', [{ outcome: 'completed' }]],
    ])('%s: 400', async (_what, entries) => {
      const sessionId = await heldSession();
      expect((await record('admin', sessionId, entries)).statusCode).toBe(400);
      await expectNothingSaved(sessionId);
    });
  });

  it.each([
    ['another facility’s director', 'directorB', 403],
    ['a coordinator', 'coordinator', 403],
    ['another tenant’s administrator', 'otherTenantAdmin', 404],
    ['a gate officer', 'gateA', 403],
    ['a case manager', 'caseManagerA', 403],
    ['an oversight monitor', 'monitor', 403],
    ['a practitioner', 'amal', 403],
    ['no session', null, 401],
    ['a deactivated administrator', 'deactivated', 401],
  ] as const)('refuses %s with %i, saving nothing', async (_who, caller, status) => {
    const sessionId = await heldSession();
    const response = await record(caller, sessionId, [
      { practitionerId: world.amal.practitionerId, outcome: 'completed' },
    ]);
    expectRefusal(response, status, [world.amal.displayName]);
    expect(await countForSession(database(), 'training_attendance', sessionId)).toBe(0);
  });

  describe('the trail of a session’s attendance read', () => {
    const readSession = (caller: Caller, sessionId: string) =>
      sendAs(app, world, caller, { url: TRAINING_PATHS.session(sessionId) });
    const readsOf = async (sessionId: string) =>
      (await entriesOf(database(), world.tenant.id, ['record.read'])).filter(
        (entry) => entry.subject_type === 'training_session' && entry.subject_id === sessionId,
      );

    it('names by id whose attendance was shown: everyone to staff, their own people to a coordinator', async () => {
      const sessionId = await heldSession(world.dataProtectionCourseId, '2026-10-05');
      const [own, ownToo, other] = [
        await fresh(),
        await fresh(),
        await makeBarePractitioner(database(), world.tenant.id, world.otherOrganisation),
      ];
      const recorded = await record('admin', sessionId, [
        { practitionerId: own.practitionerId, outcome: 'completed' },
        { userId: world.members.caseManagerA.id, outcome: 'completed' },
        { practitionerId: other.practitionerId, outcome: 'absent' },
        { practitionerId: ownToo.practitionerId, outcome: 'attended_not_completed' },
        { userId: world.members.gateA.id, outcome: 'absent' },
      ]);
      expect(recorded.statusCode, recorded.body).toBe(201);

      expect((await readSession('directorA', sessionId)).statusCode).toBe(200);
      expect((await readSession('coordinator', sessionId)).statusCode).toBe(200);
      const [staffRead, coordinatorRead] = await readsOf(sessionId);
      // The ids come in the order the attendance is shown: one request's rows share a time, so
      // compared here as sets.
      const idsOf = (detail: unknown) => (detail === '' ? [] : String(detail).split(',').sort());
      const sorted = (ids: string[]) => [...ids].sort();
      expect(staffRead).toMatchObject({ actor_user_id: world.members.directorA.id, person_id: null });
      expect(Object.keys(staffRead?.details ?? {}).sort()).toEqual([
        'count',
        'practitionerIds',
        'staffIds',
        'view',
      ]);
      expect(staffRead?.details).toMatchObject({ view: 'attendance', count: 5 });
      expect(idsOf(staffRead?.details.practitionerIds)).toEqual(
        sorted([own.practitionerId, other.practitionerId, ownToo.practitionerId]),
      );
      expect(idsOf(staffRead?.details.staffIds)).toEqual(
        sorted([world.members.caseManagerA.id, world.members.gateA.id]),
      );
      expect(coordinatorRead).toMatchObject({ actor_user_id: world.members.coordinator.id, person_id: null });
      expect(Object.keys(coordinatorRead?.details ?? {}).sort()).toEqual([
        'count',
        'practitionerIds',
        'staffIds',
        'view',
      ]);
      expect(coordinatorRead?.details).toMatchObject({ view: 'attendance', count: 2, staffIds: '' });
      expect(idsOf(coordinatorRead?.details.practitionerIds)).toEqual(
        sorted([own.practitionerId, ownToo.practitionerId]),
      );
      // Ids only: no name of anyone whose attendance was shown.
      const trail = JSON.stringify([staffRead, coordinatorRead]);
      for (const name of [own.displayName, other.displayName, world.members.caseManagerA.displayName]) {
        expect(trail).not.toContain(name);
      }
    });

    it('writes a large attendance over numbered entries of one read, every id once', async () => {
      const sessionId = await heldSession(world.dataProtectionCourseId, '2026-10-06');
      const people = [];
      for (let index = 0; index < 30; index++) people.push(await fresh());
      const recorded = await record(
        'admin',
        sessionId,
        people.map((each) => ({ practitionerId: each.practitionerId, outcome: 'completed' })),
      );
      expect(recorded.statusCode, recorded.body).toBe(201);
      expect((await readSession('admin', sessionId)).statusCode).toBe(200);
      const reads = await readsOf(sessionId);
      expect(reads).toHaveLength(3);
      expect(reads.map((entry) => [entry.details.part, entry.details.parts, entry.details.count])).toEqual([
        [1, 3, 30],
        [2, 3, 30],
        [3, 3, 30],
      ]);
      for (const entry of reads) {
        expect(String(entry.details.practitionerIds).length).toBeLessThanOrEqual(500);
        expect(entry.details.staffIds).toBe('');
      }
      expect(reads.flatMap((entry) => String(entry.details.practitionerIds).split(',')).sort()).toEqual(
        people.map((each) => each.practitionerId).sort(),
      );
    });
  });

  describe('a member of staff’s training record', () => {
    const read = (caller: Caller | null, userId: string) =>
      sendAs(app, world, caller, { url: TRAINING_PATHS.staffCertificates(userId) });

    it.each(['admin', 'directorB', 'securityA', 'gateA'] as const)(
      'shows it to %s where allowed, audited',
      async (caller) => {
        const target = caller === 'gateA' ? world.members.gateA : world.members.securityA;
        const sessionId = await heldSession(world.inductionCourseId, '2026-08-01');
        await record('admin', sessionId, [{ userId: target.id, outcome: 'completed' }]);
        const response = await read(caller, target.id);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json().user).toEqual({ id: target.id, displayName: target.displayName });
        expect(response.json().certificates).toContainEqual(
          expect.objectContaining({
            course: expect.objectContaining({ code: 'security_induction' }),
            issuedOn: '2026-08-01',
            expiresOn: '2028-07-31',
            sessionId,
          }),
        );
        const entries = await entriesOf(database(), world.tenant.id, ['record.read']);
        expect(entries.at(-1)).toMatchObject({ subject_type: 'user', subject_id: target.id });
      },
    );

    it.each([
      ['a gate officer, of someone else', 'gateA', () => world.members.securityA.id, 404],
      ['a case manager, of someone else', 'caseManagerA', () => world.members.securityA.id, 404],
      ['the administrator, of a civil society account', 'admin', () => world.members.coordinator.id, 404],
      ['another tenant’s administrator', 'otherTenantAdmin', () => world.members.securityA.id, 404],
      ['the administrator, of no one', 'admin', () => uuidv7(), 404],
      ['a coordinator', 'coordinator', () => world.members.securityA.id, 403],
      ['an oversight monitor', 'monitor', () => world.members.securityA.id, 403],
      ['no session', null, () => world.members.securityA.id, 401],
      ['a deactivated administrator', 'deactivated', () => world.members.securityA.id, 401],
    ] as const)('refuses %s with %i', async (_who, caller, userId, status) => {
      expectRefusal(await read(caller, userId()), status, [world.members.securityA.displayName]);
    });
  });
});

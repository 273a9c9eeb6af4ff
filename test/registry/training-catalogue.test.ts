import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_PATHS } from '../../src/contracts/registry-training.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { expectInvalid, expectRefusal } from './practitioners-world.ts';
import { makeTrainingWorld, sendAs, type TrainingWorld } from './training-world.ts';

// The course catalogue: everyone working with the registry reads it, with every facility's
// requirements; the administrator keeps it (training-requirements.test.ts: changing requirements).

describe(`the course catalogue on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: TrainingWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeTrainingWorld(database(), app);
  });
  afterAll(() => app?.close());

  const courseCount = async () =>
    (
      await database().superuser<{ count: number }>(
        'select count(*)::int as count from courses where tenant_id = $1',
        [world.tenant.id],
      )
    )[0]?.count;

  describe('reading', () => {
    it.each(['admin', 'directorA', 'securityA', 'gateA', 'caseManagerA', 'coordinator', 'amal'] as const)(
      'shows %s the catalogue with the requirements of every facility',
      async (caller) => {
        const response = await sendAs(app, world, caller, { url: TRAINING_PATHS.courses });
        expect(response.statusCode, response.body).toBe(200);
        const catalogue = response.json();
        expect(catalogue.courses.map((course: { code: string }) => course.code)).toEqual([
          'data_protection',
          'security_induction',
        ]);
        expect(catalogue.courses[1]).toMatchObject({
          id: world.inductionCourseId,
          name: 'Security induction',
          validityMonths: 24,
          standard: true,
          requiredBy: [{ facilityId: world.tenant.facilityId, accessTier: 'regular' }],
        });
        const facilityA = catalogue.facilities.find((f: { id: string }) => f.id === world.tenant.facilityId);
        expect(facilityA).toMatchObject({ regular: [world.inductionCourseId], occasional: [] });
        expect(catalogue.actions).toEqual(caller === 'admin' ? ['read', 'create'] : ['read']);
        expect(facilityA.actions).toEqual(
          caller === 'admin' || caller === 'directorA' ? ['read', 'change'] : ['read'],
        );
      },
    );

    it('shows another tenant’s administrator their own catalogue only', async () => {
      const response = await sendAs(app, world, 'otherTenantAdmin', { url: TRAINING_PATHS.courses });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(world.inductionCourseId);
      expect(response.body).not.toContain(world.tenant.facilityId);
    });

    it.each([
      ['an oversight monitor', 'monitor', 403],
      ['no session', null, 401],
      ['a deactivated administrator', 'deactivated', 401],
    ] as const)('refuses %s with %i', async (_who, caller, status) => {
      expectRefusal(await sendAs(app, world, caller, { url: TRAINING_PATHS.courses }), status, [
        'security_induction',
      ]);
    });
  });

  describe('adding and changing courses', () => {
    const add = (caller: Parameters<typeof sendAs>[2], payload: unknown) =>
      sendAs(app, world, caller, { method: 'POST', url: TRAINING_PATHS.courses, payload });

    it('lets the administrator add a course (201), audited, marked as added', async () => {
      const response = await add('admin', { code: 'first_aid', name: 'First aid', validityMonths: 12 });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json().courses).toContainEqual(
        expect.objectContaining({
          code: 'first_aid',
          name: 'First aid',
          validityMonths: 12,
          standard: false,
        }),
      );
      const [row] = await database().superuser<{ added_by: string }>(
        `select added_by::text from courses where tenant_id = $1 and code = 'first_aid'`,
        [world.tenant.id],
      );
      expect(row?.added_by).toBe(world.members.admin.id);
      const entries = await entriesOf(database(), world.tenant.id, ['course.created']);
      expect(entries.at(-1)).toMatchObject({
        actor_user_id: world.members.admin.id,
        subject_type: 'course',
        details: { code: 'first_aid', validityMonths: 12 },
      });
    });

    it('adds a course that never expires when no validity is given', async () => {
      const response = await add('admin', { code: 'mediation_basics', name: 'Mediation basics' });
      expect(response.json().courses).toContainEqual(
        expect.objectContaining({ code: 'mediation_basics', validityMonths: null }),
      );
    });

    it('refuses a code the catalogue has with 409 naming the field, adding nothing', async () => {
      const before = await courseCount();
      const response = await add('admin', { code: 'security_induction', name: 'Again' });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'training.course_code_taken',
        errors: [{ path: '/body/code', code: 'taken' }],
      });
      expect(await courseCount()).toBe(before);
    });

    it.each([
      ['a code with capitals', { code: 'FirstAid', name: 'x' }, '/body/code'],
      [
        'a validity of 0 months',
        { code: 'zero_course', name: 'x', validityMonths: 0 },
        '/body/validityMonths',
      ],
      [
        'a validity over ten years',
        { code: 'long_course', name: 'x', validityMonths: 121 },
        '/body/validityMonths',
      ],
      ['a blank name', { code: 'blank_course', name: ' ' }, '/body/name'],
      ['an unknown field', { code: 'odd_course', name: 'x', owner: 'me' }, '/body/owner'],
    ])('refuses %s with 400 naming the field, adding nothing', async (_what, payload, path) => {
      const before = await courseCount();
      expectInvalid(await add('admin', payload), [path]);
      expect(await courseCount()).toBe(before);
    });

    it.each([
      ['a director', 'directorA', 403],
      ['a security officer', 'securityA', 403],
      ['a coordinator', 'coordinator', 403],
      ['an oversight monitor', 'monitor', 403],
      ['no session', null, 401],
      ['a deactivated administrator', 'deactivated', 401],
    ] as const)('refuses %s adding a course with %i, adding nothing', async (_who, caller, status) => {
      const before = await courseCount();
      expectRefusal(await add(caller, { code: 'refused_course', name: 'Refused' }), status, []);
      expect(await courseCount()).toBe(before);
    });

    it('lets the administrator rename a course and change its validity, audited before and after', async () => {
      const response = await sendAs(app, world, 'admin', {
        method: 'PATCH',
        url: TRAINING_PATHS.course(world.dataProtectionCourseId),
        payload: { name: 'Data protection and confidentiality', validityMonths: null },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().courses).toContainEqual(
        expect.objectContaining({
          code: 'data_protection',
          name: 'Data protection and confidentiality',
          validityMonths: null,
        }),
      );
      const entries = await entriesOf(database(), world.tenant.id, ['course.updated']);
      expect(entries.at(-1)?.details).toEqual({
        code: 'data_protection',
        nameBefore: 'Data protection',
        nameAfter: 'Data protection and confidentiality',
        validityBefore: 24,
        validityAfter: null,
      });
      await database().superuser('update courses set name = $2, validity_months = 24 where id = $1', [
        world.dataProtectionCourseId,
        'Data protection',
      ]);
    });

    it.each([
      ['a director', 'directorA', () => world.inductionCourseId, 403],
      ['another tenant’s administrator', 'otherTenantAdmin', () => world.inductionCourseId, 404],
      ['the administrator, for another tenant’s course', 'admin', () => world.foreign.courseId, 404],
      ['the administrator, for no course', 'admin', () => uuidv7(), 404],
      ['no session', null, () => world.inductionCourseId, 401],
    ] as const)(
      'refuses %s changing a course with %i, changing nothing',
      async (_who, caller, id, status) => {
        const response = await sendAs(app, world, caller, {
          method: 'PATCH',
          url: TRAINING_PATHS.course(id()),
          payload: { name: 'Renamed' },
        });
        expectRefusal(response, status, []);
        const [row] = await database().superuser<{ name: string }>('select name from courses where id = $1', [
          id(),
        ]);
        expect(row?.name ?? null).not.toBe('Renamed');
      },
    );

    it('refuses an empty change with 400', async () => {
      const response = await sendAs(app, world, 'admin', {
        method: 'PATCH',
        url: TRAINING_PATHS.course(world.inductionCourseId),
        payload: {},
      });
      expect(response.statusCode).toBe(400);
    });
  });
});

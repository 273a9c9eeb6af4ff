import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { TRAINING_PATHS } from '../../src/contracts/registry-training.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { expectRefusal } from './practitioners-world.ts';
import { QUESTION_DAY } from './registry-world.ts';
import { makeTrainingWorld, sendAs, type TrainingWorld } from './training-world.ts';

// PUT …/facilities/:facilityId/course-requirements/:accessTier: the administrator or the facility's
// own director replaces a tier's required courses, and the eligibility answer follows at once.

describe(`course requirements on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: TrainingWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeTrainingWorld(database(), app);
  });
  afterAll(() => app?.close());

  const requirementsOf = async (facilityId: string, tier: string) =>
    (
      await database().superuser<{ code: string }>(
        `select c.code from course_requirements r join courses c on c.id = r.course_id
          where r.facility_id = $1 and r.access_tier = $2 order by c.code`,
        [facilityId, tier],
      )
    ).map((row) => row.code);

  describe('changing requirements', () => {
    const put = (
      caller: Parameters<typeof sendAs>[2],
      facilityId: string,
      tier: string,
      courseIds: unknown,
    ) =>
      sendAs(app, world, caller, {
        method: 'PUT',
        url: TRAINING_PATHS.requirements(facilityId, tier),
        payload: { courseIds },
      });

    it('lets the administrator replace a tier’s set, audited with the codes before and after', async () => {
      const response = await put('admin', world.facilityB, 'occasional', [
        world.inductionCourseId,
        world.dataProtectionCourseId,
      ]);
      expect(response.statusCode, response.body).toBe(200);
      expect(await requirementsOf(world.facilityB, 'occasional')).toEqual([
        'data_protection',
        'security_induction',
      ]);
      const entries = await entriesOf(database(), world.tenant.id, ['course_requirements.changed']);
      expect(entries.at(-1)).toMatchObject({
        subject_type: 'facility',
        subject_id: world.facilityB,
        details: { accessTier: 'occasional', before: '', after: 'data_protection,security_induction' },
      });
      await put('admin', world.facilityB, 'occasional', []);
      expect(await requirementsOf(world.facilityB, 'occasional')).toEqual([]);
    });

    it('lets the facility’s own director change them, and refuses another facility’s director (403)', async () => {
      const own = await put('directorB', world.facilityB, 'regular', [world.dataProtectionCourseId]);
      expect(own.statusCode, own.body).toBe(200);
      expect(await requirementsOf(world.facilityB, 'regular')).toEqual(['data_protection']);
      const before = await requirementsOf(world.tenant.facilityId, 'regular');
      expectRefusal(await put('directorB', world.tenant.facilityId, 'regular', []), 403, []);
      expect(await requirementsOf(world.tenant.facilityId, 'regular')).toEqual(before);
    });

    it.each([
      ['a security officer', 'securityA', 403],
      ['a coordinator', 'coordinator', 403],
      ['a case manager', 'caseManagerA', 403],
      ['an oversight monitor', 'monitor', 403],
      ['another tenant’s administrator', 'otherTenantAdmin', 404],
      ['no session', null, 401],
      ['a deactivated administrator', 'deactivated', 401],
    ] as const)('refuses %s with %i, changing nothing', async (_who, caller, status) => {
      const before = await requirementsOf(world.tenant.facilityId, 'regular');
      expectRefusal(await put(caller, world.tenant.facilityId, 'regular', []), status, []);
      expect(await requirementsOf(world.tenant.facilityId, 'regular')).toEqual(before);
    });

    it.each([
      ['a course that does not exist', () => [world.inductionCourseId, uuidv7()], '/body/courseIds/1'],
      ['another tenant’s course', () => [world.foreign.courseId], '/body/courseIds/0'],
      ['a course named twice', () => [world.inductionCourseId, world.inductionCourseId], '/body/courseIds'],
    ])('refuses %s with 400, changing nothing', async (_what, courseIds, path) => {
      const before = await requirementsOf(world.tenant.facilityId, 'regular');
      const response = await put('admin', world.tenant.facilityId, 'regular', courseIds());
      expect(response.statusCode, response.body).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { path: string }) => error.path)
          .join(),
      ).toContain(path);
      expect(await requirementsOf(world.tenant.facilityId, 'regular')).toEqual(before);
    });

    it('answers 404 for a facility of another tenant, or none, and 400 for a tier that is not one', async () => {
      expectRefusal(await put('admin', uuidv7(), 'regular', []), 404, []);
      expect((await put('admin', world.tenant.facilityId, 'sometimes', [])).statusCode).toBe(400);
    });

    it('is seen by the eligibility answer on the next question', async () => {
      const ask = () =>
        sendAs(app, world, 'admin', {
          url: `${REGISTRY_PATHS.eligibility(world.amal.practitionerId)}?${new URLSearchParams({
            facilityId: world.tenant.facilityId,
            on: QUESTION_DAY,
            interventionType: 'mentoring',
            accessTier: 'regular',
          })}`,
        });
      expect((await ask()).json()).toMatchObject({ eligible: true });
      await put('admin', world.tenant.facilityId, 'regular', [
        world.inductionCourseId,
        world.dataProtectionCourseId,
      ]);
      expect((await ask()).json()).toMatchObject({
        eligible: false,
        reasons: [{ code: 'course_missing', course: { code: 'data_protection' } }],
      });
      await put('admin', world.tenant.facilityId, 'regular', [world.inductionCourseId]);
      expect((await ask()).json()).toMatchObject({ eligible: true });
    });
  });
});

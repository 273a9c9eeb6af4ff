import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  type Caller,
  countOf,
  expectInvalid,
  expectRefusal,
  makeBarePractitioner,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
  send,
} from './practitioners-world.ts';

// POST /api/v1/registry/practitioners/:id/certificates: the prison service attests the training
// its courses give. A certificate lasts the course's validity unless it says otherwise; only
// courses of the tenant's catalogue count.

describe(`recording certificates on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;
  const lifelongCourse = uuidv7();
  const foreignCourse = uuidv7();

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
    await database().superuser(
      `insert into courses (id, tenant_id, code, name, validity_months)
       values ($1, $2, 'human_rights_in_prisons', 'Human rights in prisons', null)`,
      [lifelongCourse, world.tenant.id],
    );
    await database().superuser(
      `insert into courses (id, tenant_id, code, name, validity_months)
       values ($1, $2, 'security_induction', 'Security induction', 24)`,
      [foreignCourse, world.members.otherTenantAdmin.tenantId],
    );
  });
  afterAll(() => app?.close());

  const fresh = () => makeBarePractitioner(database(), world.tenant.id, world.organisation);
  const certify = (caller: Caller | null, practitionerId: string, payload: unknown) =>
    send(app, world, caller, {
      method: 'POST',
      url: PRACTITIONER_PATHS.certificates(practitionerId),
      payload,
    });
  const induction = (extra: Record<string, unknown> = {}) => ({
    courseId: world.inductionCourseId,
    issuedOn: '2026-01-31',
    ...extra,
  });

  it.each(['admin', 'securityA', 'directorA'] as const)(
    'lets %s record a certificate (201), lasting the course’s validity through the day before',
    async (caller) => {
      const { practitionerId } = await fresh();
      const response = await certify(caller, practitionerId, induction());
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json().certificates).toEqual([
        {
          id: expect.any(String),
          course: { id: world.inductionCourseId, code: 'security_induction', name: 'Security induction' },
          issuedOn: '2026-01-31',
          // 24 months on from 31 January is 31 January 2028; valid through the day before.
          expiresOn: '2028-01-30',
          recordedAt: expect.any(String),
        },
      ]);
      const [row] = await database().superuser<{ recorded_by: string }>(
        'select recorded_by::text from certificates where practitioner_id = $1',
        [practitionerId],
      );
      expect(row?.recorded_by).toBe(world.members[caller].id);
    },
  );

  it('keeps a given expiry, and gives none for a course without a validity', async () => {
    const { practitionerId } = await fresh();
    await certify('admin', practitionerId, induction({ expiresOn: '2026-12-31' }));
    const response = await certify('admin', practitionerId, {
      courseId: lifelongCourse,
      issuedOn: '2026-02-01',
    });
    expect(response.json().certificates).toMatchObject([
      { course: { code: 'human_rights_in_prisons' }, issuedOn: '2026-02-01', expiresOn: null },
      { course: { code: 'security_induction' }, issuedOn: '2026-01-31', expiresOn: '2026-12-31' },
    ]);
  });

  it('records the certificate in the trail', async () => {
    const { practitionerId } = await fresh();
    await certify('securityA', practitionerId, induction());
    const entries = (await entriesOf(database(), world.tenant.id, ['certificate.recorded'])).filter(
      (entry) => entry.subject_id === practitionerId,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        actor_user_id: world.members.securityA.id,
        subject_type: 'practitioner',
        details: {
          certificateId: expect.any(String),
          course: 'security_induction',
          issuedOn: '2026-01-31',
          expiresOn: '2028-01-30',
        },
      }),
    ]);
  });

  it.each([
    ['a course that does not exist', () => induction({ courseId: uuidv7() }), '/body/courseId'],
    ['another tenant’s course', () => induction({ courseId: foreignCourse }), '/body/courseId'],
    ['a course id that is not one', () => induction({ courseId: 'induction' }), '/body/courseId'],
    ['an expiry before the issue', () => induction({ expiresOn: '2026-01-30' }), '/body/expiresOn'],
    ['a certificate issued in the future', () => induction({ issuedOn: '2099-01-01' }), '/body/issuedOn'],
    ['an impossible day', () => induction({ issuedOn: '2026-02-29' }), '/body/issuedOn'],
    ['a day of the wrong type', () => induction({ issuedOn: 20260131 }), '/body/issuedOn'],
    ['a missing course', () => ({ issuedOn: '2026-01-31' }), '/body/courseId'],
    ['an unknown field', () => induction({ grade: 'A' }), '/body/grade'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, payload, path) => {
    const { practitionerId } = await fresh();
    expectInvalid(await certify('admin', practitionerId, payload()), [path]);
    expect(await countOf(database(), 'certificates', practitionerId)).toBe(0);
  });

  it.each(['coordinator', 'amal', 'gateA'] as const)(
    'gives %s, who may see the practitioner but not certify them, 403, writing nothing',
    async (caller) => {
      const before = await countOf(database(), 'certificates', world.amal.practitionerId);
      expectRefusal(await certify(caller, world.amal.practitionerId, induction()), 403, [
        world.amal.displayName,
      ]);
      expect(await countOf(database(), 'certificates', world.amal.practitionerId)).toBe(before);
    },
  );

  it.each(REFUSED_CALLERS)('refuses %s (%s) with %i, writing nothing', async (_who, caller, status) => {
    const before = await countOf(database(), 'certificates', world.amal.practitionerId);
    expectRefusal(await certify(caller, world.amal.practitionerId, induction()), status, [
      world.amal.displayName,
      world.organisationName,
    ]);
    expect(await countOf(database(), 'certificates', world.amal.practitionerId)).toBe(before);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  type Caller,
  expectInvalid,
  expectRefusal,
  makeBarePractitioner,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
  send,
} from './practitioners-world.ts';
import { QUESTION_DAY } from './registry-world.ts';

// PUT and DELETE /api/v1/registry/practitioners/:id/suspension: prison security suspends and
// reinstates; the eligibility answer follows at once; the reason reaches prison staff only and
// never the trail.

const REASON = 'Brought an unauthorised phone into wing C on 3 November; under review.';

describe(`suspending practitioners on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
  });
  afterAll(() => app?.close());

  const suspend = (caller: Caller | null, practitionerId: string, payload: unknown = { reason: REASON }) =>
    send(app, world, caller, { method: 'PUT', url: PRACTITIONER_PATHS.suspension(practitionerId), payload });
  const reinstate = (caller: Caller | null, practitionerId: string) =>
    send(app, world, caller, { method: 'DELETE', url: PRACTITIONER_PATHS.suspension(practitionerId) });
  const suspensionOf = async (practitionerId: string) =>
    (
      await database().superuser<{ suspended_at: Date | null; suspension_reason: string | null }>(
        'select suspended_at, suspension_reason from practitioners where id = $1',
        [practitionerId],
      )
    )[0];
  const eligibility = async (caller: Caller) => {
    const query = new URLSearchParams({
      facilityId: world.tenant.facilityId,
      on: QUESTION_DAY,
      interventionType: 'mentoring',
      accessTier: 'regular',
    });
    const response = await send(app, world, caller, {
      url: `${REGISTRY_PATHS.eligibility(world.amal.practitionerId)}?${query}`,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ eligible: boolean; reasons: { code: string }[] }>();
  };

  it('takes Amal out of eligibility at once, and back in on reinstatement, both audited', async () => {
    expect((await eligibility('gateA')).eligible).toBe(true);

    const suspended = await suspend('securityA', world.amal.practitionerId);
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.headers['cache-control']).toBe('no-store');
    expect(suspended.json().suspension).toEqual({
      suspended: true,
      since: expect.any(String),
      reason: REASON,
    });
    expect(suspended.json().actions).toEqual(['read', 'record_vetting', 'record_certificate', 'reinstate']);
    expect(await eligibility('gateA')).toMatchObject({
      eligible: false,
      reasons: [{ code: 'practitioner_suspended' }],
    });

    const reinstated = await reinstate('directorA', world.amal.practitionerId);
    expect(reinstated.statusCode, reinstated.body).toBe(200);
    expect(reinstated.json().suspension).toEqual({ suspended: false, since: null, reason: null });
    expect((await eligibility('coordinator')).eligible).toBe(true);

    const entries = (
      await entriesOf(database(), world.tenant.id, ['practitioner.suspended', 'practitioner.reinstated'])
    ).filter((entry) => entry.subject_id === world.amal.practitionerId);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'practitioner.suspended',
        actor_user_id: world.members.securityA.id,
        subject_type: 'practitioner',
        details: {},
      }),
      expect.objectContaining({
        action: 'practitioner.reinstated',
        actor_user_id: world.members.directorA.id,
        details: { suspendedSince: suspended.json().suspension.since },
      }),
    ]);
    const trail = await database().superuser(
      'select details::text, purpose from audit_events where tenant_id = $1',
      [world.tenant.id],
    );
    expect(JSON.stringify(trail)).not.toContain('unauthorised phone');
  });

  it('shows the reason to prison staff and the administrator, never to the organisation or the practitioner', async () => {
    const { practitionerId } = await makeBarePractitioner(database(), world.tenant.id, world.organisation);
    await suspend('admin', practitionerId);
    const read = (caller: Caller, id = practitionerId) =>
      send(app, world, caller, { url: PRACTITIONER_PATHS.practitioner(id) });
    for (const caller of ['admin', 'directorB', 'securityA', 'gateA'] as const) {
      expect((await read(caller)).json().suspension, caller).toMatchObject({
        suspended: true,
        reason: REASON,
      });
    }
    const coordinator = await read('coordinator');
    expect(coordinator.json().suspension).toEqual({ suspended: true, since: expect.any(String) });
    expect(coordinator.body).not.toContain('phone');
    const list = await send(app, world, 'coordinator', {
      url: PRACTITIONER_PATHS.ofOrganisation(world.organisation),
    });
    expect(list.body).not.toContain('phone');

    await suspend('admin', world.amal.practitionerId);
    try {
      const own = await read('amal', world.amal.practitionerId);
      expect(own.json().suspension).toEqual({ suspended: true, since: expect.any(String) });
      expect(own.body).not.toContain('phone');
    } finally {
      expect((await reinstate('admin', world.amal.practitionerId)).statusCode).toBe(200);
    }
  });

  it('answers 409 to a second suspension, keeping the first, and to reinstating someone not suspended', async () => {
    const { practitionerId } = await makeBarePractitioner(database(), world.tenant.id, world.organisation);
    await suspend('securityA', practitionerId);
    const first = await suspensionOf(practitionerId);
    const again = await suspend('directorA', practitionerId, { reason: 'Another reason' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().code).toBe('practitioner.already_suspended');
    expect(await suspensionOf(practitionerId)).toEqual(first);

    await reinstate('securityA', practitionerId);
    const notSuspended = await reinstate('securityA', practitionerId);
    expect(notSuspended.statusCode).toBe(409);
    expect(notSuspended.json().code).toBe('practitioner.not_suspended');
    const entries = (
      await entriesOf(database(), world.tenant.id, ['practitioner.suspended', 'practitioner.reinstated'])
    ).filter((entry) => entry.subject_id === practitionerId);
    expect(entries.map((entry) => entry.action)).toEqual([
      'practitioner.suspended',
      'practitioner.reinstated',
    ]);
  });

  it.each([
    ['a missing reason', {}, '/body/reason'],
    ['a blank reason', { reason: ' \n\t ' }, '/body/reason'],
    ['a reason too long', { reason: 'x'.repeat(2001) }, '/body/reason'],
    ['a reason of the wrong type', { reason: true }, '/body/reason'],
    ['a reason with a control character', { reason: 'under review\u0007' }, '/body/reason'],
    ['an unknown field', { reason: REASON, until: '2027-01-01' }, '/body/until'],
  ])('refuses %s with 400 naming the field, suspending nobody', async (_what, payload, path) => {
    const { practitionerId } = await makeBarePractitioner(database(), world.tenant.id, world.organisation);
    expectInvalid(await suspend('securityA', practitionerId, payload), [path]);
    expect(await suspensionOf(practitionerId)).toEqual({ suspended_at: null, suspension_reason: null });
  });

  it.each(['coordinator', 'amal', 'gateA'] as const)(
    'gives %s, who may see the practitioner but not suspend them, 403 for both, changing nothing',
    async (caller) => {
      const amal = world.amal.practitionerId;
      expectRefusal(await suspend(caller, amal), 403, [world.amal.displayName]);
      expect(await suspensionOf(amal)).toEqual({ suspended_at: null, suspension_reason: null });
      await suspend('admin', amal);
      try {
        const kept = await suspensionOf(amal);
        expectRefusal(await reinstate(caller, amal), 403, [world.amal.displayName, REASON]);
        expect(await suspensionOf(amal)).toEqual(kept);
      } finally {
        expect((await reinstate('admin', amal)).statusCode).toBe(200);
      }
    },
  );

  it.each(REFUSED_CALLERS)(
    'refuses %s (%s) with %i for both, changing nothing',
    async (_who, caller, status) => {
      const { practitionerId, displayName } = await makeBarePractitioner(
        database(),
        world.tenant.id,
        world.organisation,
      );
      expectRefusal(await suspend(caller, practitionerId), status, [displayName, world.organisationName]);
      expect(await suspensionOf(practitionerId)).toEqual({ suspended_at: null, suspension_reason: null });
      await suspend('admin', practitionerId);
      const kept = await suspensionOf(practitionerId);
      expectRefusal(await reinstate(caller, practitionerId), status, [displayName, REASON]);
      expect(await suspensionOf(practitionerId)).toEqual(kept);
    },
  );
});

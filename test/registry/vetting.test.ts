import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf, makeMember } from '../access/factories.ts';
import { signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  AMAL_FINDINGS,
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

// POST /api/v1/registry/practitioners/:id/vetting: who may record a background check, what a
// clearance's expiry defaults to, that the findings reach prison security and never civil society
// or the trail, and that bad dates are refused with nothing written.

const FINDINGS = 'Prior association with a banned group, 2019; assessed as no longer relevant.';

describe(`recording vetting on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
  });
  afterAll(() => app?.close());

  const fresh = () => makeBarePractitioner(database(), world.tenant.id, world.organisation);
  const vet = (caller: Caller | null, practitionerId: string, payload: unknown) =>
    send(app, world, caller, { method: 'POST', url: PRACTITIONER_PATHS.vetting(practitionerId), payload });
  const cleared = (extra: Record<string, unknown> = {}) => ({
    level: 'enhanced',
    outcome: 'cleared',
    checkedOn: '2026-06-15',
    findings: FINDINGS,
    ...extra,
  });

  it.each(['securityA', 'directorA', 'directorB', 'admin'] as const)(
    'lets %s record a clearance (201), a year long when no expiry is given',
    async (caller) => {
      const { practitionerId } = await fresh();
      const response = await vet(caller, practitionerId, cleared());
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json().vetting).toEqual([
        {
          id: expect.any(String),
          level: 'enhanced',
          outcome: 'cleared',
          checkedOn: '2026-06-15',
          expiresOn: '2027-06-14',
          findings: FINDINGS,
          recordedAt: expect.any(String),
        },
      ]);
      const [row] = await database().superuser<{ recorded_by: string }>(
        'select recorded_by::text from vetting_checks where practitioner_id = $1',
        [practitionerId],
      );
      expect(row?.recorded_by).toBe(world.members[caller].id);
    },
  );

  it('keeps a given expiry, and none for a refusal or a pending check', async () => {
    const { practitionerId } = await fresh();
    await vet('securityA', practitionerId, cleared({ expiresOn: '2026-12-31' }));
    await vet('securityA', practitionerId, { level: 'basic', outcome: 'pending', checkedOn: '2026-07-01' });
    const response = await vet('securityA', practitionerId, {
      level: 'basic',
      outcome: 'not_cleared',
      checkedOn: '2026-07-02',
    });
    expect(response.json().vetting).toMatchObject([
      { outcome: 'not_cleared', expiresOn: null, findings: null },
      { outcome: 'pending', expiresOn: null },
      { outcome: 'cleared', expiresOn: '2026-12-31', findings: FINDINGS },
    ]);
  });

  it('records the check in the trail with level, outcome and dates, never the findings', async () => {
    const { practitionerId } = await fresh();
    await vet('securityA', practitionerId, cleared());
    const entries = (await entriesOf(database(), world.tenant.id, ['vetting.recorded'])).filter(
      (entry) => entry.subject_id === practitionerId,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        actor_user_id: world.members.securityA.id,
        subject_type: 'practitioner',
        outcome: 'allowed',
        details: {
          checkId: expect.any(String),
          level: 'enhanced',
          outcome: 'cleared',
          checkedOn: '2026-06-15',
          expiresOn: '2027-06-14',
        },
      }),
    ]);
    const trail = await database().superuser('select details::text from audit_events where tenant_id = $1', [
      world.tenant.id,
    ]);
    expect(JSON.stringify(trail)).not.toContain('banned group');
  });

  it('shows the findings to the security officer, and never to the coordinator or the practitioner', async () => {
    const account = await makeMember(database(), world.tenant, 'cso_practitioner', {
      organisationId: world.organisation,
    });
    const self = await signIn(app, account);
    const added = await send(app, world, 'coordinator', {
      method: 'POST',
      url: PRACTITIONER_PATHS.ofOrganisation(world.organisation),
      payload: { displayName: 'Salma', accessTier: 'regular', languages: ['ar'], userId: account.id },
    });
    const practitionerId = added.json().id as string;
    await vet('securityA', practitionerId, cleared());
    const url = PRACTITIONER_PATHS.practitioner(practitionerId);

    const security = await send(app, world, 'securityA', { url });
    expect(security.json().vetting[0].findings).toBe(FINDINGS);
    const coordinator = await send(app, world, 'coordinator', { url });
    const own = await app.inject({ url, headers: self.headers() });
    const list = await send(app, world, 'coordinator', {
      url: PRACTITIONER_PATHS.ofOrganisation(world.organisation),
    });
    for (const response of [coordinator, own, list]) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('banned group');
      expect(response.body).not.toContain('findings');
    }
    expect(own.json().vetting).toMatchObject([{ outcome: 'cleared', expiresOn: '2027-06-14' }]);
  });

  it.each([
    ['an expiry before the check', cleared({ expiresOn: '2026-06-14' }), '/body/expiresOn'],
    ['a check dated in the future', cleared({ checkedOn: '2099-01-01' }), '/body/checkedOn'],
    ['an impossible day', cleared({ checkedOn: '2026-02-30' }), '/body/checkedOn'],
    ['a day in another format', cleared({ checkedOn: '15/06/2026' }), '/body/checkedOn'],
    ['an unknown level', cleared({ level: 'top_secret' }), '/body/level'],
    ['an unknown outcome', cleared({ outcome: 'maybe' }), '/body/outcome'],
    ['a missing outcome', { level: 'basic', checkedOn: '2026-06-15' }, '/body/outcome'],
    ['a missing day', { level: 'basic', outcome: 'pending' }, '/body/checkedOn'],
    ['blank findings', cleared({ findings: '  \n ' }), '/body/findings'],
    ['findings of the wrong type', cleared({ findings: ['x'] }), '/body/findings'],
    ['findings too long', cleared({ findings: 'x'.repeat(4001) }), '/body/findings'],
    ['an unknown field', cleared({ recordedBy: 'someone else' }), '/body/recordedBy'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, payload, path) => {
    const { practitionerId } = await fresh();
    expectInvalid(await vet('securityA', practitionerId, payload), [path]);
    expect(await countOf(database(), 'vetting_checks', practitionerId)).toBe(0);
  });

  it.each(['coordinator', 'amal', 'gateA'] as const)(
    'gives %s, who may see the practitioner but not vet them, 403, writing nothing',
    async (caller) => {
      const before = await countOf(database(), 'vetting_checks', world.amal.practitionerId);
      expectRefusal(await vet(caller, world.amal.practitionerId, cleared()), 403, [
        world.amal.displayName,
        AMAL_FINDINGS,
      ]);
      expect(await countOf(database(), 'vetting_checks', world.amal.practitionerId)).toBe(before);
    },
  );

  it.each(REFUSED_CALLERS)('refuses %s (%s) with %i, writing nothing', async (_who, caller, status) => {
    const before = await countOf(database(), 'vetting_checks', world.amal.practitionerId);
    expectRefusal(await vet(caller, world.amal.practitionerId, cleared()), status, [
      world.amal.displayName,
      world.organisationName,
      AMAL_FINDINGS,
    ]);
    expect(await countOf(database(), 'vetting_checks', world.amal.practitionerId)).toBe(before);
  });

  it('answers 404 for a practitioner that does not exist', async () => {
    expectRefusal(await vet('admin', '01900000-0000-7000-8000-000000000000', cleared()), 404, []);
  });
});

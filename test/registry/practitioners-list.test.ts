import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  AMAL_FINDINGS,
  expectInvalid,
  expectRefusal,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
  send,
} from './practitioners-world.ts';

// GET /api/v1/registry/organisations/:organisationId/practitioners: an organisation's practitioners
// with their latest vetting, for the administrator, prison staff and the organisation's coordinator;
// the actions each reader is offered, paging, the trail, and every refusal.

describe(`listing an organisation’s practitioners on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
  });
  afterAll(() => app?.close());

  const secrets = () => [
    world.amal.displayName,
    world.colleague.displayName,
    world.organisationName,
    AMAL_FINDINGS,
  ];

  const list = (caller: Parameters<typeof send>[2], query = '', organisationId = world.organisation) =>
    send(app, world, caller, { url: `${PRACTITIONER_PATHS.ofOrganisation(organisationId)}${query}` });

  it.each(['admin', 'directorA', 'directorB', 'securityA', 'gateA', 'coordinator'] as const)(
    'lists them for %s, each with the latest vetting and the reader’s actions',
    async (caller) => {
      const response = await list(caller);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const page = response.json();
      expect(page.items.map((item: { id: string }) => item.id)).toEqual([
        world.amal.practitionerId,
        world.colleague.practitionerId,
      ]);
      expect(page.items[0]).toEqual({
        id: world.amal.practitionerId,
        displayName: world.amal.displayName,
        roleTitle: 'Mentor',
        accessTier: 'regular',
        gender: 'woman',
        languages: ['ar', 'fr'],
        // The reason's place is there for prison staff and the administrator only.
        suspension:
          caller === 'coordinator'
            ? { suspended: false, since: null }
            : { suspended: false, since: null, reason: null },
        vetting: {
          level: 'enhanced',
          outcome: 'cleared',
          checkedOn: '2026-10-01',
          expiresOn: '2027-09-30',
        },
        actions: expect.any(Array),
      });
      expect(page.items[1].vetting).toBeNull();
      expect(page.nextCursor).toBeNull();
      expect(response.body).not.toContain(AMAL_FINDINGS);
    },
  );

  it('offers each reader exactly what the server would accept', async () => {
    const actions = async (caller: Parameters<typeof send>[2]) => {
      const page = (await list(caller)).json();
      return { list: page.actions, item: page.items[0].actions };
    };
    expect(await actions('admin')).toEqual({
      list: ['read', 'create'],
      item: ['read', 'record_vetting', 'record_signature', 'record_certificate', 'suspend'],
    });
    expect(await actions('securityA')).toEqual({
      list: ['read'],
      item: ['read', 'record_vetting', 'record_certificate', 'suspend'],
    });
    expect(await actions('gateA')).toEqual({ list: ['read'], item: ['read'] });
    expect(await actions('coordinator')).toEqual({
      list: ['read', 'create'],
      item: ['read', 'record_signature'],
    });
  });

  it('pages by cursor and filters by tier and suspension', async () => {
    const first = (await list('admin', '?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBe(world.amal.practitionerId);
    const second = (await list('admin', `?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([world.colleague.practitionerId]);
    expect(second.nextCursor).toBeNull();
    expect((await list('admin', '?accessTier=occasional')).json().items).toEqual([]);
    expect((await list('admin', '?suspended=true')).json().items).toEqual([]);
    expect((await list('admin', '?suspended=false')).json().items).toHaveLength(2);
    expectInvalid(await list('admin', '?limit=0'), ['/querystring/limit']);
    expectInvalid(await list('admin', '?accessTier=permanent'), ['/querystring/accessTier']);
  });

  it('records the look in the trail, with no names', async () => {
    await list('gateA');
    const [entry] = (await entriesOf(database(), world.tenant.id, ['record.read'])).slice(-1);
    expect(entry).toMatchObject({
      actor_user_id: world.members.gateA.id,
      subject_type: 'organisation',
      subject_id: world.organisation,
      details: { view: 'practitioners', count: 2 },
    });
  });

  it.each(REFUSED_CALLERS)(
    'refuses %s (%s) with %i and nothing of the organisation',
    async (_who, caller, status) => {
      expectRefusal(await list(caller), status, secrets());
    },
  );

  it('refuses the practitioners themselves (403: they see their own standing, not the list)', async () => {
    expectRefusal(await list('amal'), 403, [world.colleague.displayName]);
  });

  it('answers 404 for an organisation that does not exist or is not civil society', async () => {
    expectRefusal(await list('admin', '', '01900000-0000-7000-8000-000000000000'), 404, []);
    expectRefusal(await list('admin', '', world.tenant.organisationId), 404, []);
  });

  it('records the refusal of another organisation’s coordinator', async () => {
    await list('otherCoordinator');
    const [entry] = (await entriesOf(database(), world.tenant.id, ['access.denied'])).slice(-1);
    expect(entry).toMatchObject({
      actor_user_id: world.members.otherCoordinator.id,
      subject_type: 'practitioner',
      outcome: 'denied',
      details: { action: 'read', reason: 'not_visible' },
    });
  });
});

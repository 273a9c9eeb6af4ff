import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import {
  FACILITY_ACTIONS,
  type FacilityAction,
  facilityPolicy,
} from '../../src/server/modules/administration/facilities/policy.ts';
import { isKnownTimeZone } from '../../src/server/modules/administration/facilities/time-zones.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { makeOrganisation } from '../access/factories.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { actorHolding } from '../support/actors.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  countWhere,
  entriesStartingWith,
  makePlaceWorld,
  makeUnauthenticatedClients,
  type PlaceWorld,
  WRONG_ROLES,
} from './place-world.ts';

// Facility administration: the policy as a table, time zone names, the allow/deny pair of every
// route, what a change writes to the trail, and bad input that changes nothing.

const unique = () => randomBytes(3).toString('hex').toUpperCase();
const URL = '/api/v1/admin/facilities';

describe('the facility policy, as a table', () => {
  const tenantId = uuidv7();
  const actorOf = (role: Role): Actor => actorHolding(role, tenantId);
  const expected = (role: Role, sameTenant: boolean): readonly FacilityAction[] =>
    role === 'administrator' && sameTenant ? FACILITY_ACTIONS : [];

  it.each(
    ROLES.flatMap((role) => [[role, 'own tenant', true] as const, [role, 'other tenant', false] as const]),
  )('%s on a facility of the %s', (role, _where, sameTenant) => {
    const actor = actorOf(role);
    // A director or case manager is not managing the very facility their role is held at either.
    const id = actor.roles[0]?.facilityId ?? uuidv7();
    const record = { tenantId: sameTenant ? tenantId : uuidv7(), id };
    expect(allowedActions(facilityPolicy, actor, record)).toEqual(expected(role, sameTenant));
  });
});

describe('time zone names', () => {
  it.each([
    'UTC',
    'Africa/Tunis',
    'Asia/Almaty',
    'America/Argentina/Buenos_Aires',
    'Asia/Kolkata',
    'Europe/Kyiv',
  ])('accepts %s', (name) => expect(isKnownTimeZone(name)).toBe(true));
  it.each([
    '',
    'utc',
    'africa/tunis',
    'Africa/TUNIS',
    'Mars/Olympus_Mons',
    '+05:00',
    'Local',
    'Africa/Tunis ',
  ])('refuses %j', (name) => expect(isKnownTimeZone(name)).toBe(false));
});

interface Facility {
  id: string;
  code: string;
  name: string;
  kind: string;
  timeZone: string;
  capacity: number | null;
  organisationId: string | null;
  organisationName: string | null;
  createdAt: string;
  actions: string[];
}

describe(`facility administration on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PlaceWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePlaceWorld(database(), app);
  });
  afterAll(() => app?.close());

  const list = (client?: SignedInClient) => app.inject({ url: URL, headers: client?.headers() ?? {} });
  const create = (payload: unknown, client?: SignedInClient) =>
    app.inject({ method: 'POST', url: URL, payload: payload as object, headers: client?.headers() ?? {} });
  const patch = (id: string, payload: unknown, client?: SignedInClient) =>
    app.inject({
      method: 'PATCH',
      url: `${URL}/${id}`,
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const valid = (change: Record<string, unknown> = {}) => ({
    code: `F-${unique()}`,
    name: `Facility ${unique()}`,
    kind: 'women',
    timeZone: 'Africa/Tunis',
    capacity: 120,
    organisationId: world.tenant.organisationId,
    ...change,
  });
  const rowOf = async (id: string) =>
    (
      await database().superuser<{
        code: string;
        name: string;
        kind: string;
        time_zone: string;
        capacity: number | null;
        organisation_id: string | null;
      }>(
        'select code, name, kind, time_zone, capacity, organisation_id::text from facilities where id = $1',
        [id],
      )
    )[0];
  const trail = () => entriesStartingWith(database(), world.tenant.id, 'facility.');
  const newFacility = async (change: Record<string, unknown> = {}) => {
    const response = await create(valid(change), world.clients.admin);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Facility>();
  };

  describe('the administrator of the tenant', () => {
    it('lists its facilities by name, with the prison service running each and the actions', async () => {
      const legacy = uuidv7();
      await database().superuser(
        `insert into facilities (id, tenant_id, code, name, kind, time_zone)
         values ($1, $2, $3, 'Aardvark Old Prison', 'mixed', 'UTC')`,
        [legacy, world.tenant.id, `OLD-${unique()}`],
      );
      await newFacility({ name: 'Zephyr Prison' });
      await newFacility({ name: 'Middle Prison', capacity: undefined });
      const response = await list(world.clients.admin);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const { facilities } = response.json<{ facilities: Facility[] }>();
      expect(facilities.map((facility) => facility.name)).toEqual([
        'Aardvark Old Prison',
        'Facility one',
        'Middle Prison',
        'Zephyr Prison',
      ]);
      expect(facilities[0]).toMatchObject({ id: legacy, organisationId: null, organisationName: null });
      expect(facilities[1]).toEqual({
        id: world.tenant.facilityId,
        code: 'F1',
        name: 'Facility one',
        kind: 'men',
        timeZone: 'UTC',
        capacity: null,
        organisationId: world.tenant.organisationId,
        organisationName: 'Prison service',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actions: ['read', 'create', 'update'],
      });
      expect(facilities[2]?.capacity).toBeNull();
      expect(facilities.map((facility) => facility.id)).not.toContain(world.other.facilityId);
    });

    it('creates a facility (201) run by a prison service, audited', async () => {
      const payload = valid({ kind: 'juvenile', timeZone: 'Asia/Kolkata', capacity: 90 });
      const response = await create(payload, world.clients.admin);
      expect(response.statusCode).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const created = response.json<Facility>();
      expect(created).toEqual({
        id: expect.any(String),
        code: payload.code,
        name: payload.name,
        kind: 'juvenile',
        timeZone: 'Asia/Kolkata',
        capacity: 90,
        organisationId: world.tenant.organisationId,
        organisationName: 'Prison service',
        createdAt: expect.any(String),
        actions: ['read', 'create', 'update'],
      });
      expect(await rowOf(created.id)).toEqual({
        code: payload.code,
        name: payload.name,
        kind: 'juvenile',
        time_zone: 'Asia/Kolkata',
        capacity: 90,
        organisation_id: world.tenant.organisationId,
      });
      expect((await trail()).filter((entry) => entry.subject_id === created.id)).toEqual([
        {
          action: 'facility.created',
          outcome: 'allowed',
          actor_user_id: world.members.admin.id,
          subject_type: 'facility',
          subject_id: created.id,
          details: {
            organisationId: world.tenant.organisationId,
            code: payload.code,
            name: payload.name,
            kind: 'juvenile',
            timeZone: 'Asia/Kolkata',
            capacity: 90,
          },
        },
      ]);
    });

    it('changes name, kind, time zone and capacity (200), audited with the fields changed', async () => {
      const facility = await newFacility();
      const response = await patch(
        facility.id,
        { name: 'Renamed Prison', kind: 'mixed', timeZone: 'UTC', capacity: null },
        world.clients.admin,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({
        ...facility,
        name: 'Renamed Prison',
        kind: 'mixed',
        timeZone: 'UTC',
        capacity: null,
      });
      expect(await rowOf(facility.id)).toMatchObject({
        code: facility.code,
        name: 'Renamed Prison',
        kind: 'mixed',
        time_zone: 'UTC',
        capacity: null,
      });
      // Only what differs is written and audited; the same values again write nothing.
      expect(
        (await patch(facility.id, { capacity: 300, kind: 'mixed' }, world.clients.admin)).json(),
      ).toMatchObject({
        capacity: 300,
      });
      expect((await patch(facility.id, { capacity: 300 }, world.clients.admin)).statusCode).toBe(200);
      expect((await trail()).filter((entry) => entry.subject_id === facility.id)).toEqual([
        expect.objectContaining({ action: 'facility.created' }),
        expect.objectContaining({
          action: 'facility.updated',
          actor_user_id: world.members.admin.id,
          details: {
            fields: 'name,kind,timeZone,capacity',
            name: 'Renamed Prison',
            kind: 'mixed',
            timeZone: 'UTC',
            capacity: null,
          },
        }),
        expect.objectContaining({
          action: 'facility.updated',
          details: { fields: 'capacity', capacity: 300 },
        }),
      ]);
    });

    it('may use a code that another tenant already has', async () => {
      const code = `SAME-${unique()}`;
      const theirs = await create(
        valid({ code, organisationId: world.other.organisationId }),
        world.clients.otherAdmin,
      );
      expect(theirs.statusCode).toBe(201);
      expect((await create(valid({ code }), world.clients.admin)).statusCode).toBe(201);
    });
  });

  describe('everyone else', () => {
    it('gives another tenant’s administrator 404 for this tenant’s facilities and hides them from the list', async () => {
      const facility = await newFacility();
      const refused = await patch(facility.id, { name: 'Taken over' }, world.clients.otherAdmin);
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('not_found');
      expect(refused.body).not.toContain(facility.name);
      expect((await rowOf(facility.id))?.name).toBe(facility.name);
      const missing = await patch(uuidv7(), { name: 'Nowhere' }, world.clients.admin);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('not_found');

      const theirs = await list(world.clients.otherAdmin);
      const theirIds: string[] = theirs.json().facilities.map((item: Facility) => item.id);
      const ours = await database().superuser<{ id: string }>(
        'select id::text from facilities where tenant_id = $1',
        [world.tenant.id],
      );
      expect(theirIds).toContain(world.other.facilityId);
      expect(theirIds.filter((id) => ours.some((row) => row.id === id))).toEqual([]);
      expect(theirs.body).not.toContain(facility.name);
      // Nor can they put a facility under this tenant's prison service: it does not exist for them.
      const code = `X-${unique()}`;
      const foreign = await create(valid({ code }), world.clients.otherAdmin);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().errors).toEqual([
        expect.objectContaining({ path: '/body/organisationId', code: 'unknown_organisation' }),
      ]);
      expect(await countWhere(database(), 'facilities', 'code', code)).toBe(0);
    });

    it.each(WRONG_ROLES)(
      'refuses the %s with 403 on every route, with no data and nothing written',
      async (role) => {
        const facility = await newFacility();
        const payload = valid();
        const before = (await trail()).length;
        for (const response of [
          await list(world.clients[role]),
          await create(payload, world.clients[role]),
          await patch(facility.id, { name: 'Not yours' }, world.clients[role]),
        ]) {
          expect(response.statusCode).toBe(403);
          expect(response.json().code).toBe('auth.forbidden');
          expect(response.body).not.toContain(facility.name);
          expect(response.body).not.toContain('Facility one');
        }
        expect(await countWhere(database(), 'facilities', 'code', payload.code)).toBe(0);
        expect((await rowOf(facility.id))?.name).toBe(facility.name);
        expect((await trail()).length).toBe(before);
      },
    );

    it('refuses with 401 no session, a deactivated user, and an expired or idle session', async () => {
      const facility = await newFacility();
      const payload = valid();
      const clients = await makeUnauthenticatedClients(database(), app, world);
      for (const [label, client] of Object.entries(clients)) {
        for (const response of [
          await list(client),
          await create(payload, client),
          await patch(facility.id, { capacity: 1 }, client),
        ]) {
          expect(response.statusCode, label).toBe(401);
          expect(response.json().code).toBe('auth.unauthenticated');
          expect(response.body).not.toContain(facility.name);
        }
      }
      expect(await countWhere(database(), 'facilities', 'code', payload.code)).toBe(0);
      expect((await rowOf(facility.id))?.capacity).toBe(facility.capacity);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a missing code', { code: undefined }, '/body/code'],
      ['a missing organisation', { organisationId: undefined }, '/body/organisationId'],
      ['a missing time zone', { timeZone: undefined }, '/body/timeZone'],
      ['a lower-case code', { code: 'f-lower' }, '/body/code'],
      ['a code starting with a dash', { code: '-F1' }, '/body/code'],
      ['an overlong code', { code: `F${'1'.repeat(20)}` }, '/body/code'],
      ['an unknown kind', { kind: 'prison' }, '/body/kind'],
      ['a name that is not a string', { name: 7 }, '/body/name'],
      ['an overlong name', { name: 'x'.repeat(201) }, '/body/name'],
      ['a capacity of 0', { capacity: 0 }, '/body/capacity'],
      ['a capacity as text', { capacity: '120' }, '/body/capacity'],
      ['a fractional capacity', { capacity: 1.5 }, '/body/capacity'],
      ['an organisation id that is not a UUID', { organisationId: 'prison' }, '/body/organisationId'],
      ['an unknown field', { tenantId: uuidv7() }, '/body/tenantId'],
      ['a made-up time zone', { timeZone: 'Mars/Olympus_Mons' }, '/body/timeZone'],
      ['a lower-case time zone', { timeZone: 'africa/tunis' }, '/body/timeZone'],
      ['an offset for a time zone', { timeZone: '+01:00' }, '/body/timeZone'],
      ['an overlong time zone', { timeZone: `Africa/${'x'.repeat(60)}` }, '/body/timeZone'],
      ['a made-up organisation', { organisationId: uuidv7() }, '/body/organisationId'],
    ] as const)(
      'refuses %s on create with 400 naming the field, writing nothing',
      async (_label, change, path) => {
        const payload = valid(change);
        const before = (await trail()).length;
        const response = await create(payload, world.clients.admin);
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().code).toBe('request.validation');
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
        expect(await countWhere(database(), 'facilities', 'name', payload.name)).toBe(0);
        expect((await trail()).length).toBe(before);
      },
    );

    it('refuses an organisation that is not a prison service, or is another tenant’s, naming the field', async () => {
      const probation = await makeOrganisation(database(), world.tenant, 'probation_service');
      for (const [organisationId, code] of [
        [world.cso, 'not_prison_service'],
        [probation, 'not_prison_service'],
        [world.other.organisationId, 'unknown_organisation'],
      ] as const) {
        const payload = valid({ organisationId });
        const response = await create(payload, world.clients.admin);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([
          expect.objectContaining({ path: '/body/organisationId', code }),
        ]);
        expect(await countWhere(database(), 'facilities', 'code', payload.code)).toBe(0);
      }
    });

    it('refuses a code the tenant already has with 409 naming the field, writing nothing', async () => {
      const before = (await trail()).length;
      const payload = valid({ code: 'F1' });
      const response = await create(payload, world.clients.admin);
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'facility.code_taken',
        errors: [expect.objectContaining({ path: '/body/code', code: 'taken' })],
      });
      expect(await countWhere(database(), 'facilities', 'name', payload.name)).toBe(0);
      expect((await trail()).length).toBe(before);
    });

    it('lets one of two simultaneous requests for a new code through, and answers the other 409', async () => {
      const code = `RACE-${unique()}`;
      const responses = await Promise.all([
        create(valid({ code }), world.clients.admin),
        create(valid({ code }), world.clients.admin),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      expect(responses.find((response) => response.statusCode === 409)?.json().code).toBe(
        'facility.code_taken',
      );
      expect(await countWhere(database(), 'facilities', 'code', code)).toBe(1);
    });

    it.each([
      ['an empty change', {}, '/body'],
      ['a new code (fixed once made)', { code: 'NEW-CODE' }, '/body/code'],
      ['a new organisation (fixed once made)', { organisationId: uuidv7() }, '/body/organisationId'],
      ['an unknown kind', { kind: 'open' }, '/body/kind'],
      ['a made-up time zone', { timeZone: 'Europe/Atlantis' }, '/body/timeZone'],
      ['a negative capacity', { capacity: -5 }, '/body/capacity'],
      ['an empty name', { name: '' }, '/body/name'],
      ['an overlong name with a valid capacity', { name: 'y'.repeat(201), capacity: 10 }, '/body/name'],
    ] as const)(
      'refuses %s on change with 400 naming the field, changing nothing',
      async (_label, payload, path) => {
        const facility = await newFacility();
        const before = (await trail()).length;
        const response = await patch(facility.id, payload, world.clients.admin);
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
        expect(await rowOf(facility.id)).toMatchObject({
          code: facility.code,
          name: facility.name,
          kind: facility.kind,
          time_zone: facility.timeZone,
          capacity: facility.capacity,
        });
        expect((await trail()).length).toBe(before);
      },
    );

    it('refuses an id that is not a UUID with 400 naming the parameter', async () => {
      const response = await patch('F1', { capacity: 10 }, world.clients.admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: '/params/id' })]);
    });
  });
});

import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import {
  ORGANISATION_ACTIONS,
  type OrganisationAction,
  type OrganisationRecord,
  organisationPolicy,
} from '../../src/server/modules/administration/organisations/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
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

// Organisation administration: the policy as a table, the allow/deny pair of every route, what a
// change writes to the trail, and bad input that changes nothing.

const unique = () => randomBytes(4).toString('hex');
const URL = '/api/v1/admin/organisations';

describe('the organisation policy, as a table', () => {
  const tenantId = uuidv7();
  const actorOf = (role: Role): Actor => actorHolding(role, tenantId);
  const record = (tenant: string): OrganisationRecord => ({
    tenantId: tenant,
    id: uuidv7(),
    kind: 'civil_society',
  });
  const expected = (role: Role, sameTenant: boolean): readonly OrganisationAction[] =>
    role === 'administrator' && sameTenant ? ORGANISATION_ACTIONS : [];

  it.each(
    ROLES.flatMap((role) => [[role, 'own tenant', true] as const, [role, 'other tenant', false] as const]),
  )('%s on an organisation of the %s', (role, _where, sameTenant) => {
    expect(
      allowedActions(organisationPolicy, actorOf(role), record(sameTenant ? tenantId : uuidv7())),
    ).toEqual(expected(role, sameTenant));
  });
});

describe(`organisation administration on ${testDatabaseKind()}`, () => {
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
    app.inject({
      method: 'POST',
      url: URL,
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const patch = (id: string, payload: unknown, client?: SignedInClient) =>
    app.inject({
      method: 'PATCH',
      url: `${URL}/${id}`,
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const nameOf = async (id: string) =>
    (await database().superuser<{ name: string }>('select name from organisations where id = $1', [id]))[0]
      ?.name;
  const trail = () => entriesStartingWith(database(), world.tenant.id, 'organisation.');
  const newOrganisation = async (name = `CSO ${unique()}`) => {
    const response = await create({ kind: 'civil_society', name }, world.clients.admin);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; name: string }>();
  };

  describe('the administrator of the tenant', () => {
    it('lists its organisations by kind (in the kinds’ order), then name, each with its actions', async () => {
      const names = ['Zeta Trust', 'Alpha Trust'].map((name) => `${name} ${unique()}`);
      for (const name of names) await newOrganisation(name);
      await create({ kind: 'oversight_body', name: `Inspectorate ${unique()}` }, world.clients.admin);
      const response = await list(world.clients.admin);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const { organisations } = response.json<{
        organisations: { id: string; kind: string; name: string; createdAt: string; actions: string[] }[];
      }>();
      const kindsInOrder = [
        'prison_service',
        'probation_service',
        'civil_society',
        'oversight_body',
        'operator',
      ];
      const sorted = [...organisations].sort(
        (a, b) => kindsInOrder.indexOf(a.kind) - kindsInOrder.indexOf(b.kind) || (a.name < b.name ? -1 : 1),
      );
      expect(organisations).toEqual(sorted);
      expect(organisations.map((organisation) => organisation.kind)).toEqual([
        'prison_service',
        'civil_society',
        'civil_society',
        'civil_society',
        'oversight_body',
      ]);
      expect(organisations[0]).toEqual({
        id: world.tenant.organisationId,
        kind: 'prison_service',
        name: 'Prison service',
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actions: ['read', 'create', 'update'],
      });
      const ids = organisations.map((organisation) => organisation.id);
      expect(ids).toContain(world.cso);
      expect(ids).not.toContain(world.other.organisationId);
    });

    it('creates an organisation (201), audited in the same tenant', async () => {
      const name = `Bridges ${unique()}`;
      const response = await create({ kind: 'probation_service', name }, world.clients.admin);
      expect(response.statusCode).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const created = response.json();
      expect(created).toEqual({
        id: expect.any(String),
        kind: 'probation_service',
        name,
        createdAt: expect.any(String),
        actions: ['read', 'create', 'update'],
      });
      const [row] = await database().superuser<{ tenant_id: string; kind: string }>(
        'select tenant_id::text, kind from organisations where id = $1',
        [created.id],
      );
      expect(row).toEqual({ tenant_id: world.tenant.id, kind: 'probation_service' });
      expect((await trail()).filter((entry) => entry.subject_id === created.id)).toEqual([
        {
          action: 'organisation.created',
          outcome: 'allowed',
          actor_user_id: world.members.admin.id,
          subject_type: 'organisation',
          subject_id: created.id,
          details: { kind: 'probation_service', name },
        },
      ]);
    });

    it('renames an organisation (200), audited with both names; the same name again writes nothing', async () => {
      const organisation = await newOrganisation();
      const renamed = `Renamed ${unique()}`;
      const response = await patch(organisation.id, { name: renamed }, world.clients.admin);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toMatchObject({ id: organisation.id, kind: 'civil_society', name: renamed });
      expect(await nameOf(organisation.id)).toBe(renamed);

      const again = await patch(organisation.id, { name: renamed }, world.clients.admin);
      expect(again.statusCode).toBe(200);
      expect((await trail()).filter((entry) => entry.subject_id === organisation.id)).toEqual([
        expect.objectContaining({ action: 'organisation.created' }),
        expect.objectContaining({
          action: 'organisation.updated',
          actor_user_id: world.members.admin.id,
          details: { fields: 'name', name: renamed, previousName: organisation.name },
        }),
      ]);
    });

    it('may use a name that another tenant already has', async () => {
      const name = `Shared name ${unique()}`;
      expect((await create({ kind: 'civil_society', name }, world.clients.otherAdmin)).statusCode).toBe(201);
      expect((await create({ kind: 'civil_society', name }, world.clients.admin)).statusCode).toBe(201);
    });
  });

  describe('everyone else', () => {
    it('gives another tenant’s administrator 404 for this tenant’s organisations and hides them from the list', async () => {
      const organisation = await newOrganisation();
      const refused = await patch(
        organisation.id,
        { name: `Taken over ${unique()}` },
        world.clients.otherAdmin,
      );
      expect(refused.statusCode).toBe(404);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().code).toBe('not_found');
      expect(refused.body).not.toContain(organisation.name);
      expect(await nameOf(organisation.id)).toBe(organisation.name);
      // Exactly the answer for an id that does not exist.
      const missing = await patch(uuidv7(), { name: 'Nobody' }, world.clients.admin);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('not_found');

      const theirs = (await list(world.clients.otherAdmin)).json<{ organisations: { id: string }[] }>();
      expect(theirs.organisations.map((item) => item.id)).not.toEqual(
        expect.arrayContaining([organisation.id]),
      );
      expect(theirs.organisations.map((item) => item.id)).toContain(world.other.organisationId);
      expect((await list(world.clients.otherAdmin)).body).not.toContain(organisation.name);
    });

    it.each(WRONG_ROLES)(
      'refuses the %s with 403 on every route, with no data and nothing written',
      async (role) => {
        const organisation = await newOrganisation();
        const name = `Not yours ${unique()}`;
        const before = (await trail()).length;
        for (const response of [
          await list(world.clients[role]),
          await create({ kind: 'civil_society', name }, world.clients[role]),
          await patch(organisation.id, { name }, world.clients[role]),
        ]) {
          expect(response.statusCode).toBe(403);
          expect(response.json().code).toBe('auth.forbidden');
          expect(response.body).not.toContain(organisation.name);
          expect(response.body).not.toContain('Prison service');
        }
        expect(await countWhere(database(), 'organisations', 'name', name)).toBe(0);
        expect(await nameOf(organisation.id)).toBe(organisation.name);
        expect((await trail()).length).toBe(before);
        const denied = await database().superuser<{ count: number }>(
          `select count(*)::int as count from audit_events
          where tenant_id = $1 and action = 'access.denied' and actor_user_id = $2`,
          [world.tenant.id, world.members[role].id],
        );
        expect(denied[0]?.count).toBeGreaterThanOrEqual(3);
      },
    );

    it('refuses with 401 no session, a deactivated user, and an expired or idle session', async () => {
      const organisation = await newOrganisation();
      const name = `Anonymous ${unique()}`;
      const clients = await makeUnauthenticatedClients(database(), app, world);
      for (const [label, client] of Object.entries(clients)) {
        for (const response of [
          await list(client),
          await create({ kind: 'civil_society', name }, client),
          await patch(organisation.id, { name }, client),
        ]) {
          expect(response.statusCode, label).toBe(401);
          expect(response.json().code).toBe('auth.unauthenticated');
          expect(response.body).not.toContain(organisation.name);
        }
      }
      expect(await countWhere(database(), 'organisations', 'name', name)).toBe(0);
      expect(await nameOf(organisation.id)).toBe(organisation.name);
    });
  });

  describe('bad input', () => {
    const long = 'x'.repeat(201);
    it.each([
      ['a missing kind', { name: 'No kind' }, '/body/kind'],
      ['a missing name', { kind: 'civil_society' }, '/body/name'],
      ['an unknown kind', { kind: 'church', name: 'Unknown kind' }, '/body/kind'],
      ['a name that is not a string', { kind: 'civil_society', name: 42 }, '/body/name'],
      ['an empty name', { kind: 'civil_society', name: '' }, '/body/name'],
      ['a name of spaces', { kind: 'civil_society', name: '   ' }, '/body/name'],
      ['a name with a space at the end', { kind: 'civil_society', name: 'Trailing ' }, '/body/name'],
      ['a name with a line break', { kind: 'civil_society', name: 'Two\nlines' }, '/body/name'],
      ['an overlong name', { kind: 'civil_society', name: long }, '/body/name'],
      [
        'an unknown field',
        { kind: 'civil_society', name: 'Extra field', tenantId: uuidv7() },
        '/body/tenantId',
      ],
    ] as const)(
      'refuses %s on create with 400 naming the field, writing nothing',
      async (_label, payload, path) => {
        const before = (await trail()).length;
        const response = await create(payload, world.clients.admin);
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().code).toBe('request.validation');
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
        if ('name' in payload)
          expect(await countWhere(database(), 'organisations', 'name', payload.name)).toBe(0);
        expect((await trail()).length).toBe(before);
      },
    );

    it('refuses a name the tenant already has with 409 naming the field, writing nothing', async () => {
      const existing = await newOrganisation();
      const before = (await trail()).length;
      for (const response of [
        await create({ kind: 'oversight_body', name: existing.name }, world.clients.admin),
        await create({ kind: 'prison_service', name: 'Prison service' }, world.clients.admin),
      ]) {
        expect(response.statusCode).toBe(409);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          code: 'organisation.name_taken',
          errors: [expect.objectContaining({ path: '/body/name', code: 'taken' })],
        });
      }
      expect(await countWhere(database(), 'organisations', 'name', existing.name)).toBe(1);
      // Renaming onto another organisation's name is refused the same way.
      const second = await newOrganisation();
      const clash = await patch(second.id, { name: existing.name }, world.clients.admin);
      expect(clash.statusCode).toBe(409);
      expect(clash.json().errors).toEqual([expect.objectContaining({ path: '/body/name' })]);
      expect(await nameOf(second.id)).toBe(second.name);
      expect((await trail()).length).toBe(before + 1);
    });

    it('lets one of two simultaneous requests for a new name through, and answers the other 409', async () => {
      const name = `Race ${unique()}`;
      const responses = await Promise.all([
        create({ kind: 'civil_society', name }, world.clients.admin),
        create({ kind: 'civil_society', name }, world.clients.admin),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      expect(responses.find((response) => response.statusCode === 409)?.json().code).toBe(
        'organisation.name_taken',
      );
      expect(await countWhere(database(), 'organisations', 'name', name)).toBe(1);
    });

    it.each([
      ['an empty change', {}, '/body/name'],
      ['a kind (fixed once made)', { name: 'Whatever', kind: 'operator' }, '/body/kind'],
      ['a name that is not a string', { name: ['list'] }, '/body/name'],
      ['an overlong name', { name: long }, '/body/name'],
    ] as const)(
      'refuses %s on rename with 400 naming the field, changing nothing',
      async (_label, payload, path) => {
        const organisation = await newOrganisation();
        const before = (await trail()).length;
        const response = await patch(organisation.id, payload, world.clients.admin);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
        expect(await nameOf(organisation.id)).toBe(organisation.name);
        expect((await trail()).length).toBe(before);
      },
    );

    it('refuses an id that is not a UUID with 400 naming the parameter', async () => {
      const response = await patch('not-an-id', { name: 'Whatever' }, world.clients.admin);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: '/params/id' })]);
    });
  });
});

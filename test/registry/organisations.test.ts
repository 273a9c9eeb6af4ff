import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Directory,
  type DirectoryEntry,
  REGISTRY_ORGANISATION_PATHS as PATHS,
  REGISTRY_ORGANISATION_ACTIONS,
  type RegistryOrganisation,
  type RegistryOrganisationAction,
} from '../../src/contracts/registry-organisations.ts';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role } from '../../src/server/modules/identity/roles.ts';
import { STEP_ROLES } from '../../src/server/modules/registry/accreditation/lifecycle.ts';
import { registryOrganisationPolicy } from '../../src/server/modules/registry/organisations/policy.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf, makeMember, makeOrganisation } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { actorHolding } from '../support/actors.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  makeOrganisationWorld,
  type OrganisationWorld,
  rowsOf,
  seedDecision,
  seedProfile,
} from './organisation-world.ts';

// The registry's organisations: the policy as a table, the directory and one organisation's record
// (who sees what, and the allow/deny pair for each), and the profile (create, replace, bad input that
// changes nothing, a taken registration number, the trail). Decisions and agreements:
// accreditation.test.ts.

const unique = () => randomBytes(4).toString('hex');

describe('the registry organisation policy, as a table', () => {
  const tenantId = uuidv7();
  const own = uuidv7();
  const record = (tenant: string, id: string) => ({ tenantId: tenant, id, kind: 'civil_society' as const });
  const actorOf = (role: Role): Actor => {
    const actor = actorHolding(role, tenantId);
    // An organisation role held in the organisation the record is, for the "own" rows.
    return {
      ...actor,
      roles: actor.roles.map((held) =>
        held.scope === 'organisation' ? { ...held, organisationId: own } : held,
      ),
    };
  };
  const EXPECTED: Partial<Record<Role, readonly RegistryOrganisationAction[]>> = {
    administrator: ['read', 'update_profile', 'apply', 'decide', 'record_agreement'],
    director: ['read', 'decide', 'record_agreement'],
    security_officer: ['read', 'decide'],
    gate_officer: ['read'],
    cso_coordinator: ['read', 'update_profile', 'apply'],
  };

  it.each(ROLES)('%s: its own organisation, another, and another tenant’s', (role) => {
    const actor = actorOf(role);
    expect(allowedActions(registryOrganisationPolicy, actor, record(tenantId, own))).toEqual(
      EXPECTED[role] ?? [],
    );
    // Facility and tenant roles reach every organisation of the tenant; organisation roles only their own.
    const elsewhere = role === 'cso_coordinator' ? [] : (EXPECTED[role] ?? []);
    expect(allowedActions(registryOrganisationPolicy, actor, record(tenantId, uuidv7()))).toEqual(elsewhere);
    expect(allowedActions(registryOrganisationPolicy, actor, record(uuidv7(), own))).toEqual([]);
  });

  it('gives `apply` and `decide` to exactly the lifecycle’s roles', () => {
    for (const role of ROLES) {
      const actions = allowedActions(registryOrganisationPolicy, actorOf(role), record(tenantId, own));
      expect(actions.includes('apply'), role).toBe(STEP_ROLES.apply.includes(role));
      expect(actions.includes('decide'), role).toBe(STEP_ROLES.decide.includes(role));
    }
    expect(REGISTRY_ORGANISATION_ACTIONS).toContain('apply');
  });
});

describe(`the registry organisations on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;
  let deactivated: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
    const gone = await makeMember(database(), world.tenant, 'administrator');
    deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);
  });
  afterAll(() => app?.close());

  const list = (client: SignedInClient | undefined, query = '') =>
    app.inject({ url: `${PATHS.organisations}${query}`, headers: client?.headers() ?? {} });
  const read = (id: string, client: SignedInClient | undefined) =>
    app.inject({ url: PATHS.organisation(id), headers: client?.headers() ?? {} });
  const putProfile = (id: string, payload: unknown, client: SignedInClient | undefined) =>
    app.inject({
      method: 'PUT',
      url: PATHS.profile(id),
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const profile = (changes: Record<string, unknown> = {}) => ({
    mandate: 'service_provider',
    legalName: `Association ${unique()}`,
    registrationNumber: `REG-${unique()}`,
    registrationRegistry: 'Registre national des associations',
    country: 'TN',
    ...changes,
  });
  const allEntries = async (client: SignedInClient) => {
    const items: DirectoryEntry[] = [];
    let cursor: string | null = null;
    do {
      const response = await list(client, cursor ? `?limit=2&cursor=${cursor}` : '?limit=2');
      expect(response.statusCode).toBe(200);
      const page: Directory = response.json();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  };
  const trail = (action: 'registry.profile_updated' | 'record.read' | 'access.denied') =>
    entriesOf(database(), world.tenant.id, [action]);
  const refusedWithNothing = (body: string) => {
    expect(body).not.toContain(world.csoName);
    expect(body).not.toContain(world.otherCsoName);
    expect(body).not.toContain('legalName');
  };

  describe('the directory', () => {
    it('shows prison staff and the administrator every civil society organisation of the tenant, and nothing else', async () => {
      const prisonService = world.tenant.organisationId;
      for (const who of ['admin', 'directorA', 'directorB', 'securityB', 'gateA'] as const) {
        const ids = (await allEntries(world.clients[who])).map((entry) => entry.id);
        expect(ids, who).toEqual(expect.arrayContaining([world.cso, world.otherCso]));
        expect(ids, who).not.toContain(prisonService);
        expect(ids, who).not.toContain(world.foreignCso);
      }
    });

    it('shows a coordinator their own organisation only', async () => {
      const response = await list(world.clients.coordinator);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const page: Directory = response.json();
      expect(page).toEqual({
        items: [
          {
            id: world.cso,
            name: world.csoName,
            mandate: null,
            legalName: null,
            registrationNumber: null,
            status: null,
            validUntil: null,
            facilityIds: [],
            interventionTypes: [],
            // No profile yet: nothing to apply with.
            actions: ['read', 'update_profile'],
          },
        ],
        nextCursor: null,
      });
      expect(response.body).not.toContain(world.otherCsoName);
    });

    it('gives each caller exactly the organisations the policy lets them read', async () => {
      const ids = new Set((await allEntries(world.clients.admin)).map((entry) => entry.id));
      for (const who of ['admin', 'directorB', 'gateA', 'coordinator', 'otherCoordinator'] as const) {
        const seen = (await allEntries(world.clients[who])).map((entry) => entry.id).sort();
        const readable = [...ids]
          .filter(
            (id) =>
              allowedActions(registryOrganisationPolicy, world.members[who].actor, {
                tenantId: world.tenant.id,
                id,
                kind: 'civil_society',
              }).length > 0,
          )
          .sort();
        expect(seen, who).toEqual(readable);
      }
    });

    it('states the profile and the accreditation as they stand, and pages by name', async () => {
      const accredited = await world.applicant();
      await seedProfile(database(), world, accredited.organisationId);
      await seedDecision(database(), world, accredited.organisationId, 'accredited');
      const entries = await allEntries(world.clients.directorB);
      const names = entries.map((entry) => entry.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
      expect(entries.find((entry) => entry.id === accredited.organisationId)).toEqual({
        id: accredited.organisationId,
        name: accredited.name,
        mandate: 'service_provider',
        legalName: expect.any(String),
        registrationNumber: expect.stringMatching(/^REG-/),
        status: 'accredited',
        validUntil: '2030-12-31',
        facilityIds: [world.tenant.facilityId],
        interventionTypes: ['mentoring'],
        actions: ['read', 'decide', 'record_agreement'],
      });
    });

    it('refuses a cursor it did not give, and a limit out of range, with 400 naming the parameter', async () => {
      for (const [query, path] of [
        ['?cursor=%2B%2B%2B', '/querystring/cursor'],
        ['?limit=0', '/querystring/limit'],
        ['?limit=201', '/querystring/limit'],
        ['?limit=ten', '/querystring/limit'],
      ] as const) {
        const response = await list(world.clients.admin, query);
        expect(response.statusCode, query).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().errors, query).toEqual([expect.objectContaining({ path })]);
      }
    });

    it('shows another tenant’s administrator none of this tenant’s organisations', async () => {
      const response = await list(world.clients.otherTenantAdmin);
      expect(response.statusCode).toBe(200);
      expect(response.json<Directory>().items.map((entry) => entry.id)).toEqual([world.foreignCso]);
      expect(response.body).not.toContain(world.csoName);
      expect(response.body).not.toContain(world.otherCsoName);
    });

    it('refuses the wrong roles with 403, and without a live session with 401, showing nothing', async () => {
      for (const who of ['caseManagerA', 'practitioner'] as const) {
        const response = await list(world.clients[who]);
        expect(response.statusCode, who).toBe(403);
        expect(response.json().code).toBe('auth.forbidden');
        refusedWithNothing(response.body);
      }
      for (const client of [undefined, deactivated]) {
        const response = await list(client);
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('auth.unauthenticated');
        refusedWithNothing(response.body);
      }
    });
  });

  describe('one organisation’s record', () => {
    it('answers the administrator, prison staff of any facility and the own coordinator; audited as record.read', async () => {
      for (const who of ['admin', 'directorA', 'directorB', 'securityB', 'gateA', 'coordinator'] as const) {
        const response = await read(world.cso, world.clients[who]);
        expect(response.statusCode, who).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.json<RegistryOrganisation>()).toMatchObject({
          id: world.cso,
          name: world.csoName,
          profile: null,
          accreditation: null,
          decisions: [],
          agreements: [],
        });
        const [last] = (await trail('record.read')).slice(-1);
        expect(last, who).toMatchObject({
          actor_user_id: world.members[who].id,
          subject_type: 'organisation',
          subject_id: world.cso,
          details: { view: 'registry' },
        });
      }
      const coordinator = (await read(world.cso, world.clients.coordinator)).json<RegistryOrganisation>();
      expect(coordinator.actions).toEqual(['read', 'update_profile']);
      expect(coordinator.nextStatuses).toEqual([]);
      const gate = (await read(world.cso, world.clients.gateA)).json<RegistryOrganisation>();
      expect(gate.actions).toEqual(['read']);
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator'],
      ['another tenant’s administrator', 'otherTenantAdmin'],
    ] as const)('answers 404 to %s, with nothing of the organisation', async (_who, who) => {
      const response = await read(world.cso, world.clients[who]);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('not_found');
      refusedWithNothing(response.body);
      // Exactly the answer for an organisation that does not exist.
      const missing = await read(uuidv7(), world.clients.admin);
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('not_found');
    });

    it('records a coordinator’s look at another organisation as a refusal', async () => {
      await read(world.cso, world.clients.otherCoordinator);
      expect((await trail('access.denied')).at(-1)).toMatchObject({
        actor_user_id: world.members.otherCoordinator.id,
        subject_type: 'organisation',
        subject_id: world.cso,
        outcome: 'denied',
        details: { action: 'read', reason: 'not_visible' },
      });
    });

    it('answers 404 for an organisation that is not civil society, 400 for an id that is not one', async () => {
      expect((await read(world.tenant.organisationId, world.clients.admin)).statusCode).toBe(404);
      const bad = await read('not-an-id', world.clients.admin);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: '/params/id' })]);
    });

    it('refuses the wrong roles with 403, and without a live session with 401, showing nothing', async () => {
      for (const who of ['caseManagerA', 'practitioner'] as const) {
        const response = await read(world.cso, world.clients[who]);
        expect(response.statusCode, who).toBe(403);
        refusedWithNothing(response.body);
      }
      for (const client of [undefined, deactivated]) {
        const response = await read(world.cso, client);
        expect(response.statusCode).toBe(401);
        refusedWithNothing(response.body);
      }
    });
  });

  describe('the profile', () => {
    it('is created by the own coordinator (201), replaced (200), and unchanged writes nothing; audited by field names', async () => {
      const { organisationId, coordinator, coordinatorMember } = await world.applicant();
      const first = profile({ registrationRegistry: null });
      const created = await putProfile(organisationId, first, coordinator);
      expect(created.statusCode).toBe(201);
      expect(created.headers['cache-control']).toBe('no-store');
      expect(created.json<RegistryOrganisation>()).toMatchObject({
        id: organisationId,
        profile: {
          mandate: 'service_provider',
          legalName: first.legalName,
          registrationNumber: first.registrationNumber,
          registrationRegistry: null,
          country: 'TN',
        },
        // With a profile, the organisation may apply.
        actions: ['read', 'update_profile', 'apply'],
        nextStatuses: ['applied'],
      });

      const second = { ...first, legalName: `Renamed ${unique()}`, country: null };
      const replaced = await putProfile(organisationId, second, coordinator);
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json().profile).toMatchObject({ legalName: second.legalName, country: null });
      expect((await putProfile(organisationId, second, coordinator)).statusCode).toBe(200);

      const entries = (await trail('registry.profile_updated')).filter(
        (entry) => entry.subject_id === organisationId,
      );
      expect(entries).toEqual([
        expect.objectContaining({
          actor_user_id: coordinatorMember.id,
          subject_type: 'organisation',
          details: { fields: 'mandate,legalName,registrationNumber,country', created: true },
        }),
        expect.objectContaining({ details: { fields: 'legalName,country', created: false } }),
      ]);
      // Names of fields, never their values.
      expect(JSON.stringify(entries)).not.toContain(second.legalName);
      expect(JSON.stringify(entries)).not.toContain(first.registrationNumber);
    });

    it('is kept by the administrator for any civil society organisation of the tenant', async () => {
      const response = await putProfile(
        world.otherCso,
        profile({ mandate: 'monitoring_body' }),
        world.clients.admin,
      );
      expect(response.statusCode).toBe(201);
      expect(response.json().profile.mandate).toBe('monitoring_body');
    });

    // Another tenant's administrator cannot even load the organisation (row-level security), so that
    // refusal is a plain 404 with nothing to record in this tenant's trail.
    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 404, 1],
      ['another tenant’s administrator', 'otherTenantAdmin', 404, 0],
      ['a director (the profile is the organisation’s)', 'directorA', 403, 1],
      ['a case manager', 'caseManagerA', 403, 1],
      ['a practitioner of the organisation', 'practitioner', 403, 1],
    ] as const)('refuses %s with %s, writing nothing', async (_label, who, status, recorded) => {
      const before = await rowsOf(database(), 'cso_profiles', world.cso);
      const denied = (await trail('access.denied')).length;
      const response = await putProfile(world.cso, profile(), world.clients[who]);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      refusedWithNothing(response.body);
      expect(await rowsOf(database(), 'cso_profiles', world.cso)).toBe(before);
      expect((await trail('access.denied')).length).toBe(denied + recorded);
    });

    it('refuses without a live session with 401, writing nothing', async () => {
      for (const client of [undefined, deactivated]) {
        const response = await putProfile(world.cso, profile(), client);
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('auth.unauthenticated');
      }
      expect(await rowsOf(database(), 'cso_profiles', world.cso)).toBe(0);
    });

    const long = (length: number) => 'x'.repeat(length);
    it.each([
      ['a missing mandate', { mandate: undefined }, '/body/mandate'],
      ['an unknown mandate', { mandate: 'charity' }, '/body/mandate'],
      ['a missing legal name', { legalName: undefined }, '/body/legalName'],
      ['a legal name that is not a string', { legalName: 42 }, '/body/legalName'],
      ['an empty legal name', { legalName: '' }, '/body/legalName'],
      ['a legal name on two lines', { legalName: 'Two\nlines' }, '/body/legalName'],
      ['an overlong legal name', { legalName: long(301) }, '/body/legalName'],
      ['an overlong registration number', { registrationNumber: long(101) }, '/body/registrationNumber'],
      [
        'a registration number with a space at the end',
        { registrationNumber: 'R-1 ' },
        '/body/registrationNumber',
      ],
      ['an overlong registry', { registrationRegistry: long(201) }, '/body/registrationRegistry'],
      ['a country in lower case', { country: 'tn' }, '/body/country'],
      ['a three-letter country', { country: 'TUN' }, '/body/country'],
      ['an unknown field', { website: 'https://example.org' }, '/body/website'],
    ] as const)('refuses %s with 400 naming the field, writing nothing', async (_label, change, path) => {
      const { organisationId, coordinator } = await world.applicant();
      const updates = (await trail('registry.profile_updated')).length;
      const response = await putProfile(organisationId, profile(change), coordinator);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('request.validation');
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await rowsOf(database(), 'cso_profiles', organisationId)).toBe(0);
      expect((await trail('registry.profile_updated')).length).toBe(updates);
    });

    it('refuses a registration number another organisation of the tenant has with 409, writing nothing', async () => {
      const first = await world.applicant();
      const second = await world.applicant();
      const number = `REG-${unique()}`;
      expect(
        (await putProfile(first.organisationId, profile({ registrationNumber: number }), first.coordinator))
          .statusCode,
      ).toBe(201);
      const kept = profile({ registrationNumber: `REG-${unique()}` });
      expect((await putProfile(second.organisationId, kept, second.coordinator)).statusCode).toBe(201);
      const updates = (await trail('registry.profile_updated')).length;

      for (const response of [
        await putProfile(second.organisationId, { ...kept, registrationNumber: number }, second.coordinator),
        await putProfile(
          (await world.applicant()).organisationId,
          profile({ registrationNumber: number }),
          world.clients.admin,
        ),
      ]) {
        expect(response.statusCode).toBe(409);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          code: 'registry.registration_number_taken',
          errors: [expect.objectContaining({ path: '/body/registrationNumber', code: 'taken' })],
        });
      }
      const [row] = await database().superuser<{ registration_number: string }>(
        'select registration_number from cso_profiles where organisation_id = $1',
        [second.organisationId],
      );
      expect(row?.registration_number).toBe(kept.registrationNumber);
      expect((await trail('registry.profile_updated')).length).toBe(updates);
      // Another tenant may use the same number.
      const foreign = await putProfile(
        world.foreignCso,
        profile({ registrationNumber: number }),
        world.clients.otherTenantAdmin,
      );
      expect(foreign.statusCode).toBe(201);
    });

    it('lets one of two simultaneous claims of a new number through, and answers the other 409', async () => {
      const first = await world.applicant();
      const second = await world.applicant();
      const number = `REG-${unique()}`;
      const responses = await Promise.all([
        putProfile(first.organisationId, profile({ registrationNumber: number }), first.coordinator),
        putProfile(second.organisationId, profile({ registrationNumber: number }), second.coordinator),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      const [row] = await database().superuser<{ count: number }>(
        'select count(*)::int as count from cso_profiles where registration_number = $1',
        [number],
      );
      expect(row?.count).toBe(1);
    });

    it('refuses a profile for an organisation that is not civil society with 409, writing nothing', async () => {
      const oversight = await makeOrganisation(database(), world.tenant, 'oversight_body');
      for (const id of [oversight, world.tenant.organisationId]) {
        const response = await putProfile(id, profile(), world.clients.admin);
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({
          code: 'registry.not_civil_society',
          errors: [expect.objectContaining({ path: '/params/id' })],
        });
        expect(await rowsOf(database(), 'cso_profiles', id)).toBe(0);
      }
    });
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf, makeMember } from '../access/factories.ts';
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

// POST /api/v1/registry/organisations/:organisationId/practitioners: the coordinator or the
// administrator adds a practitioner, optionally linked to an account of the organisation; bad input
// and refusals write nothing; the trail holds no name.

describe(`adding a practitioner on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
  });
  afterAll(() => app?.close());

  const practitionerCount = async (organisationId = world.organisation) =>
    (
      await database().superuser<{ count: number }>(
        'select count(*)::int as count from practitioners where organisation_id = $1',
        [organisationId],
      )
    )[0]?.count;

  const secrets = () => [
    world.amal.displayName,
    world.colleague.displayName,
    world.organisationName,
    AMAL_FINDINGS,
  ];

  const add = (caller: Parameters<typeof send>[2], payload: unknown, organisationId = world.organisation) =>
    send(app, world, caller, {
      method: 'POST',
      url: PRACTITIONER_PATHS.ofOrganisation(organisationId),
      payload,
    });
  const valid = () => ({
    displayName: 'Nour Ben Salah',
    roleTitle: 'Family mediator',
    accessTier: 'regular',
    gender: 'woman',
    languages: ['ar', 'fr', 'pt-BR'],
  });

  it('lets the coordinator add one (201), audited without the name', async () => {
    const response = await add('coordinator', valid());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const added = response.json();
    expect(added).toEqual({
      id: expect.any(String),
      organisation: { id: world.organisation, name: world.organisationName },
      userId: null,
      displayName: 'Nour Ben Salah',
      roleTitle: 'Family mediator',
      accessTier: 'regular',
      gender: 'woman',
      languages: ['ar', 'fr', 'pt-BR'],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      suspension: { suspended: false, since: null },
      vetting: [],
      signatures: [],
      certificates: [],
      actions: ['read', 'record_signature'],
    });
    const [entry] = (await entriesOf(database(), world.tenant.id, ['practitioner.created'])).filter(
      (each) => each.subject_id === added.id,
    );
    expect(entry).toMatchObject({
      actor_user_id: world.members.coordinator.id,
      subject_type: 'practitioner',
      details: { organisationId: world.organisation, accessTier: 'regular', account: false },
    });
    expect(JSON.stringify(entry)).not.toContain('Nour');
  });

  it('lets the administrator add one with only what is required, and link an account of the organisation', async () => {
    const account = await makeMember(database(), world.tenant, 'cso_practitioner', {
      organisationId: world.organisation,
    });
    const response = await add('admin', {
      displayName: 'Karim',
      accessTier: 'occasional',
      languages: [],
      userId: account.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      userId: account.id,
      roleTitle: null,
      gender: null,
      languages: [],
    });
    // The account now stands for that practitioner: a second link is a conflict, and writes nothing.
    const before = await practitionerCount();
    const again = await add('admin', { ...valid(), userId: account.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'practitioner.account_taken',
      errors: [{ path: '/body/userId', code: 'taken' }],
    });
    expect(await practitionerCount()).toBe(before);
  });

  it('refuses an account of another organisation or another tenant as unknown (400), writing nothing', async () => {
    const before = await practitionerCount();
    for (const userId of [
      world.members.otherCoordinator.id,
      world.members.otherTenantAdmin.id,
      world.members.admin.id,
    ]) {
      const response = await add('coordinator', { ...valid(), userId });
      expectInvalid(response, ['/body/userId']);
      expect(response.json().errors[0].code).toBe('unknown_user');
    }
    expect(await practitionerCount()).toBe(before);
  });

  it.each([
    ['a missing name', { displayName: undefined }, '/body/displayName'],
    ['a blank name', { displayName: '   ' }, '/body/displayName'],
    ['a name with a control character', { displayName: 'Nour\u0000' }, '/body/displayName'],
    ['a name of the wrong type', { displayName: 42 }, '/body/displayName'],
    ['an unknown tier', { accessTier: 'permanent' }, '/body/accessTier'],
    ['a missing tier', { accessTier: undefined }, '/body/accessTier'],
    ['an unknown gender', { gender: 'female' }, '/body/gender'],
    ['a language that is not a tag', { languages: ['Arabic'] }, '/body/languages/0'],
    ['a language twice', { languages: ['ar', 'ar'] }, '/body/languages'],
    [
      'more than 20 languages',
      { languages: Array.from({ length: 21 }, (_, i) => `l${'abcdefghijklmnopqrstu'[i]}`) },
      '/body/languages',
    ],
    ['languages missing', { languages: undefined }, '/body/languages'],
    ['an account id that is not one', { userId: 'me' }, '/body/userId'],
    ['an unknown field', { clearance: 'top' }, '/body/clearance'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, change, path) => {
    const before = await practitionerCount();
    expectInvalid(await add('coordinator', { ...valid(), ...change }), [path]);
    expect(await practitionerCount()).toBe(before);
  });

  it('gives a coordinator adding to another organisation 404, writing nothing', async () => {
    const before = await practitionerCount(world.otherOrganisation);
    expectRefusal(await add('coordinator', valid(), world.otherOrganisation), 404, [
      world.otherOrganisationName,
    ]);
    expect(await practitionerCount(world.otherOrganisation)).toBe(before);
  });

  it.each(['directorA', 'securityA', 'gateA'] as const)(
    'gives %s, who may see the organisation’s people but not add them, 403',
    async (caller) => {
      const before = await practitionerCount();
      expectRefusal(await add(caller, valid()), 403, secrets());
      expect(await practitionerCount()).toBe(before);
    },
  );

  it.each(REFUSED_CALLERS)('refuses %s (%s) with %i, writing nothing', async (_who, caller, status) => {
    const before = await practitionerCount();
    expectRefusal(await add(caller, valid()), status, secrets());
    expect(await practitionerCount()).toBe(before);
  });
});

import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Directory,
  REGISTRY_ORGANISATION_PATHS as PATHS,
  type RegistryOrganisation,
} from '../../src/contracts/registry-organisations.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { entriesOf } from '../access/factories.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { databaseError } from '../support/database-error.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeOrganisationWorld, type OrganisationWorld, rowsOf } from './organisation-world.ts';

// The complete profile (issue 4, item 1): its new fields, bad input that saves nothing, and the
// history every change adds to in its transaction, which the database keeps unchanged. Who may read
// and write the profile: organisations.test.ts.

const unique = () => randomBytes(4).toString('hex');

describe(`the complete organisation profile on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
  });
  afterAll(() => app?.close());

  const putProfile = (id: string, payload: unknown, client: SignedInClient) =>
    app.inject({
      method: 'PUT',
      url: PATHS.profile(id),
      payload: payload as object,
      headers: client.headers(),
    });
  const read = (id: string, client: SignedInClient) =>
    app.inject({ url: PATHS.organisation(id), headers: client.headers() });
  const full = (changes: Record<string, unknown> = {}) => ({
    mandate: 'service_provider',
    legalName: `Association ${unique()}`,
    registrationNumber: `REG-${unique()}`,
    country: 'TN',
    otherNames: { fr: 'Passerelles', ar: 'جسور' },
    regionsServed: ['North coast', 'Capital district'],
    expertise: ['social_worker', 'psychologist'],
    interventionTypes: ['mentoring', 'education'],
    languages: ['ar', 'fr'],
    staffCount: 12,
    contacts: [
      { name: 'Amal Fictive', role: 'Coordinator', email: 'amal@example.org', phone: '+216 71 000 000' },
    ],
    ...changes,
  });
  const versions = (organisationId: string) =>
    database().superuser<{ version: number; changed_fields: string[]; changed_by: string | null }>(
      `select version, changed_fields, changed_by::text from cso_profile_versions
        where organisation_id = $1 order by version`,
      [organisationId],
    );
  const updates = () => entriesOf(database(), world.tenant.id, ['registry.profile_updated']);

  it('keeps every new field, in a canonical order, and answers it with the record', async () => {
    const { organisationId, coordinator } = await world.applicant();
    const response = await putProfile(organisationId, full(), coordinator);
    expect(response.statusCode).toBe(201);
    expect(response.json<RegistryOrganisation>().profile).toMatchObject({
      otherNames: { ar: 'جسور', fr: 'Passerelles' },
      regionsServed: ['North coast', 'Capital district'],
      // The reference list's order, whatever order the boxes were ticked in.
      expertise: ['psychologist', 'social_worker'],
      interventionTypes: ['education', 'mentoring'],
      languages: ['ar', 'fr'],
      staffCount: 12,
      contacts: [
        { name: 'Amal Fictive', role: 'Coordinator', email: 'amal@example.org', phone: '+216 71 000 000' },
      ],
    });
    // A contact's missing parts are null, and leaving the new fields out clears them.
    const bare = await putProfile(
      organisationId,
      full({ contacts: [{ name: 'Only A. Name' }], otherNames: undefined, staffCount: undefined }),
      coordinator,
    );
    expect(bare.json<RegistryOrganisation>().profile).toMatchObject({
      contacts: [{ name: 'Only A. Name', role: null, email: null, phone: null }],
      otherNames: {},
      staffCount: null,
    });
  });

  it('adds a version per change naming the changed fields, and none for the same profile again', async () => {
    const { organisationId, coordinator, coordinatorMember } = await world.applicant();
    const first = full();
    await putProfile(organisationId, first, coordinator);
    await putProfile(
      organisationId,
      { ...first, staffCount: 14, languages: ['ar', 'fr', 'en'] },
      coordinator,
    );
    // The same values, the lists in another order: nothing changed, nothing is written.
    const again = {
      ...first,
      staffCount: 14,
      languages: ['ar', 'fr', 'en'],
      expertise: ['psychologist', 'social_worker'],
    };
    const trail = (await updates()).length;
    expect((await putProfile(organisationId, again, coordinator)).statusCode).toBe(200);
    expect((await updates()).length).toBe(trail);
    const administrator = await putProfile(organisationId, { ...again, contacts: [] }, world.clients.admin);
    expect(administrator.statusCode).toBe(200);

    expect(await versions(organisationId)).toEqual([
      {
        version: 1,
        changed_fields: [
          'mandate',
          'legalName',
          'otherNames',
          'registrationNumber',
          'country',
          'regionsServed',
          'expertise',
          'interventionTypes',
          'languages',
          'staffCount',
          'contacts',
        ],
        changed_by: coordinatorMember.id,
      },
      { version: 2, changed_fields: ['languages', 'staffCount'], changed_by: coordinatorMember.id },
      { version: 3, changed_fields: ['contacts'], changed_by: world.members.admin.id },
    ]);
    // The trail names the fields, never the values (contacts are personal).
    const entries = (await updates()).filter((entry) => entry.subject_id === organisationId);
    expect(entries.map((entry) => entry.details.fields)).toEqual([
      'mandate,legalName,otherNames,registrationNumber,country,regionsServed,expertise,interventionTypes,languages,staffCount,contacts',
      'languages,staffCount',
      'contacts',
    ]);
    expect(JSON.stringify(entries)).not.toContain('Amal');
    expect(JSON.stringify(entries)).not.toContain('example.org');

    // The record shows the history newest first, with who, when and the values each version left.
    const record = (await read(organisationId, world.clients.gateA)).json<RegistryOrganisation>();
    expect(record.profileHistory.map((version) => version.version)).toEqual([3, 2, 1]);
    expect(record.profileHistory[0]).toMatchObject({
      changedFields: ['contacts'],
      changedBy: { userId: world.members.admin.id },
      values: { staffCount: 14, contacts: [] },
    });
    expect(record.profileHistory[2]).toMatchObject({
      changedBy: { userId: coordinatorMember.id, displayName: expect.any(String) },
      values: { staffCount: 12, contacts: [{ name: 'Amal Fictive' }] },
    });
  });

  it('never lists contacts, staff count or languages in the directory', async () => {
    const { organisationId, coordinator } = await world.applicant();
    await putProfile(organisationId, full(), coordinator);
    const response = await app.inject({ url: PATHS.organisations, headers: world.clients.admin.headers() });
    const entry = response.json<Directory>().items.find((item) => item.id === organisationId);
    expect(entry).toBeDefined();
    expect(response.body).not.toContain('Amal Fictive');
    expect(response.body).not.toContain('amal@example.org');
    expect(entry).not.toHaveProperty('contacts');
  });

  const long = (length: number) => 'x'.repeat(length);
  const contacts = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ name: `Contact ${index + 1}` }));
  it.each([
    ['an unknown expertise', { expertise: ['astrologer'] }, '/body/expertise/0'],
    ['an expertise named twice', { expertise: ['mentor', 'mentor'] }, '/body/expertise'],
    ['an unknown intervention type', { interventionTypes: ['juggling'] }, '/body/interventionTypes/0'],
    ['a bad language tag', { languages: ['Arabic'] }, '/body/languages/0'],
    [
      'too many languages',
      {
        languages: Array.from(
          { length: 21 },
          (_, i) => `l${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        ),
      },
      '/body/languages',
    ],
    [
      'a name in a language that is not a tag',
      { otherNames: { Français: 'Passerelles' } },
      '/body/otherNames/Français',
    ],
    ['an empty name in another language', { otherNames: { fr: '' } }, '/body/otherNames/fr'],
    [
      'eleven names in other languages',
      {
        otherNames: Object.fromEntries(
          ['ar', 'fr', 'es', 'ru', 'zh', 'en', 'de', 'it', 'pt', 'tr', 'fa'].map((tag) => [
            tag,
            `Name ${tag}`,
          ]),
        ),
      },
      '/body/otherNames',
    ],
    ['an overlong region', { regionsServed: [long(121)] }, '/body/regionsServed/0'],
    [
      '31 regions',
      { regionsServed: Array.from({ length: 31 }, (_, i) => `Region ${i}`) },
      '/body/regionsServed',
    ],
    ['11 contacts', { contacts: contacts(11) }, '/body/contacts'],
    ['a contact without a name', { contacts: [{ email: 'a@example.org' }] }, '/body/contacts/0/name'],
    [
      'a contact with a bad e-mail',
      { contacts: [{ name: 'A. Fictive', email: 'not-an-address' }] },
      '/body/contacts/0/email',
    ],
    [
      'a contact with a bad phone',
      { contacts: [{ name: 'A. Fictive', phone: 'call me' }] },
      '/body/contacts/0/phone',
    ],
    [
      'a contact with an unknown field',
      { contacts: [{ name: 'A. Fictive', age: 40 }] },
      '/body/contacts/0/age',
    ],
    ['a negative staff count', { staffCount: -1 }, '/body/staffCount'],
    ['a staff count that is not whole', { staffCount: 2.5 }, '/body/staffCount'],
    ['a staff count over 100,000', { staffCount: 100_001 }, '/body/staffCount'],
  ] as const)('refuses %s with 400 naming the field, saving nothing', async (_label, change, path) => {
    const { organisationId, coordinator } = await world.applicant();
    const trail = (await updates()).length;
    const response = await putProfile(organisationId, full(change), coordinator);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await rowsOf(database(), 'cso_profiles', organisationId)).toBe(0);
    expect(await rowsOf(database(), 'cso_profile_versions', organisationId)).toBe(0);
    expect((await updates()).length).toBe(trail);
  });

  it('leaves the profile and its history as they were when a change is refused', async () => {
    const { organisationId, coordinator } = await world.applicant();
    await putProfile(organisationId, full({ staffCount: 5 }), coordinator);
    const refused = await putProfile(organisationId, full({ staffCount: -5 }), coordinator);
    expect(refused.statusCode).toBe(400);
    const [row] = await database().superuser<{ staff_count: number }>(
      'select staff_count from cso_profiles where organisation_id = $1',
      [organisationId],
    );
    expect(row?.staff_count).toBe(5);
    expect(await rowsOf(database(), 'cso_profile_versions', organisationId)).toBe(1);
  });

  it('keeps the history append-only, for the owner too, and each tenant’s to itself', async () => {
    const { organisationId, coordinator } = await world.applicant();
    await putProfile(organisationId, full(), coordinator);
    expect(
      await databaseError(
        database().superuser(
          'update cso_profile_versions set changed_fields = $2 where organisation_id = $1',
          [organisationId, ['nothing']],
        ),
      ),
    ).toContain('append-only');
    expect(
      await databaseError(
        database().superuser('delete from cso_profile_versions where organisation_id = $1', [organisationId]),
      ),
    ).toContain('append-only');
    // The application's role: another tenant sees no version of this one, its own tenant may not change one.
    const count = sql`select count(*)::int as count from cso_profile_versions where organisation_id = ${organisationId}`;
    const seen = await database().db.withTenant(world.otherTenant.id, (tx) =>
      queryRows<{ count: number }>(tx, count),
    );
    expect(seen).toEqual([{ count: 0 }]);
    const own = await database().db.withTenant(world.tenant.id, (tx) =>
      queryRows<{ count: number }>(tx, count),
    );
    expect(own).toEqual([{ count: 1 }]);
    expect(
      await databaseError(
        database().db.withTenant(world.tenant.id, (tx) =>
          tx.execute(
            sql`update cso_profile_versions set version = 9 where organisation_id = ${organisationId}`,
          ),
        ),
      ),
    ).toMatch(/append-only|permission denied/);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Directory,
  REGISTRY_ORGANISATION_PATHS as PATHS,
  type RegistryOrganisation,
} from '../../src/contracts/registry-organisations.ts';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The demo's complete profiles: Bridges with its names in three languages, its contacts and a
// history of two versions (its staff grew), Open Doors with its first version.

describe(`the demo profiles on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedDemo(database().db, 'development');
    // Seeding again adds nothing twice.
    await seedDemo(database().db, 'development');
    app = await buildTestApp({ db: database().db });
  });
  afterAll(() => app?.close());

  const recordOf = async (username: string, name: string) => {
    const client = await signIn(app, { username, password: DEMO_PASSWORD });
    const directory = (
      await app.inject({ url: PATHS.organisations, headers: client.headers() })
    ).json<Directory>();
    const entry = directory.items.find((item) => item.legalName?.startsWith(name));
    if (!entry) throw new Error(`${name} is not in ${username}'s directory`);
    return (
      await app.inject({ url: PATHS.organisation(entry.id), headers: client.headers() })
    ).json<RegistryOrganisation>();
  };

  it('gives Bridges a complete profile and two versions, the second changing its staff count', async () => {
    const bridges = await recordOf('coordinator.bridges', 'Bridges');
    expect(bridges.profile).toMatchObject({
      otherNames: { ar: expect.any(String), fr: expect.any(String), ru: expect.any(String) },
      expertise: ['psychologist', 'social_worker', 'mentor', 'family_liaison'],
      languages: ['ar', 'fr', 'en', 'ru'],
      staffCount: 38,
    });
    expect(bridges.profile?.contacts).toHaveLength(2);
    for (const contact of bridges.profile?.contacts ?? []) expect(contact.email).toMatch(/@example\.org$/);
    expect(bridges.profileHistory).toMatchObject([
      {
        version: 2,
        changedFields: ['staffCount'],
        changedBy: { displayName: 'Nadia Okafor' },
        values: { staffCount: 38 },
      },
      { version: 1, values: { staffCount: 31 } },
    ]);
  });

  it('gives Open Doors its first version, in Spanish and English, for youth sport and mentoring', async () => {
    const openDoors = await recordOf('coordinator.pending', 'Open Doors');
    expect(openDoors.profile).toMatchObject({
      otherNames: { es: expect.any(String) },
      languages: ['es', 'en'],
      interventionTypes: ['mentoring', 'sport'],
    });
    expect(openDoors.profileHistory.map((version) => version.version)).toEqual([1]);
  });

  it('keeps the history in step with the profile: one version per demo profile, counted once', async () => {
    const [row] = await database().superuser<{ versions: number }>(
      'select count(*)::int as versions from cso_profile_versions',
    );
    expect(row?.versions).toBe(3);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The demo registry tells its story through the one eligibility answer: at Bridges, Omar and Leila
// are eligible, Yasmin's vetting has expired, Dmitri lacks a course, Amina comes occasionally; Open
// Doors is still under review. Asked as the demo's gate officer and coordinators, as they would.

describe(`the demo registry on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let gate: SignedInClient;
  let facilities: Map<string, string>;
  let practitioners: Map<string, string>;

  beforeAll(async () => {
    await seedDemo(database().db, 'development');
    // Seeding again adds nothing twice.
    await seedDemo(database().db, 'development');
    app = await buildTestApp({ db: database().db });
    gate = await signIn(app, { username: 'gate.central', password: DEMO_PASSWORD });
    facilities = new Map(
      (await database().superuser<{ code: string; id: string }>('select code, id::text from facilities')).map(
        (row) => [row.code, row.id],
      ),
    );
    practitioners = new Map(
      (
        await database().superuser<{ display_name: string; id: string }>(
          'select display_name, id::text from practitioners',
        )
      ).map((row) => [row.display_name, row.id]),
    );
  });
  afterAll(() => app?.close());

  const ask = async (
    client: SignedInClient,
    name: string,
    facility: string,
    accessTier: 'regular' | 'occasional' = 'regular',
  ) => {
    const query = new URLSearchParams({
      facilityId: facilities.get(facility) ?? '',
      interventionType: 'mentoring',
      accessTier,
    });
    const response = await app.inject({
      url: `${REGISTRY_PATHS.eligibility(practitioners.get(name) ?? '')}?${query}`,
      headers: client.headers(),
    });
    expect(response.statusCode, `${name} at ${facility}`).toBe(200);
    return response.json<{ eligible: boolean; reasons: { code: string; course?: { code: string } }[] }>();
  };
  const codes = (answer: { reasons: { code: string }[] }) => answer.reasons.map((reason) => reason.code);

  it('loads six practitioners once, in two organisations, with their histories', async () => {
    expect(practitioners.size).toBe(6);
    const [counts] = await database().superuser<{ decisions: number; profiles: number }>(
      `select (select count(*)::int from accreditation_decisions) as decisions,
              (select count(*)::int from cso_profiles) as profiles`,
    );
    expect(counts).toEqual({ decisions: 5, profiles: 2 });
  });

  it('shows eligible and ineligible practitioners of the accredited organisation, each with its reason', async () => {
    expect(await ask(gate, 'Omar Said', 'CENTRAL')).toMatchObject({ eligible: true, reasons: [] });
    expect(await ask(gate, 'Leila Mansour', 'CENTRAL')).toMatchObject({ eligible: true });
    expect(codes(await ask(gate, 'Yasmin Haddad', 'CENTRAL'))).toEqual(['vetting_expired']);
    const dmitri = await ask(gate, 'Dmitri Volkov', 'CENTRAL');
    expect(dmitri.reasons).toEqual([
      expect.objectContaining({
        code: 'course_missing',
        course: expect.objectContaining({ code: 'data_protection' }),
      }),
    ]);
    expect(await ask(gate, 'Amina Diallo', 'CENTRAL', 'occasional')).toMatchObject({ eligible: true });
    // Regular work would need the tier, a vetting and the data-protection course besides.
    expect(codes(await ask(gate, 'Amina Diallo', 'CENTRAL'))).toEqual([
      'access_tier_not_held',
      'vetting_missing',
      'course_missing',
    ]);
  });

  it("asks more of the women's prison: Omar lacks its gender-sensitive course, Leila has it", async () => {
    const director = await signIn(app, { username: 'admin', password: DEMO_PASSWORD });
    expect(codes(await ask(director, 'Omar Said', 'WOMEN'))).toEqual(['course_missing']);
    expect(await ask(director, 'Leila Mansour', 'WOMEN')).toMatchObject({ eligible: true });
    // Not accredited for the juvenile centre at all.
    expect(codes(await ask(director, 'Leila Mansour', 'JUVENILE'))).toEqual(['facility_not_accredited']);
  });

  it('keeps the organisation under review from anything: its practitioner is not eligible anywhere', async () => {
    const coordinator = await signIn(app, { username: 'coordinator.pending', password: DEMO_PASSWORD });
    const pablo = await ask(coordinator, 'Pablo Ortega', 'CENTRAL');
    expect(pablo.eligible).toBe(false);
    expect(pablo.reasons[0]).toEqual({ code: 'organisation_not_accredited', status: 'under_review' });
  });

  it("lets a practitioner see their own standing, not a colleague's", async () => {
    const omar = await signIn(app, { username: 'practitioner.bridges', password: DEMO_PASSWORD });
    expect(await ask(omar, 'Omar Said', 'CENTRAL')).toMatchObject({ eligible: true });
    const query = new URLSearchParams({
      facilityId: facilities.get('CENTRAL') ?? '',
      interventionType: 'mentoring',
      accessTier: 'regular',
    });
    const colleague = await app.inject({
      url: `${REGISTRY_PATHS.eligibility(practitioners.get('Yasmin Haddad') ?? '')}?${query}`,
      headers: omar.headers(),
    });
    expect(colleague.statusCode).toBe(404);
  });
});

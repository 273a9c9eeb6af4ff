import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_PATHS, type ReviewQueue } from '../../src/contracts/registry-review.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf, makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  makeOrganisationWorld,
  makeReadyPractitioner,
  type OrganisationWorld,
  seedDecision,
  seedDueDiligence,
  seedProfile,
} from './organisation-world.ts';

// GET /api/v1/registry/review-queue through HTTP: the four sections from the registry as it stands,
// counted from a given day; who may open it (prison staff who review, the administrator) and who
// may not; and the look recorded in the trail. The sections' rules are tested as tables beside
// review/queue.ts.

const ON = '2027-09-01';

describe(`the review queue on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;
  let deactivated: SignedInClient;
  let applying: string;
  let ending: string;
  let unvetted: string;
  let vetted: string;
  let agreementId: string;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
    const gone = await makeMember(database(), world.tenant, 'director');
    deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);

    // Applying, with two checks done; its practitioner never vetted.
    applying = (await world.applicant()).organisationId;
    await seedProfile(database(), world, applying);
    await seedDecision(database(), world, applying, 'applied');
    await seedDueDiligence(database(), world, applying, {
      human_rights_commitment: null,
      funding_declared: null,
      sanctions_screened: 'not_satisfied',
    });
    unvetted = uuidv7();
    await database().superuser(
      `insert into practitioners (id, tenant_id, organisation_id, display_name, access_tier, languages)
       values ($1, $2, $3, 'Nour Benali', 'regular', array['ar'])`,
      [unvetted, world.tenant.id, applying],
    );

    // Accredited until 15 October 2027, with an agreement ending on 1 October and a practitioner
    // cleared until 30 September.
    ending = (await world.applicant()).organisationId;
    await seedProfile(database(), world, ending);
    await database().superuser(
      `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
         facility_ids, intervention_types)
       values ($1, $2, $3, 'accredited', '2026-01-01', '2027-10-15', array[$4]::uuid[], array['mentoring'])`,
      [uuidv7(), world.tenant.id, ending, world.tenant.facilityId],
    );
    agreementId = uuidv7();
    await database().superuser(
      `insert into agreements (id, tenant_id, organisation_id, title, starts_on, ends_on)
       values ($1, $2, $3, 'Memorandum 2026–2027', '2026-01-01', '2027-10-01')`,
      [agreementId, world.tenant.id, ending],
    );
    vetted = await makeReadyPractitioner(database(), world, ending);
  });
  afterAll(() => app?.close());

  const open = (client: SignedInClient | undefined, on: string | null = ON) =>
    app.inject({
      url: on === null ? REVIEW_PATHS.reviewQueue : `${REVIEW_PATHS.reviewQueue}?on=${on}`,
      headers: client?.headers() ?? {},
    });
  const today = () => new Date().toISOString().slice(0, 10);

  it.each(['directorB', 'securityB', 'admin'] as const)('opens the four sections for %s', async (who) => {
    const response = await open(world.clients[who]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const queue = response.json<ReviewQueue>();
    expect(queue.on).toBe(ON);
    expect(queue.actions).toEqual(['read']);
    expect(queue.applications.find((entry) => entry.organisation.id === applying)).toEqual({
      organisation: { id: applying, name: expect.any(String) },
      status: 'applied',
      appliedOn: today(),
      daysWaiting: expect.any(Number),
      dueDiligence: { required: true, satisfied: 2, total: 5 },
    });
    expect(queue.accreditations.filter((entry) => entry.organisation.id === ending)).toEqual([
      { organisation: { id: ending, name: expect.any(String) }, validUntil: '2027-10-15', daysLeft: 44 },
    ]);
    const vetting = queue.vetting.filter((entry) => [applying, ending].includes(entry.organisation.id));
    expect(vetting).toEqual([
      {
        practitioner: { id: unvetted, displayName: 'Nour Benali' },
        organisation: { id: applying, name: expect.any(String) },
        reason: 'missing',
        lastOutcome: null,
        expiresOn: null,
        daysLeft: null,
      },
      expect.objectContaining({
        practitioner: { id: vetted, displayName: expect.any(String) },
        reason: 'expiring',
        lastOutcome: 'cleared',
        expiresOn: '2027-09-30',
        daysLeft: 29,
      }),
    ]);
    expect(queue.agreements.filter((entry) => entry.organisation.id === ending)).toEqual([
      {
        organisation: { id: ending, name: expect.any(String) },
        agreementId,
        title: 'Memorandum 2026–2027',
        endsOn: '2027-10-01',
        daysLeft: 30,
      },
    ]);
  });

  it('counts from the server’s today when no day is asked', async () => {
    const queue = (await open(world.clients.securityB, null)).json<ReviewQueue>();
    expect(queue.on).toBe(today());
    expect(queue.applications.find((entry) => entry.organisation.id === applying)?.daysWaiting).toBe(0);
    // Accredited until 2027: not ending within 60 days of today (2026).
    expect(queue.accreditations.some((entry) => entry.organisation.id === ending)).toBe(false);
  });

  it('records the look in the trail, with the counts and no names', async () => {
    await open(world.clients.directorA);
    const entry = (await entriesOf(database(), world.tenant.id, ['record.read'])).at(-1);
    expect(entry).toMatchObject({
      actor_user_id: world.members.directorA.id,
      subject_type: 'review_queue',
      subject_id: null,
      details: { view: 'review_queue', on: ON },
    });
    expect(JSON.stringify(entry)).not.toContain('Nour');
  });

  it.each([
    ['a coordinator', 'coordinator'],
    ['a gate officer', 'gateA'],
    ['a case manager', 'caseManagerA'],
    ['a practitioner', 'practitioner'],
  ] as const)('refuses %s with 403 and nothing of the queue', async (_label, who) => {
    const response = await open(world.clients[who]);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('auth.forbidden');
    expect(response.body).not.toContain('Nour');
  });

  it('shows another tenant’s administrator their own queue, with nothing of this tenant', async () => {
    const response = await open(world.clients.otherTenantAdmin);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(applying);
    expect(response.body).not.toContain(ending);
    expect(response.body).not.toContain('Nour');
  });

  it('refuses without a live session with 401', async () => {
    for (const client of [undefined, deactivated]) {
      const response = await open(client);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.unauthenticated');
    }
  });

  it.each(['2027-02-30', 'tomorrow', '01/09/2027'])('refuses the day %s with 400 naming it', async (on) => {
    const response = await open(world.clients.securityB, on);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'request.validation',
      errors: [expect.objectContaining({ path: '/querystring/on' })],
    });
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { addDays, addMonths } from '../../src/server/platform/calendar-days.ts';
import { makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makePractitionersWorld, type PractitionersWorld, send } from './practitioners-world.ts';

// The whole path of a new practitioner of an accredited organisation, through the API alone: the
// coordinator adds her and records her signatures, the security officer clears her, the
// administrator records the course the facility requires, and she is eligible, as she can see.

describe(`a new practitioner’s path to eligibility on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;
  let herself: SignedInClient;
  let accountId: string;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
    const account = await makeMember(database(), world.tenant, 'cso_practitioner', {
      organisationId: world.organisation,
    });
    accountId = account.id;
    herself = await signIn(app, account);
  });
  afterAll(() => app?.close());

  it('goes from added to eligible, each step answered and audited', async () => {
    // The facility keeps UTC: its today is the UTC day.
    const today = new Date().toISOString().slice(0, 10);
    const ask = async (client: SignedInClient, practitionerId: string) => {
      const query = new URLSearchParams({
        facilityId: world.tenant.facilityId,
        interventionType: 'mentoring',
        accessTier: 'regular',
      });
      const response = await app.inject({
        url: `${REGISTRY_PATHS.eligibility(practitionerId)}?${query}`,
        headers: client.headers(),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ eligible: boolean; reasons: { code: string }[]; validUntil: string | null }>();
    };

    const added = await send(app, world, 'coordinator', {
      method: 'POST',
      url: PRACTITIONER_PATHS.ofOrganisation(world.organisation),
      payload: {
        displayName: 'Hind Trabelsi',
        roleTitle: 'Mentor',
        accessTier: 'regular',
        gender: 'woman',
        languages: ['ar', 'fr'],
        userId: accountId,
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;
    expect((await ask(herself, id)).reasons.map((reason) => reason.code)).toEqual([
      'vetting_missing',
      'document_not_signed',
      'document_not_signed',
      'course_missing',
    ]);

    for (const [document, version] of [
      ['code_of_conduct', '3'],
      ['confidentiality', '2'],
    ]) {
      const signed = await send(app, world, 'coordinator', {
        method: 'POST',
        url: PRACTITIONER_PATHS.signatures(id),
        payload: { document, version, signedOn: today },
      });
      expect(signed.statusCode, signed.body).toBe(201);
    }
    const vetted = await send(app, world, 'securityA', {
      method: 'POST',
      url: PRACTITIONER_PATHS.vetting(id),
      payload: { level: 'enhanced', outcome: 'cleared', checkedOn: today, findings: 'Nothing of concern.' },
    });
    expect(vetted.statusCode, vetted.body).toBe(201);
    expect((await ask(world.clients.coordinator, id)).reasons.map((reason) => reason.code)).toEqual([
      'course_missing',
    ]);

    const certified = await send(app, world, 'admin', {
      method: 'POST',
      url: PRACTITIONER_PATHS.certificates(id),
      payload: { courseId: world.inductionCourseId, issuedOn: today },
    });
    expect(certified.statusCode, certified.body).toBe(201);

    const answer = await ask(herself, id);
    // The clearance (a year) ends before the certificate (two years), the agreement and the accreditation.
    expect(answer).toMatchObject({
      eligible: true,
      reasons: [],
      validUntil: addDays(addMonths(today, 12), -1),
    });

    const own = await app.inject({ url: PRACTITIONER_PATHS.practitioner(id), headers: herself.headers() });
    expect(own.json()).toMatchObject({
      displayName: 'Hind Trabelsi',
      userId: accountId,
      vetting: [{ outcome: 'cleared', checkedOn: today }],
      certificates: [{ course: { code: 'security_induction' }, issuedOn: today }],
      actions: ['read'],
    });
    expect(own.json().signatures).toHaveLength(2);
    expect(own.body).not.toContain('Nothing of concern');

    const trail = await database().superuser<{ action: string; actor_user_id: string }>(
      `select action, actor_user_id::text from audit_events
        where tenant_id = $1 and subject_id = $2 and action <> 'record.read' order by seq`,
      [world.tenant.id, id],
    );
    expect(trail).toEqual([
      { action: 'practitioner.created', actor_user_id: world.members.coordinator.id },
      { action: 'document.signed', actor_user_id: world.members.coordinator.id },
      { action: 'document.signed', actor_user_id: world.members.coordinator.id },
      { action: 'vetting.recorded', actor_user_id: world.members.securityA.id },
      { action: 'certificate.recorded', actor_user_id: world.members.admin.id },
    ]);
  });
});

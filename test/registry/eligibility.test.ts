import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import { entriesOf } from '../access/factories.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeRegistryWorld, QUESTION_DAY, type RegistryWorld } from './registry-world.ts';

// GET /api/v1/registry/practitioners/:id/eligibility: who may ask about whom (the pair for every
// relationship), what the answer says, that a suspension counts on the very next question, that
// every look is audited, and that bad questions get a 400 naming the field.

describe(`the eligibility answer on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: RegistryWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeRegistryWorld(database(), app);
  });
  afterAll(() => app?.close());

  const ask = (
    practitionerId: string,
    client: SignedInClient | undefined,
    query: Record<string, string> = {},
  ) => {
    const search = new URLSearchParams({
      facilityId: world.tenant.facilityId,
      on: QUESTION_DAY,
      interventionType: 'mentoring',
      accessTier: 'regular',
      ...query,
    });
    return app.inject({
      url: `${REGISTRY_PATHS.eligibility(practitionerId)}?${search}`,
      headers: client?.headers() ?? {},
    });
  };

  it('answers eligible, until the earliest expiry, to everyone entitled to ask', async () => {
    for (const asker of ['admin', 'directorA', 'gateA', 'securityA', 'coordinator', 'amal'] as const) {
      const response = await ask(world.amal.practitionerId, world.clients[asker]);
      expect(response.statusCode, asker).toBe(200);
      expect(response.json(), asker).toMatchObject({
        practitioner: { id: world.amal.practitionerId, organisationId: world.organisation },
        facility: { id: world.tenant.facilityId },
        eligible: true,
        basis: 'accreditation',
        day: QUESTION_DAY,
        reasons: [],
        // The vetting (2027-09-30) ends before the certificate, the agreement and the accreditation.
        validUntil: '2027-09-30',
      });
      // Vetting findings are security class: never part of the answer.
      expect(response.body).not.toContain('Nothing of note');
    }
  });

  it('says why not, with every reason, for a capacity or place outside the accreditation', async () => {
    const outside = await ask(world.amal.practitionerId, world.clients.admin, {
      facilityId: world.facilityB,
      interventionType: 'sport',
    });
    expect(outside.statusCode).toBe(200);
    expect(outside.json()).toMatchObject({
      eligible: false,
      validUntil: null,
      reasons: [{ code: 'facility_not_accredited' }, { code: 'intervention_type_not_accredited' }],
    });

    const untrained = await ask(world.colleague.practitionerId, world.clients.coordinator);
    expect(untrained.json()).toMatchObject({
      eligible: false,
      reasons: [
        { code: 'vetting_missing' },
        { code: 'document_not_signed', document: { document: 'code_of_conduct', version: '3' } },
        { code: 'document_not_signed', document: { document: 'confidentiality', version: '2' } },
        { code: 'course_missing', course: { code: 'security_induction' } },
      ],
    });
  });

  it('counts a suspension on the very next question, and its lifting too', async () => {
    const suspend = (at: string | null) =>
      database().superuser(
        `update practitioners set suspended_at = $2::timestamptz,
           suspension_reason = case when $2::timestamptz is null then null else 'Under investigation' end
         where id = $1`,
        [world.amal.practitionerId, at],
      );
    await suspend(new Date(Date.now() - 1000).toISOString());
    try {
      const suspended = await ask(world.amal.practitionerId, world.clients.gateA);
      expect(suspended.json()).toMatchObject({
        eligible: false,
        reasons: [{ code: 'practitioner_suspended' }],
      });
    } finally {
      await suspend(null);
    }
    expect((await ask(world.amal.practitionerId, world.clients.gateA)).json()).toMatchObject({
      eligible: true,
    });
  });

  it('records every look in the audit trail, and refusals too', async () => {
    await ask(world.amal.practitionerId, world.clients.directorA);
    const reads = await entriesOf(database(), world.tenant.id, ['record.read']);
    expect(reads.at(-1)).toMatchObject({
      actor_user_id: world.members.directorA.id,
      subject_type: 'practitioner',
      subject_id: world.amal.practitionerId,
      details: { view: 'eligibility' },
    });

    await ask(world.amal.practitionerId, world.clients.directorB);
    const refusals = await entriesOf(database(), world.tenant.id, ['access.denied']);
    expect(refusals.at(-1)).toMatchObject({
      actor_user_id: world.members.directorB.id,
      subject_type: 'practitioner',
      outcome: 'denied',
    });
  });

  it.each([
    ['a director of another facility', 'directorB', 'amal'],
    ['the coordinator of another organisation', 'otherCoordinator', 'amal'],
    ['a practitioner asking about a colleague', 'amal', 'colleague'],
    ['an administrator of another tenant', 'otherTenantAdmin', 'amal'],
  ] as const)('answers 404, with nothing of the practitioner, to %s', async (_who, asker, about) => {
    const practitioner = about === 'amal' ? world.amal : world.colleague;
    const response = await ask(practitioner.practitionerId, world.clients[asker]);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    // The address asked (with the id the caller gave) is all a refusal repeats.
    expect(response.body).not.toContain(practitioner.displayName);
    expect(response.body).not.toContain(world.organisation);
    expect(response.body).not.toContain('eligible');
  });

  it('answers 403 to a role that never asks (a case manager), and 401 without a session', async () => {
    const caseManager = await ask(world.amal.practitionerId, world.clients.caseManagerA);
    expect(caseManager.statusCode).toBe(403);
    expect(caseManager.json().code).toBe('auth.forbidden');
    expect(caseManager.body).not.toContain(world.amal.displayName);
    expect((await ask(world.amal.practitionerId, undefined)).statusCode).toBe(401);
  });

  it('answers 401 to a deactivated user, on their very next request', async () => {
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      world.members.securityA.id,
    ]);
    try {
      expect((await ask(world.amal.practitionerId, world.clients.securityA)).statusCode).toBe(401);
    } finally {
      await database().superuser('update users set active = true, deactivated_at = null where id = $1', [
        world.members.securityA.id,
      ]);
    }
  });

  it('answers 404 for a practitioner or a facility that does not exist', async () => {
    const nobody = await ask('01900000-0000-7000-8000-000000000000', world.clients.admin);
    expect(nobody.statusCode).toBe(404);
    const nowhere = await ask(world.amal.practitionerId, world.clients.admin, {
      facilityId: '01900000-0000-7000-8000-000000000001',
    });
    expect(nowhere.statusCode).toBe(404);
  });

  it.each([
    ['facilityId', { facilityId: 'not-a-uuid' }],
    ['on', { on: '2027-02-30' }],
    ['on', { on: '01/03/2027' }],
    ['interventionType', { interventionType: 'interrogation' }],
    ['accessTier', { accessTier: 'permanent' }],
  ])('refuses a bad %s with a 400 naming it', async (field, query) => {
    const response = await ask(world.amal.practitionerId, world.clients.admin, query);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain(field);
  });

  it('asks about today, at the facility, when no day is given', async () => {
    const search = new URLSearchParams({
      facilityId: world.tenant.facilityId,
      interventionType: 'mentoring',
      accessTier: 'regular',
    });
    const response = await app.inject({
      url: `${REGISTRY_PATHS.eligibility(world.amal.practitionerId)}?${search}`,
      headers: world.clients.admin.headers(),
    });
    expect(response.statusCode).toBe(200);
    // The test tenant's facility keeps UTC.
    expect(response.json().day).toBe(new Date().toISOString().slice(0, 10));
  });
});

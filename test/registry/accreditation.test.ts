import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import {
  type Directory,
  REGISTRY_ORGANISATION_PATHS as PATHS,
  type RegistryOrganisation,
} from '../../src/contracts/registry-organisations.ts';
import { DUE_DILIGENCE_KINDS, REVIEW_PATHS } from '../../src/contracts/registry-review.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf, makeFacility, makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  type Applicant,
  makeOrganisationWorld,
  makeReadyPractitioner,
  type OrganisationWorld,
  PERIOD,
  QUESTION_DAY,
  rowsOf,
  seedDecision,
  seedProfile,
} from './organisation-world.ts';

// Accreditation decisions and agreements through HTTP: the whole path from a profile to an
// accreditation that makes a practitioner eligible, and a suspension that makes them ineligible at
// once; the allow/deny pair of each route; bad input and forbidden transitions that change nothing;
// and the trail. The lifecycle itself is tested as a table beside lifecycle.ts.

const unique = () => randomBytes(4).toString('hex');

describe(`accreditation decisions and agreements on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;
  let deactivated: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
    const gone = await makeMember(database(), world.tenant, 'director');
    deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);
  });
  afterAll(() => app?.close());

  const decide = (id: string, payload: unknown, client: SignedInClient | undefined) =>
    app.inject({
      method: 'POST',
      url: PATHS.decisions(id),
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const agree = (id: string, payload: unknown, client: SignedInClient | undefined) =>
    app.inject({
      method: 'POST',
      url: PATHS.agreements(id),
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const accreditation = (changes: Record<string, unknown> = {}) => ({
    status: 'accredited',
    ...PERIOD,
    facilityIds: [world.tenant.facilityId],
    interventionTypes: ['mentoring'],
    conditions: 'Sessions in the education wing only.',
    ...changes,
  });
  const agreement = (changes: Record<string, unknown> = {}) => ({
    title: `Memorandum of understanding ${unique()}`,
    startsOn: PERIOD.validFrom,
    endsOn: PERIOD.validUntil,
    signedOn: '2025-12-15',
    ...changes,
  });
  const eligibility = async (practitionerId: string) => {
    const search = new URLSearchParams({
      facilityId: world.tenant.facilityId,
      on: QUESTION_DAY,
      interventionType: 'mentoring',
      accessTier: 'regular',
    });
    const response = await app.inject({
      url: `${REGISTRY_PATHS.eligibility(practitionerId)}?${search}`,
      headers: world.clients.gateA.headers(),
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ eligible: boolean; reasons: { code: string }[] }>();
  };
  const decisionsTrail = () => entriesOf(database(), world.tenant.id, ['accreditation.decided']);
  const deniedTrail = () => entriesOf(database(), world.tenant.id, ['access.denied']);
  /** An organisation with a profile, standing at `status` (seeded). */
  const standingAt = async (...statuses: Parameters<typeof seedDecision>[3][]): Promise<Applicant> => {
    const applicant = await world.applicant();
    await seedProfile(database(), world, applicant.organisationId);
    for (const status of statuses) await seedDecision(database(), world, applicant.organisationId, status);
    return applicant;
  };
  const expectProblem = (
    response: Awaited<ReturnType<typeof decide>>,
    status: number,
    code: string,
    path?: string,
  ) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
    if (path)
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  };

  it('walks the whole path: profile, application, review, accreditation, agreement; eligible; suspended, ineligible at once', async () => {
    const applicant = await world.applicant();
    const id = applicant.organisationId;
    const practitionerId = await makeReadyPractitioner(database(), world, id);
    expect((await eligibility(practitionerId)).reasons).toContainEqual(
      expect.objectContaining({ code: 'organisation_not_accredited' }),
    );

    const profile = {
      mandate: 'service_provider',
      legalName: `Association ${unique()}`,
      registrationNumber: `REG-${unique()}`,
      country: 'TN',
    };
    const written = await app.inject({
      method: 'PUT',
      url: PATHS.profile(id),
      payload: profile,
      headers: applicant.coordinator.headers(),
    });
    expect(written.statusCode).toBe(201);

    const applied = await decide(
      id,
      { status: 'applied', interventionTypes: ['mentoring'] },
      applicant.coordinator,
    );
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json<RegistryOrganisation>()).toMatchObject({
      accreditation: { status: 'applied', decidedBy: { userId: applicant.coordinatorMember.id } },
      // A coordinator sees nothing more to do until the prison service decides.
      actions: ['read', 'update_profile'],
      nextStatuses: [],
    });

    // A security officer of another facility: accreditation is a tenant-level decision.
    const review = await decide(id, { status: 'under_review' }, world.clients.securityB);
    expect(review.statusCode, review.body).toBe(201);
    expect(review.json<RegistryOrganisation>().nextStatuses).toEqual(['accredited', 'refused']);

    // No accreditation before due diligence: the security officer records the five checks.
    const early = await decide(id, accreditation(), world.clients.directorA);
    expectProblem(early, 409, 'accreditation.due_diligence_incomplete', '/body/status');
    expect(early.json().errors).toHaveLength(5);
    for (const kind of DUE_DILIGENCE_KINDS) {
      const checked = await app.inject({
        method: 'POST',
        url: REVIEW_PATHS.dueDiligence(id),
        payload: { kind, result: 'satisfied', evidence: `Looked at for ${kind}.`, checkedOn: '2026-06-01' },
        headers: world.clients.securityB.headers(),
      });
      expect(checked.statusCode, checked.body).toBe(201);
    }

    const accredited = await decide(id, accreditation(), world.clients.directorA);
    expect(accredited.statusCode, accredited.body).toBe(201);
    const record = accredited.json<RegistryOrganisation>();
    expect(record.accreditation).toEqual({
      id: expect.any(String),
      status: 'accredited',
      validFrom: PERIOD.validFrom,
      validUntil: PERIOD.validUntil,
      facilityIds: [world.tenant.facilityId],
      interventionTypes: ['mentoring'],
      requiresAgreement: true,
      conditions: 'Sessions in the education wing only.',
      reasons: null,
      decidedBy: { userId: world.members.directorA.id, displayName: world.members.directorA.displayName },
      decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(record.decisions.map((decision) => decision.status)).toEqual([
      'accredited',
      'under_review',
      'applied',
    ]);
    // The accreditation requires an agreement, and there is none yet.
    expect((await eligibility(practitionerId)).reasons).toEqual([
      expect.objectContaining({ code: 'agreement_missing' }),
    ]);

    const agreed = await agree(id, agreement(), world.clients.directorA);
    expect(agreed.statusCode, agreed.body).toBe(201);
    expect(await eligibility(practitionerId)).toMatchObject({ eligible: true, reasons: [] });

    const suspended = await decide(
      id,
      { status: 'suspended', reasons: 'Inquiry into a breach of the code of conduct.' },
      world.clients.directorA,
    );
    expect(suspended.statusCode, suspended.body).toBe(201);
    expect(await eligibility(practitionerId)).toMatchObject({
      eligible: false,
      reasons: [{ code: 'accreditation_suspended' }],
    });
    // A suspension keeps the scope of what it suspends, for the directory to show.
    const entry = (await app.inject({ url: PATHS.organisations, headers: world.clients.gateA.headers() }))
      .json<Directory>()
      .items.find((item) => item.id === id);
    expect(entry).toMatchObject({
      status: 'suspended',
      validUntil: PERIOD.validUntil,
      facilityIds: [world.tenant.facilityId],
      interventionTypes: ['mentoring'],
    });

    const lifted = await decide(id, accreditation(), world.clients.admin);
    expect(lifted.statusCode, lifted.body).toBe(201);
    expect((await eligibility(practitionerId)).eligible).toBe(true);
    const revoked = await decide(
      id,
      { status: 'revoked', reasons: 'Repeated breaches.' },
      world.clients.securityB,
    );
    expect(revoked.statusCode, revoked.body).toBe(201);
    expect(await eligibility(practitionerId)).toMatchObject({
      eligible: false,
      reasons: [{ code: 'accreditation_revoked' }],
    });
    expect(revoked.json<RegistryOrganisation>()).toMatchObject({ nextStatuses: [], actions: ['read'] });

    expect((await decisionsTrail()).filter((entry) => entry.subject_id === id)).toEqual(
      [
        [null, 'applied', applicant.coordinatorMember.id],
        ['applied', 'under_review', world.members.securityB.id],
        ['under_review', 'accredited', world.members.directorA.id],
        ['accredited', 'suspended', world.members.directorA.id],
        ['suspended', 'accredited', world.members.admin.id],
        ['accredited', 'revoked', world.members.securityB.id],
      ].map(([from, to, actor]) =>
        expect.objectContaining({
          actor_user_id: actor,
          subject_type: 'organisation',
          outcome: 'allowed',
          details: { from, to },
        }),
      ),
    );
    // Reasons are free text: never in the trail.
    expect(JSON.stringify(await decisionsTrail())).not.toContain('Repeated breaches');
  });

  describe('who may record a decision', () => {
    it('lets the administrator apply for an organisation and decide', async () => {
      const { organisationId } = await standingAt();
      expect((await decide(organisationId, { status: 'applied' }, world.clients.admin)).statusCode).toBe(201);
      expect((await decide(organisationId, { status: 'under_review' }, world.clients.admin)).statusCode).toBe(
        201,
      );
      const refused = await decide(
        organisationId,
        { status: 'refused', reasons: 'Mandate outside prisons.' },
        world.clients.admin,
      );
      expect(refused.statusCode).toBe(201);
      // A refused organisation may apply again.
      expect(refused.json<RegistryOrganisation>().nextStatuses).toEqual(['applied']);
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 'applied', 404, 'not_found'],
      ['another tenant’s administrator', 'otherTenantAdmin', 'under_review', 404, 'not_found'],
      ['a gate officer', 'gateA', 'under_review', 403, 'auth.forbidden'],
      ['a case manager', 'caseManagerA', 'under_review', 403, 'auth.forbidden'],
      ['a practitioner of the organisation', 'practitioner', 'applied', 403, 'auth.forbidden'],
      ['a director applying for the organisation', 'directorA', 'applied', 403, 'auth.forbidden'],
    ] as const)('refuses %s, writing nothing', async (_label, who, status, answer, code) => {
      const { organisationId, name } = await standingAt(
        ...(status === 'applied' ? [] : (['applied'] as const)),
      );
      const before = await rowsOf(database(), 'accreditation_decisions', organisationId);
      const response = await decide(organisationId, { status }, world.clients[who]);
      expectProblem(response, answer, code);
      expect(response.body).not.toContain(name);
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(before);
    });

    it('refuses a coordinator any decision of the prison service, for their own organisation too (403, recorded)', async () => {
      const { organisationId, coordinator, coordinatorMember } = await standingAt('applied');
      for (const payload of [{ status: 'under_review' }, accreditation()]) {
        const response = await decide(organisationId, payload, coordinator);
        expectProblem(response, 403, 'auth.forbidden');
      }
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(1);
      expect((await deniedTrail()).at(-1)).toMatchObject({
        actor_user_id: coordinatorMember.id,
        subject_type: 'organisation',
        subject_id: organisationId,
        details: { action: 'decide', reason: 'not_allowed' },
      });
    });

    it('refuses without a live session with 401, writing nothing', async () => {
      const { organisationId } = await standingAt('applied');
      for (const client of [undefined, deactivated]) {
        expectProblem(
          await decide(organisationId, { status: 'under_review' }, client),
          401,
          'auth.unauthenticated',
        );
      }
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(1);
    });
  });

  describe('decisions the lifecycle or the request does not allow', () => {
    it('refuses an application without a profile with 409 registry.profile_missing', async () => {
      const { organisationId, coordinator } = await world.applicant();
      expectProblem(
        await decide(organisationId, { status: 'applied' }, coordinator),
        409,
        'registry.profile_missing',
      );
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(0);
    });

    it.each([
      [[], 'under_review'],
      [['applied'], 'accredited'],
      [['applied'], 'applied'],
      [['applied', 'under_review'], 'suspended'],
      [['applied', 'under_review', 'accredited'], 'refused'],
      [['applied', 'under_review', 'accredited'], 'applied'],
      [['applied', 'under_review', 'accredited', 'revoked'], 'accredited'],
      [['applied', 'under_review', 'accredited', 'revoked'], 'applied'],
    ] as const)('after %j, refuses %s with 409 naming the status, from and to', async (history, to) => {
      const { organisationId } = await standingAt(...history);
      const trail = (await decisionsTrail()).length;
      const payload =
        to === 'accredited'
          ? accreditation()
          : { status: to, ...(to === 'suspended' || to === 'refused' ? { reasons: 'Because.' } : {}) };
      const response = await decide(organisationId, payload, world.clients.admin);
      expectProblem(response, 409, 'accreditation.transition_not_allowed', '/body/status');
      const from = history.at(-1) ?? 'none';
      expect(response.json().detail).toContain(`from ${from} to ${to}`);
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(history.length);
      expect((await decisionsTrail()).length).toBe(trail);
    });

    // Bodies are made when the test runs: the world exists only then.
    type Body = () => object | Promise<object>;
    const accredit =
      (changes: Record<string, unknown>): Body =>
      () =>
        accreditation(changes);
    it.each<[string, Body, string]>([
      ['an unknown status', () => ({ status: 'approved' }), '/body/status'],
      ['a missing status', () => ({ reasons: 'No status.' }), '/body/status'],
      ['an accreditation without validFrom', accredit({ validFrom: undefined }), '/body/validFrom'],
      ['an accreditation without validUntil', accredit({ validUntil: undefined }), '/body/validUntil'],
      [
        'an accreditation ending before it starts',
        accredit({ validUntil: '2025-12-31' }),
        '/body/validUntil',
      ],
      ['an accreditation without facilities', accredit({ facilityIds: [] }), '/body/facilityIds'],
      [
        'an accreditation without intervention types',
        accredit({ interventionTypes: undefined }),
        '/body/interventionTypes',
      ],
      ['a date that does not exist', accredit({ validUntil: '2027-02-30' }), '/body/validUntil'],
      ['a facility id that is not one', accredit({ facilityIds: ['facility-a'] }), '/body/facilityIds/0'],
      [
        'a facility given twice',
        () => accreditation({ facilityIds: [world.tenant.facilityId, world.tenant.facilityId] }),
        '/body/facilityIds',
      ],
      [
        'an unknown facility',
        () => accreditation({ facilityIds: [world.tenant.facilityId, uuidv7()] }),
        '/body/facilityIds/1',
      ],
      [
        'another tenant’s facility',
        async () => accreditation({ facilityIds: [await makeFacility(database(), world.otherTenant)] }),
        '/body/facilityIds/0',
      ],
      [
        'an unknown intervention type',
        accredit({ interventionTypes: ['interrogation'] }),
        '/body/interventionTypes/0',
      ],
      ['requiresAgreement as a string', accredit({ requiresAgreement: 'yes' }), '/body/requiresAgreement'],
      ['blank conditions', accredit({ conditions: '   ' }), '/body/conditions'],
      ['overlong reasons', accredit({ reasons: 'x'.repeat(2001) }), '/body/reasons'],
      ['an unknown field', accredit({ decidedBy: uuidv7() }), '/body/decidedBy'],
    ])('refuses %s with 400 naming the field, writing nothing', async (_label, body, path) => {
      const { organisationId } = await standingAt('applied', 'under_review');
      const trail = (await decisionsTrail()).length;
      const response = await decide(organisationId, await body(), world.clients.directorA);
      expectProblem(response, 400, 'request.validation', path);
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(2);
      expect((await decisionsTrail()).length).toBe(trail);
    });

    it.each([
      ['refused', ['applied', 'under_review']],
      ['suspended', ['applied', 'under_review', 'accredited']],
      ['revoked', ['applied', 'under_review', 'accredited']],
    ] as const)(
      'refuses %s without reasons, or with blank ones, with 400 naming reasons',
      async (status, history) => {
        const { organisationId } = await standingAt(...history);
        for (const payload of [{ status }, { status, reasons: '' }, { status, reasons: ' \n ' }]) {
          expectProblem(
            await decide(organisationId, payload, world.clients.directorA),
            400,
            'request.validation',
            '/body/reasons',
          );
        }
        expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(history.length);
      },
    );

    it('refuses what a status does not take, naming the field', async () => {
      const { organisationId } = await standingAt('applied', 'under_review', 'accredited');
      const response = await decide(
        organisationId,
        { status: 'suspended', reasons: 'Inquiry.', facilityIds: [world.facilityB] },
        world.clients.directorA,
      );
      expectProblem(response, 400, 'request.validation', '/body/facilityIds');
      expect(response.json().errors[0].code).toBe('not_applicable');
    });

    it('takes two simultaneous decisions one after the other: the second is judged from the first', async () => {
      const { organisationId } = await standingAt('applied');
      const responses = await Promise.all([
        decide(organisationId, { status: 'under_review' }, world.clients.directorA),
        decide(organisationId, { status: 'under_review' }, world.clients.securityB),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      expect(responses.find((response) => response.statusCode === 409)?.json().code).toBe(
        'accreditation.transition_not_allowed',
      );
      expect(await rowsOf(database(), 'accreditation_decisions', organisationId)).toBe(2);
    });

    it('refuses a decision about an organisation that is not civil society with 409', async () => {
      const response = await decide(world.tenant.organisationId, { status: 'applied' }, world.clients.admin);
      expectProblem(response, 409, 'registry.not_civil_society', '/params/id');
      expect(await rowsOf(database(), 'accreditation_decisions', world.tenant.organisationId)).toBe(0);
    });
  });

  describe('agreements', () => {
    it('are recorded by a director or the administrator (201), audited with their dates only', async () => {
      const { organisationId } = await standingAt('applied', 'under_review', 'accredited');
      const open = agreement({ endsOn: null, signedOn: null });
      const first = await agree(organisationId, open, world.clients.directorB);
      expect(first.statusCode, first.body).toBe(201);
      expect(first.headers['cache-control']).toBe('no-store');
      expect(first.json<RegistryOrganisation>().agreements).toEqual([
        {
          id: expect.any(String),
          title: open.title,
          startsOn: PERIOD.validFrom,
          endsOn: null,
          signedOn: null,
          createdAt: expect.any(String),
        },
      ]);
      const second = await agree(
        organisationId,
        agreement({ startsOn: '2027-01-01', endsOn: '2027-01-01' }),
        world.clients.admin,
      );
      expect(second.statusCode).toBe(201);
      expect(second.json<RegistryOrganisation>().agreements.map((item) => item.startsOn)).toEqual([
        PERIOD.validFrom,
        '2027-01-01',
      ]);
      const entries = (await entriesOf(database(), world.tenant.id, ['agreement.recorded'])).filter(
        (entry) => entry.subject_id === organisationId,
      );
      expect(entries).toEqual([
        expect.objectContaining({
          actor_user_id: world.members.directorB.id,
          subject_type: 'organisation',
          details: {
            agreementId: first.json().agreements[0].id,
            startsOn: PERIOD.validFrom,
            endsOn: null,
            signedOn: null,
          },
        }),
        expect.objectContaining({ actor_user_id: world.members.admin.id }),
      ]);
      expect(JSON.stringify(entries)).not.toContain(open.title);
    });

    // Coordinators never record agreements, so the route's marking refuses every one of them (403,
    // the same answer whatever the id: nothing about the organisation is revealed).
    it.each([
      ['another tenant’s administrator', 'otherTenantAdmin', 404, 'not_found'],
      ['the coordinator of another organisation', 'otherCoordinator', 403, 'auth.forbidden'],
      ['the organisation’s own coordinator', 'coordinator', 403, 'auth.forbidden'],
      ['a security officer', 'securityB', 403, 'auth.forbidden'],
      ['a gate officer', 'gateA', 403, 'auth.forbidden'],
      ['a case manager', 'caseManagerA', 403, 'auth.forbidden'],
      ['a practitioner', 'practitioner', 403, 'auth.forbidden'],
    ] as const)('refuses %s, writing nothing', async (_label, who, status, code) => {
      const before = await rowsOf(database(), 'agreements', world.cso);
      const response = await agree(world.cso, agreement(), world.clients[who]);
      expectProblem(response, status, code);
      expect(response.body).not.toContain(world.csoName);
      expect(await rowsOf(database(), 'agreements', world.cso)).toBe(before);
    });

    it('refuses without a live session with 401, writing nothing', async () => {
      for (const client of [undefined, deactivated]) {
        expectProblem(await agree(world.cso, agreement(), client), 401, 'auth.unauthenticated');
      }
      expect(await rowsOf(database(), 'agreements', world.cso)).toBe(0);
    });

    it.each([
      ['an end before the start', { endsOn: '2025-12-31' }, '/body/endsOn'],
      ['a missing title', { title: undefined }, '/body/title'],
      ['an empty title', { title: '' }, '/body/title'],
      ['a missing start', { startsOn: undefined }, '/body/startsOn'],
      ['a start that is not a date', { startsOn: '01/01/2026' }, '/body/startsOn'],
      ['a signature date that is a number', { signedOn: 20251215 }, '/body/signedOn'],
      ['an unknown field', { organisationId: uuidv7() }, '/body/organisationId'],
    ] as const)('refuses %s with 400 naming the field, writing nothing', async (_label, change, path) => {
      const trail = (await entriesOf(database(), world.tenant.id, ['agreement.recorded'])).length;
      expectProblem(
        await agree(world.otherCso, agreement(change), world.clients.directorA),
        400,
        'request.validation',
        path,
      );
      expect(await rowsOf(database(), 'agreements', world.otherCso)).toBe(0);
      expect((await entriesOf(database(), world.tenant.id, ['agreement.recorded'])).length).toBe(trail);
    });

    it('refuses an agreement with an organisation that is not civil society with 409', async () => {
      const response = await agree(world.tenant.organisationId, agreement(), world.clients.admin);
      expectProblem(response, 409, 'registry.not_civil_society');
    });
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DUE_DILIGENCE_KINDS,
  type DueDiligenceChecklist,
  REVIEW_PATHS,
} from '../../src/contracts/registry-review.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf, makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { databaseError } from '../support/database-error.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeOrganisationWorld, type OrganisationWorld, rowsOf, seedProfile } from './organisation-world.ts';

// GET and POST /api/v1/registry/organisations/:id/due-diligence: who may read and record the
// checks, that the evidence and the checker reach prison staff and never civil society or the
// trail, that the latest check of a kind holds, and that bad input is refused with nothing written.

const EVIDENCE = 'Screened against the national and UN consolidated lists: one namesake, cleared.';

describe(`due diligence checks on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;
  let deactivated: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
    const gone = await makeMember(database(), world.tenant, 'security_officer');
    deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);
  });
  afterAll(() => app?.close());

  const check = (changes: Record<string, unknown> = {}) => ({
    kind: 'sanctions_screened',
    result: 'satisfied',
    evidence: EVIDENCE,
    checkedOn: '2026-06-01',
    ...changes,
  });
  const record = (id: string, payload: unknown, client: SignedInClient | undefined) =>
    app.inject({
      method: 'POST',
      url: REVIEW_PATHS.dueDiligence(id),
      payload: payload as object,
      headers: client?.headers() ?? {},
    });
  const read = (id: string, client: SignedInClient | undefined) =>
    app.inject({ url: REVIEW_PATHS.dueDiligence(id), headers: client?.headers() ?? {} });
  const fresh = async () => {
    const applicant = await world.applicant();
    await seedProfile(database(), world, applicant.organisationId);
    return applicant;
  };
  const recordedTrail = () => entriesOf(database(), world.tenant.id, ['due_diligence.recorded']);
  const expectProblem = (response: Awaited<ReturnType<typeof read>>, status: number, code: string) => {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
  };

  it.each(['securityB', 'directorA', 'admin'] as const)(
    'lets %s record a check (201), answering the checklist with evidence and checker',
    async (who) => {
      const { organisationId } = await fresh();
      const response = await record(organisationId, check(), world.clients[who]);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const checklist = response.json<DueDiligenceChecklist>();
      const expected = {
        id: expect.any(String),
        kind: 'sanctions_screened',
        result: 'satisfied',
        checkedOn: '2026-06-01',
        checkedBy: { userId: world.members[who].id, displayName: world.members[who].displayName },
        evidence: EVIDENCE,
        recordedAt: expect.any(String),
      };
      expect(checklist).toEqual({
        organisationId,
        required: true,
        items: DUE_DILIGENCE_KINDS.map((kind) => ({
          kind,
          outcome: kind === 'sanctions_screened' ? 'done' : 'outstanding',
          latest: kind === 'sanctions_screened' ? expected : null,
        })),
        satisfied: 1,
        complete: false,
        history: [expected],
        actions: ['read', 'record_check'],
      });
    },
  );

  it('holds the latest check of each kind, keeps every check, and is complete with five satisfied', async () => {
    const { organisationId } = await fresh();
    await record(organisationId, check({ result: 'not_satisfied' }), world.clients.securityB);
    for (const kind of DUE_DILIGENCE_KINDS) {
      const response = await record(organisationId, check({ kind }), world.clients.securityB);
      expect(response.statusCode).toBe(201);
    }
    const checklist = (await read(organisationId, world.clients.directorA)).json<DueDiligenceChecklist>();
    expect(checklist).toMatchObject({ satisfied: 5, complete: true });
    expect(checklist.items.every((item) => item.latest?.result === 'satisfied')).toBe(true);
    expect(checklist.items.every((item) => item.outcome === 'done')).toBe(true);
    expect(checklist.history).toHaveLength(6);
    expect(checklist.history?.at(-1)).toMatchObject({ kind: 'sanctions_screened', result: 'not_satisfied' });
    // A later look that is not satisfied takes the kind back out; prison staff see what was found.
    const again = await record(organisationId, check({ result: 'not_satisfied' }), world.clients.securityB);
    const after = again.json<DueDiligenceChecklist>();
    expect(after).toMatchObject({ satisfied: 4, complete: false });
    expect(after.items.find((item) => item.kind === 'sanctions_screened')).toMatchObject({
      outcome: 'outstanding',
      latest: { result: 'not_satisfied', evidence: EVIDENCE },
    });
    expect(after.history).toHaveLength(7);
  });

  it('shows the coordinator only which kinds are done and which outstanding, nothing of the checks', async () => {
    const { organisationId, coordinator } = await fresh();
    await record(organisationId, check(), world.clients.securityB);
    await record(
      organisationId,
      check({ kind: 'funding_declared', result: 'not_satisfied' }),
      world.clients.securityB,
    );
    const response = await read(organisationId, coordinator);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      organisationId,
      required: true,
      items: DUE_DILIGENCE_KINDS.map((kind) => ({
        kind,
        outcome: kind === 'sanctions_screened' ? 'done' : 'outstanding',
      })),
      satisfied: 1,
      complete: false,
      actions: ['read'],
    });
    for (const hidden of [
      'not_satisfied',
      'history',
      'latest',
      'result',
      'checkedOn',
      '2026-06-01',
      'namesake',
      world.members.securityB.id,
      world.members.securityB.displayName,
    ]) {
      expect(response.body).not.toContain(hidden);
    }
  });

  it('answers a coordinator the same for a sanctions screening not satisfied, after re-checks, as for none', async () => {
    const others = DUE_DILIGENCE_KINDS.filter((kind) => kind !== 'sanctions_screened');
    const screened = await fresh();
    const unscreened = await fresh();
    for (const { organisationId } of [screened, unscreened]) {
      for (const kind of others) {
        expect((await record(organisationId, check({ kind }), world.clients.securityB)).statusCode).toBe(201);
      }
    }
    // Screened, satisfied, then screened again and not satisfied: a finding against the organisation.
    for (const result of ['satisfied', 'not_satisfied']) {
      const response = await record(
        screened.organisationId,
        check({ result, checkedOn: result === 'satisfied' ? '2026-05-01' : '2026-06-02' }),
        world.clients.directorA,
      );
      expect(response.statusCode).toBe(201);
    }
    const staffView = (
      await read(screened.organisationId, world.clients.admin)
    ).json<DueDiligenceChecklist>();
    expect(staffView.items.find((item) => item.kind === 'sanctions_screened')?.latest?.result).toBe(
      'not_satisfied',
    );

    const seenBy = async ({ organisationId, coordinator }: Awaited<ReturnType<typeof fresh>>) => {
      const response = await read(organisationId, coordinator);
      expect(response.statusCode, response.body).toBe(200);
      return response.body.replaceAll(organisationId, '<organisation>');
    };
    const whenScreened = await seenBy(screened);
    const whenNever = await seenBy(unscreened);
    expect(whenScreened).toBe(whenNever);
    expect(JSON.parse(whenScreened)).toEqual({
      organisationId: '<organisation>',
      required: true,
      items: DUE_DILIGENCE_KINDS.map((kind) => ({
        kind,
        outcome: kind === 'sanctions_screened' ? 'outstanding' : 'done',
      })),
      satisfied: 4,
      complete: false,
      actions: ['read'],
    });
  });

  it('records the check and every read in the trail, never the evidence', async () => {
    const { organisationId } = await fresh();
    const written = await record(organisationId, check(), world.clients.securityB);
    await read(organisationId, world.clients.directorA);
    expect((await recordedTrail()).filter((entry) => entry.subject_id === organisationId)).toEqual([
      expect.objectContaining({
        actor_user_id: world.members.securityB.id,
        subject_type: 'organisation',
        outcome: 'allowed',
        details: {
          checkId: written.json<DueDiligenceChecklist>().history?.[0]?.id,
          kind: 'sanctions_screened',
          result: 'satisfied',
          checkedOn: '2026-06-01',
        },
      }),
    ]);
    const reads = (await entriesOf(database(), world.tenant.id, ['record.read'])).filter(
      (entry) => entry.subject_id === organisationId,
    );
    expect(reads).toEqual([
      expect.objectContaining({
        actor_user_id: world.members.directorA.id,
        details: { view: 'due_diligence' },
      }),
    ]);
    const trail = await database().superuser('select details::text from audit_events where tenant_id = $1', [
      world.tenant.id,
    ]);
    expect(JSON.stringify(trail)).not.toContain('namesake');
  });

  describe('who may not', () => {
    it.each([
      ['the organisation’s own coordinator', 'own', 403, 'auth.forbidden'],
      ['the coordinator of another organisation', 'otherCoordinator', 404, 'not_found'],
      ['another tenant’s administrator', 'otherTenantAdmin', 404, 'not_found'],
      ['a gate officer', 'gateA', 403, 'auth.forbidden'],
      ['a case manager', 'caseManagerA', 403, 'auth.forbidden'],
      ['a practitioner of the organisation', 'practitioner', 403, 'auth.forbidden'],
    ] as const)('refuses %s a check, writing nothing', async (_label, who, status, code) => {
      const applicant = await fresh();
      const client = who === 'own' ? applicant.coordinator : world.clients[who];
      const response = await record(applicant.organisationId, check(), client);
      expectProblem(response, status, code);
      expect(response.body).not.toContain(applicant.name);
      expect(await rowsOf(database(), 'due_diligence_checks', applicant.organisationId)).toBe(0);
    });

    it('records the refusal of a coordinator in the trail', async () => {
      const { organisationId, coordinator, coordinatorMember } = await fresh();
      await record(organisationId, check(), coordinator);
      expect((await entriesOf(database(), world.tenant.id, ['access.denied'])).at(-1)).toMatchObject({
        actor_user_id: coordinatorMember.id,
        subject_type: 'organisation',
        subject_id: organisationId,
        details: { action: 'record_check', reason: 'not_allowed' },
      });
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 404, 'not_found'],
      ['another tenant’s administrator', 'otherTenantAdmin', 404, 'not_found'],
      ['a gate officer', 'gateA', 403, 'auth.forbidden'],
      ['a case manager', 'caseManagerA', 403, 'auth.forbidden'],
      ['a practitioner of the organisation', 'practitioner', 403, 'auth.forbidden'],
    ] as const)('refuses %s the checklist, with nothing of it', async (_label, who, status, code) => {
      const { organisationId, name } = await fresh();
      await record(organisationId, check(), world.clients.securityB);
      const response = await read(organisationId, world.clients[who]);
      expectProblem(response, status, code);
      expect(response.body).not.toContain(name);
      expect(response.body).not.toContain('namesake');
    });

    it('answers 404 for an unknown organisation and one that is not civil society', async () => {
      expectProblem(await read(uuidv7(), world.clients.admin), 404, 'not_found');
      expectProblem(await record(uuidv7(), check(), world.clients.admin), 404, 'not_found');
      expectProblem(await read(world.tenant.organisationId, world.clients.admin), 404, 'not_found');
      const response = await record(world.tenant.organisationId, check(), world.clients.admin);
      expectProblem(response, 409, 'registry.not_civil_society');
      expect(await rowsOf(database(), 'due_diligence_checks', world.tenant.organisationId)).toBe(0);
    });

    it('refuses without a live session with 401, writing nothing', async () => {
      const { organisationId } = await fresh();
      for (const client of [undefined, deactivated]) {
        expectProblem(await record(organisationId, check(), client), 401, 'auth.unauthenticated');
        expectProblem(await read(organisationId, client), 401, 'auth.unauthenticated');
      }
      expect(await rowsOf(database(), 'due_diligence_checks', organisationId)).toBe(0);
    });
  });

  describe('bad input', () => {
    const tomorrowPlusOne = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    it.each<[string, Record<string, unknown>, string]>([
      ['a day in the future', { checkedOn: tomorrowPlusOne }, '/body/checkedOn'],
      ['a day that does not exist', { checkedOn: '2026-02-30' }, '/body/checkedOn'],
      ['a missing day', { checkedOn: undefined }, '/body/checkedOn'],
      ['an unknown kind', { kind: 'tax_paid' }, '/body/kind'],
      ['an unknown result', { result: 'maybe' }, '/body/result'],
      ['no evidence', { evidence: undefined }, '/body/evidence'],
      ['blank evidence', { evidence: '  \n ' }, '/body/evidence'],
      ['overlong evidence', { evidence: 'x'.repeat(2001) }, '/body/evidence'],
      ['evidence with a control character', { evidence: 'Seen\u0007' }, '/body/evidence'],
      ['a checker given by the client', { checkedBy: uuidv7() }, '/body/checkedBy'],
    ])('refuses %s with 400 naming the field, writing nothing', async (_label, change, path) => {
      const { organisationId } = await fresh();
      const trail = (await recordedTrail()).length;
      const response = await record(organisationId, check(change), world.clients.securityB);
      expectProblem(response, 400, 'request.validation');
      expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await rowsOf(database(), 'due_diligence_checks', organisationId)).toBe(0);
      expect((await recordedTrail()).length).toBe(trail);
    });
  });

  it('keeps the history append-only, for the owner too', async () => {
    const { organisationId } = await fresh();
    await record(organisationId, check(), world.clients.securityB);
    expect(
      await databaseError(
        database().superuser(
          `update due_diligence_checks set result = 'not_satisfied' where organisation_id = $1`,
          [organisationId],
        ),
      ),
    ).toContain('append-only');
    expect(
      await databaseError(
        database().superuser('delete from due_diligence_checks where organisation_id = $1', [organisationId]),
      ),
    ).toContain('append-only');
  });
});

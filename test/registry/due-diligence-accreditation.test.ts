import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_ORGANISATION_PATHS as PATHS } from '../../src/contracts/registry-organisations.ts';
import { DUE_DILIGENCE_KINDS, type DueDiligenceKind } from '../../src/contracts/registry-review.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  makeOrganisationWorld,
  type OrganisationWorld,
  PERIOD,
  rowsOf,
  seedDecision,
  seedDueDiligence,
  seedProfile,
} from './organisation-world.ts';

// POST …/decisions with status `accredited` and the due diligence checklist, as a table: a service
// provider is accredited (first time, after a suspension, or renewed) only when the latest check of
// each of the five kinds is satisfied; otherwise 409 listing what is outstanding, and nothing is
// written. A formal monitoring body is not held to it.

type Results = Parameters<typeof seedDueDiligence>[3];

describe(`accreditation and due diligence on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: OrganisationWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeOrganisationWorld(database(), app);
  });
  afterAll(() => app?.close());

  const accredit = (id: string) =>
    app.inject({
      method: 'POST',
      url: PATHS.decisions(id),
      payload: {
        status: 'accredited',
        ...PERIOD,
        facilityIds: [world.tenant.facilityId],
        interventionTypes: ['mentoring'],
      },
      headers: world.clients.directorA.headers(),
    });
  const standing = async (
    history: Parameters<typeof seedDecision>[3][],
    results: Results | 'none',
    mandate: 'service_provider' | 'monitoring_body' = 'service_provider',
  ) => {
    const { organisationId } = await world.applicant();
    await seedProfile(database(), world, organisationId);
    if (mandate === 'monitoring_body') {
      await database().superuser(
        `update cso_profiles set mandate = 'monitoring_body' where organisation_id = $1`,
        [organisationId],
      );
    }
    for (const status of history) await seedDecision(database(), world, organisationId, status);
    if (results !== 'none') await seedDueDiligence(database(), world, organisationId, results);
    return organisationId;
  };
  const UNDER_REVIEW = ['applied', 'under_review'] as const;

  it.each<[string, Results | 'none', [DueDiligenceKind, string][]]>([
    ['nothing checked', 'none', DUE_DILIGENCE_KINDS.map((kind) => [kind, 'due_diligence_missing'])],
    [
      'every kind checked and not satisfied',
      Object.fromEntries(DUE_DILIGENCE_KINDS.map((kind) => [kind, 'not_satisfied'])) as Results,
      DUE_DILIGENCE_KINDS.map((kind) => [kind, 'due_diligence_not_satisfied']),
    ],
    ...DUE_DILIGENCE_KINDS.map((kind): [string, Results, [DueDiligenceKind, string][]] => [
      `${kind} not checked`,
      { [kind]: null },
      [[kind, 'due_diligence_missing']],
    ]),
    ...DUE_DILIGENCE_KINDS.map((kind): [string, Results, [DueDiligenceKind, string][]] => [
      `${kind} not satisfied`,
      { [kind]: 'not_satisfied' },
      [[kind, 'due_diligence_not_satisfied']],
    ]),
    [
      'sanctions screening missing and funding not satisfied',
      { sanctions_screened: null, funding_declared: 'not_satisfied' },
      [
        ['funding_declared', 'due_diligence_not_satisfied'],
        ['sanctions_screened', 'due_diligence_missing'],
      ],
    ],
  ])(
    'refuses to accredit a service provider with %s (409), writing nothing',
    async (_label, results, outstanding) => {
      const id = await standing([...UNDER_REVIEW], results);
      const trail = (await entriesOf(database(), world.tenant.id, ['accreditation.decided'])).length;
      const response = await accredit(id);
      expect(response.statusCode, response.body).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem.code).toBe('accreditation.due_diligence_incomplete');
      expect(
        problem.errors.map((error: { code: string; message: string }) => [
          error.message.split(' ')[0],
          error.code,
        ]),
      ).toEqual(outstanding);
      expect(problem.errors.every((error: { path: string }) => error.path === '/body/status')).toBe(true);
      expect(await rowsOf(database(), 'accreditation_decisions', id)).toBe(2);
      expect((await entriesOf(database(), world.tenant.id, ['accreditation.decided'])).length).toBe(trail);
    },
  );

  it.each<[string, Parameters<typeof seedDecision>[3][]]>([
    ['after review', [...UNDER_REVIEW]],
    ['after a suspension', [...UNDER_REVIEW, 'accredited', 'suspended']],
    ['as a renewal', [...UNDER_REVIEW, 'accredited']],
  ])('accredits a service provider with the five satisfied, %s', async (_label, history) => {
    const id = await standing(history, {});
    const response = await accredit(id);
    expect(response.statusCode, response.body).toBe(201);
  });

  it('holds a renewal back when a later check is not satisfied', async () => {
    const id = await standing([...UNDER_REVIEW, 'accredited'], {});
    await database().superuser(
      `insert into due_diligence_checks (id, tenant_id, organisation_id, check_kind, result, evidence, checked_on,
         checked_by)
       values ($1, $2, $3, 'sanctions_screened', 'not_satisfied', 'A new listing.', '2026-06-02', $4)`,
      [uuidv7(), world.tenant.id, id, world.members.securityB.id],
    );
    const response = await accredit(id);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ code: 'due_diligence_not_satisfied' }),
    ]);
  });

  it('accredits a formal monitoring body without the checklist', async () => {
    const id = await standing([...UNDER_REVIEW], 'none', 'monitoring_body');
    const response = await accredit(id);
    expect(response.statusCode, response.body).toBe(201);
  });
});

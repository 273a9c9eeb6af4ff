import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  AMAL_FINDINGS,
  expectInvalid,
  expectRefusal,
  makeBarePractitioner,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
  send,
} from './practitioners-world.ts';

// GET /api/v1/registry/practitioners/:id: one practitioner's standing with every record. Findings
// reach the administrator and prison security, never civil society; the practitioner sees their
// own standing; every look is in the trail; everyone else is refused without a name.

describe(`a practitioner’s standing on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
  });
  afterAll(() => app?.close());

  const secrets = () => [
    world.amal.displayName,
    world.colleague.displayName,
    world.organisationName,
    AMAL_FINDINGS,
  ];

  const read = (caller: Parameters<typeof send>[2], id = world.amal.practitionerId) =>
    send(app, world, caller, { url: PRACTITIONER_PATHS.practitioner(id) });

  it('shows the standing with every record, findings to prison security and the administrator', async () => {
    for (const caller of ['admin', 'directorA', 'directorB', 'securityA'] as const) {
      const response = await read(caller);
      expect(response.statusCode, caller).toBe(200);
      const standing = response.json();
      expect(standing).toMatchObject({
        id: world.amal.practitionerId,
        displayName: world.amal.displayName,
        organisation: { id: world.organisation, name: world.organisationName },
        userId: world.amal.member.id,
        suspension: { suspended: false, since: null, reason: null },
        vetting: [
          {
            level: 'enhanced',
            outcome: 'cleared',
            checkedOn: '2026-10-01',
            expiresOn: '2027-09-30',
            findings: AMAL_FINDINGS,
          },
        ],
        certificates: [
          {
            course: { id: world.inductionCourseId, code: 'security_induction', name: 'Security induction' },
            issuedOn: '2026-10-15',
            expiresOn: '2028-10-14',
          },
        ],
      });
      expect(standing.signatures.map((each: { document: string }) => each.document).sort()).toEqual([
        'code_of_conduct',
        'confidentiality',
      ]);
    }
  });

  it.each(['coordinator', 'amal', 'gateA'] as const)(
    'shows %s the outcome, level and dates of vetting, never the findings',
    async (caller) => {
      const response = await read(caller);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(AMAL_FINDINGS);
      const [check] = response.json().vetting;
      expect(check).toEqual({
        id: expect.any(String),
        level: 'enhanced',
        outcome: 'cleared',
        checkedOn: '2026-10-01',
        expiresOn: '2027-09-30',
        recordedAt: expect.any(String),
      });
    },
  );

  it('shows practitioners their own standing, with read as their only action', async () => {
    const response = await read('amal');
    expect(response.json()).toMatchObject({ id: world.amal.practitionerId, actions: ['read'] });
    expect(response.json().suspension).toEqual({ suspended: false, since: null });
  });

  it('records every look in the trail', async () => {
    await read('coordinator');
    const [entry] = (await entriesOf(database(), world.tenant.id, ['record.read'])).slice(-1);
    expect(entry).toMatchObject({
      actor_user_id: world.members.coordinator.id,
      subject_type: 'practitioner',
      subject_id: world.amal.practitionerId,
      details: { view: 'standing' },
    });
  });

  it.each(REFUSED_CALLERS)(
    'refuses %s (%s) with %i and nothing of the practitioner',
    async (_who, caller, status) => {
      expectRefusal(await read(caller), status, secrets());
    },
  );

  it('gives a practitioner asking about a colleague 404, and 404 for one that does not exist', async () => {
    expectRefusal(await read('amal', world.colleague.practitionerId), 404, secrets());
    expectRefusal(await read('admin', '01900000-0000-7000-8000-000000000000'), 404, []);
    expectInvalid(await read('admin', 'not-an-id'), ['/params/id']);
  });

  it('shows each coordinator their own organisation’s practitioners, and the other’s as 404', async () => {
    const theirs = await makeBarePractitioner(database(), world.tenant.id, world.otherOrganisation);
    expect((await read('otherCoordinator', theirs.practitionerId)).statusCode).toBe(200);
    expectRefusal(await read('coordinator', theirs.practitionerId), 404, [theirs.displayName]);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type OrganisationExpiring,
  REGISTRY_ORGANISATION_PATHS as PATHS,
} from '../../src/contracts/registry-organisations.ts';
import { dayOf } from '../../src/server/modules/notifications/reminders/steps.ts';
import { addDays } from '../../src/server/platform/calendar-days.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf, makeMember, makeOrganisation } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  expectRefusal,
  makeBarePractitioner,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
} from './practitioners-world.ts';

// GET /api/v1/registry/organisations/:id/expiring: what expires soon, or has just expired, for one
// organisation, reckoned on the server's day. A fresh organisation per file, its records dated from
// today, so the answer is exact whatever day the tests run; the readers and refusals are those of
// the organisation's registry record, and every look is in the trail.

const FINDINGS = 'Expired-vetting finding that must never leave the server.';

describe(`what expires for an organisation on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;
  let organisation: string;
  let coordinator: { id: string; client: SignedInClient };
  let yasmin: { practitionerId: string; displayName: string };
  let leila: { practitionerId: string; displayName: string };
  const today = dayOf(new Date());
  const on = (days: number) => addDays(today, days);

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
    const test = database();
    const tenantId = world.tenant.id;
    organisation = await makeOrganisation(test, world.tenant, 'civil_society');
    const member = await makeMember(test, world.tenant, 'cso_coordinator', { organisationId: organisation });
    coordinator = { id: member.id, client: await signIn(app, member) };
    yasmin = await makeBarePractitioner(test, tenantId, organisation);
    leila = await makeBarePractitioner(test, tenantId, organisation);
    await test.superuser(
      `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
         facility_ids, intervention_types, requires_agreement)
       values ($1, $2, $3, 'accredited', '2026-01-01', $4, array[$5]::uuid[], array['mentoring'], false)`,
      [uuidv7(), tenantId, organisation, on(45), world.tenant.facilityId],
    );
    // Yasmin's clearance ran out ten days ago; an older one is superseded.
    for (const [checkedOn, expiresOn, findings] of [
      [on(-800), on(-436), null],
      [on(-375), on(-10), FINDINGS],
    ]) {
      await test.superuser(
        `insert into vetting_checks (id, tenant_id, practitioner_id, level, outcome, checked_on, expires_on, findings)
         values ($1, $2, $3, 'enhanced', 'cleared', $4, $5, $6)`,
        [uuidv7(), tenantId, yasmin.practitionerId, checkedOn, expiresOn, findings],
      );
    }
    // Leila's induction: an expired certificate, renewed by one ending in 20 days; her clearance is far off.
    for (const [issuedOn, expiresOn] of [
      [on(-700), on(-5)],
      [on(-10), on(20)],
    ]) {
      await test.superuser(
        `insert into certificates (id, tenant_id, practitioner_id, course_id, issued_on, expires_on)
         values ($1, $2, $3, $4, $5, $6)`,
        [uuidv7(), tenantId, leila.practitionerId, world.inductionCourseId, issuedOn, expiresOn],
      );
    }
    await test.superuser(
      `insert into vetting_checks (id, tenant_id, practitioner_id, level, outcome, checked_on, expires_on)
       values ($1, $2, $3, 'basic', 'cleared', $4, $5)`,
      [uuidv7(), tenantId, leila.practitionerId, on(-30), on(334)],
    );
  });
  afterAll(() => app?.close());

  const expiring = (client: SignedInClient | undefined, id = organisation) =>
    app.inject({ url: PATHS.expiring(id), headers: client?.headers() ?? {} });

  it('answers the own coordinator with each item, its state and days, by date; findings never', async () => {
    const response = await expiring(coordinator.client);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const answer = response.json<OrganisationExpiring>();
    expect(answer.today).toBe(today);
    expect(answer.items).toEqual([
      {
        kind: 'vetting',
        subject: { type: 'practitioner', id: yasmin.practitionerId, name: yasmin.displayName },
        course: null,
        date: on(-10),
        state: 'expired',
        daysLeft: -10,
      },
      {
        kind: 'certificate',
        subject: { type: 'practitioner', id: leila.practitionerId, name: leila.displayName },
        course: { id: world.inductionCourseId, code: 'security_induction', name: 'Security induction' },
        date: on(20),
        state: 'expires_soon',
        daysLeft: 20,
      },
      {
        kind: 'accreditation',
        subject: { type: 'organisation', id: organisation, name: expect.any(String) },
        course: null,
        date: on(45),
        state: 'expires_soon',
        daysLeft: 45,
      },
    ]);
    expect(response.body).not.toContain(FINDINGS);
  });

  it.each(['admin', 'directorA', 'directorB', 'securityA', 'gateA'] as const)(
    'answers %s the same, recorded in the trail as a look at the organisation',
    async (who) => {
      const response = await expiring(world.clients[who]);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<OrganisationExpiring>().items).toHaveLength(3);
      expect(response.body).not.toContain(FINDINGS);
      const [entry] = (await entriesOf(database(), world.tenant.id, ['record.read'])).slice(-1);
      expect(entry).toMatchObject({
        actor_user_id: world.members[who].id,
        subject_type: 'organisation',
        subject_id: organisation,
        outcome: 'allowed',
        details: { view: 'expiring', count: 3 },
      });
      // The trail names no one and no date.
      expect(JSON.stringify(entry)).not.toContain(yasmin.displayName);
    },
  );

  it.each(REFUSED_CALLERS)('refuses %s (%s) with %i, showing nothing', async (_who, caller, status) => {
    const client = caller === null ? undefined : world.callers[caller];
    expectRefusal(await expiring(client), status, [yasmin.displayName, leila.displayName, on(-10)]);
  });

  it('records another coordinator’s look as a refusal', async () => {
    await expiring(world.clients.otherCoordinator);
    expect((await entriesOf(database(), world.tenant.id, ['access.denied'])).at(-1)).toMatchObject({
      actor_user_id: world.members.otherCoordinator.id,
      subject_type: 'organisation',
      subject_id: organisation,
      outcome: 'denied',
      details: { action: 'read', reason: 'not_visible' },
    });
  });

  it('answers 404 for an unknown or non-civil-society organisation, 400 for an id that is not one', async () => {
    expectRefusal(await expiring(world.clients.admin, uuidv7()), 404, []);
    expectRefusal(await expiring(world.clients.admin, world.tenant.organisationId), 404, []);
    const bad = await expiring(world.clients.admin, 'not-an-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: '/params/id' })]);
  });

  it('shows an organisation with nothing due an empty list', async () => {
    const response = await expiring(world.clients.coordinator, world.organisation);
    expect(response.statusCode).toBe(200);
    // The registry world's records run to 2027 and beyond; only what falls in the window shows.
    for (const item of response.json<OrganisationExpiring>().items) {
      expect(item.daysLeft).toBeGreaterThanOrEqual(-90);
      expect(item.daysLeft).toBeLessThanOrEqual(60);
    }
  });
});

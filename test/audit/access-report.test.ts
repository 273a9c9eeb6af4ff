import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { appendEntries, entriesOf, type Member, makeMember } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeTrail, type TrailFixture } from './trail-fixture.ts';

// "Who has seen this record": GET /api/v1/audit/people/:personId/access-report aggregates every
// entry that names the person, per acting user and organisation.

describe(`the access report on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let trail: TrailFixture;
  let director: Member;
  const person = uuidv7();

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    trail = await makeTrail(database(), app);
    director = await makeMember(database(), trail.tenant, 'director');
    const { manager, coordinator } = trail.members;
    const as = (member: Member) => ({ actorUserId: member.id, actorOrganisationId: member.organisationId });
    await appendEntries(database(), trail.tenant.id, [
      { occurredAt: '2025-05-01T08:00:00.000Z', ...as(manager), personId: person },
      {
        occurredAt: '2025-05-02T08:00:00.000Z',
        ...as(director),
        personId: person,
        action: 'record.break_glass',
        breakGlass: true,
        purpose: 'Riot in block C, checking cell history',
        subjectId: 'CASE-2026-000777',
      },
      {
        occurredAt: '2025-05-03T08:00:00.000Z',
        ...as(manager),
        personId: person,
        action: 'record.break_glass',
      },
      {
        occurredAt: '2025-05-04T08:00:00.000Z',
        ...as(coordinator),
        personId: person,
        outcome: 'denied',
        action: 'access.denied',
      },
      {
        occurredAt: '2025-05-05T08:00:00.000Z',
        ...as(coordinator),
        personId: person,
        outcome: 'denied',
        action: 'access.denied',
      },
      { occurredAt: '2025-05-06T08:00:00.000Z', ...as(manager), personId: person },
      // Someone else's record: never in this report.
      { occurredAt: '2025-05-07T08:00:00.000Z', ...as(director), personId: uuidv7() },
    ]);
  });
  afterAll(() => app?.close());

  const report = (personId = person, client = trail.clients.monitor) =>
    app.inject({ url: `/api/v1/audit/people/${personId}/access-report`, headers: client.headers() });

  it('gives per actor the first and last access, counts, refusals and break-glass reasons', async () => {
    const response = await report();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({ personId: person, truncated: false, actions: ['read'] });
    expect(body.actors).toEqual([
      {
        user: { id: trail.members.manager.id, displayName: trail.members.manager.displayName },
        organisation: { id: trail.tenant.organisationId, name: 'Prison service', kind: 'prison_service' },
        roles: ['case_manager'],
        firstAccessAt: '2025-05-01T08:00:00.000Z',
        lastAccessAt: '2025-05-06T08:00:00.000Z',
        accesses: 3,
        denied: { count: 0, lastAt: null },
        breakGlass: [],
        eventKinds: ['record.break_glass', 'record.read'],
      },
      {
        user: { id: trail.members.coordinator.id, displayName: trail.members.coordinator.displayName },
        organisation: { id: trail.csoId, name: expect.any(String), kind: 'civil_society' },
        roles: ['cso_coordinator'],
        firstAccessAt: null,
        lastAccessAt: null,
        accesses: 0,
        denied: { count: 2, lastAt: '2025-05-05T08:00:00.000Z' },
        breakGlass: [],
        eventKinds: ['access.denied'],
      },
      {
        user: { id: director.id, displayName: director.displayName },
        organisation: expect.objectContaining({ kind: 'prison_service' }),
        roles: ['director'],
        firstAccessAt: '2025-05-02T08:00:00.000Z',
        lastAccessAt: '2025-05-02T08:00:00.000Z',
        accesses: 1,
        denied: { count: 0, lastAt: null },
        breakGlass: [
          {
            seq: expect.any(Number),
            occurredAt: '2025-05-02T08:00:00.000Z',
            reason: 'Riot in block C, checking cell history',
            subject: { type: 'case_file', id: 'CASE-2026-000777' },
          },
        ],
        eventKinds: ['record.break_glass'],
      },
    ]);
  });

  it('is itself audited with the person, and so shows in the next report', async () => {
    await report();
    const viewed = (await entriesOf(database(), trail.tenant.id, ['audit.access_report_viewed'])).at(-1);
    expect(viewed).toMatchObject({
      outcome: 'allowed',
      actor_user_id: trail.members.monitor.id,
      subject_type: 'person',
      subject_id: person,
      person_id: person,
      details: { actors: expect.any(Number), breakGlass: 1 },
    });
    const next = (await report()).json();
    expect(next.actors[0]).toMatchObject({
      user: { id: trail.members.monitor.id },
      roles: ['oversight_monitor'],
      eventKinds: ['audit.access_report_viewed'],
    });
  });

  it('answers an empty report for a person nobody has seen, or of whom this tenant knows nothing', async () => {
    const response = await report(uuidv7());
    expect(response.statusCode).toBe(200);
    expect(response.json().actors).toEqual([]);
  });

  it('refuses a person id that is not one, with 400 naming the field', async () => {
    const response = await report('not-a-person');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/params/personId' })]);
  });

  it('is refused to a case manager, even one who read the record (until case teams exist), with 403', async () => {
    const response = await report(person, trail.clients.manager);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.forbidden');
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEntries, entriesOf, makeMember } from '../access/factories.ts';
import { makeUser, type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeTrail, RANGE, type TrailFixture } from './trail-fixture.ts';

// Who reaches the trail: the pair for every audit route (an oversight monitor can; a case manager,
// a CSO coordinator, an analyst, no session, a deactivated monitor and another tenant's monitor
// cannot), the break-glass list, the CSV export, and every look at the trail left in the trail.

describe(`who reaches the audit trail on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let trail: TrailFixture;
  let other: TrailFixture;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    trail = await makeTrail(database(), app);
    other = await makeTrail(database(), app);
    // The other tenant has entries about the same person id: it must never show in tenant A.
    await appendEntries(database(), other.tenant.id, [
      {
        occurredAt: '2025-03-10T00:00:00.000Z',
        personId: trail.people.p1,
        actorUserId: other.members.manager.id,
      },
    ]);
  });
  afterAll(() => app?.close());

  const routes = () => [
    `/api/v1/audit/events?${RANGE}`,
    `/api/v1/audit/break-glass?${RANGE}`,
    `/api/v1/audit/events.csv?${RANGE}`,
    `/api/v1/audit/people/${trail.people.p1}/access-report`,
  ];
  const get = (url: string, client?: SignedInClient) =>
    app.inject({ url, headers: client ? client.headers() : {} });

  it('lets an oversight monitor in, and refuses signed-in users of other roles with 403, audited', async () => {
    for (const url of routes()) {
      expect((await get(url, trail.clients.monitor)).statusCode, url).toBe(200);
      for (const role of ['manager', 'coordinator', 'analyst'] as const) {
        const response = await get(url, trail.clients[role]);
        expect(response.statusCode, `${role} ${url}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'auth.forbidden', status: 403 });
        // The problem document and nothing else (its instance is the address asked for).
        expect(Object.keys(response.json()).sort()).toEqual(
          ['code', 'detail', 'instance', 'requestId', 'status', 'title', 'type'].sort(),
        );
      }
    }
    const refusals = (await entriesOf(database(), trail.tenant.id, ['access.denied'])).filter(
      (entry) => entry.actor_user_id === trail.members.analyst.id,
    );
    expect(refusals).toHaveLength(routes().length);
    expect(refusals[0]?.details).toMatchObject({ reason: 'role', route: '/api/v1/audit/events' });
  });

  it('answers 401 without a session, and to a monitor deactivated since signing in', async () => {
    const deactivated = await makeMember(database(), trail.tenant, 'oversight_monitor');
    const client = await signIn(app, deactivated);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      deactivated.id,
    ]);
    for (const url of routes()) {
      for (const response of [await get(url), await get(url, client)]) {
        expect(response.statusCode, url).toBe(401);
        expect(response.json().code).toBe('auth.unauthenticated');
      }
    }
  });

  it("never shows one tenant's entries to another tenant's monitor, not even by person id", async () => {
    const seen = (
      await get(`/api/v1/audit/events?personId=${trail.people.p1}`, other.clients.monitor)
    ).json();
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]).toMatchObject({ actor: { userId: other.members.manager.id } });
    const report = (
      await get(`/api/v1/audit/people/${trail.people.p1}/access-report`, other.clients.monitor)
    ).json();
    // Its own monitor's search by that person id just now, and its own manager's read: nothing of A.
    expect(report.actors.map((row: { user: { id: string } }) => row.user.id)).toEqual([
      other.members.monitor.id,
      other.members.manager.id,
    ]);
    const mine = (
      await get(`/api/v1/audit/events?personId=${trail.people.p1}&${RANGE}`, trail.clients.monitor)
    ).json();
    expect(mine.items.map((item: { seq: number }) => item.seq)).toEqual([
      trail.seq.e6,
      trail.seq.e4,
      trail.seq.e3,
      trail.seq.e1,
    ]);
    const csv = (await get(`/api/v1/audit/events.csv?personId=${trail.people.p1}`, other.clients.monitor))
      .body;
    expect(csv).not.toContain(trail.members.manager.id);
  });

  it('records each search in the trail: the filters used, never the person or user searched for in details', async () => {
    const { p1 } = trail.people;
    const query = `personId=${p1}&actorUserId=${trail.members.manager.id}&action=record.read&action=record.break_glass&outcome=allowed&${RANGE}`;
    const found = (await get(`/api/v1/audit/events?${query}`, trail.clients.monitor)).json();
    const entry = (await entriesOf(database(), trail.tenant.id, ['audit.searched'])).at(-1);
    expect(entry).toMatchObject({
      outcome: 'allowed',
      actor_user_id: trail.members.monitor.id,
      subject_type: 'audit_trail',
      person_id: p1,
      break_glass: false,
    });
    expect(entry?.details).toEqual({
      personId: true,
      actorUserId: true,
      action: 'record.read,record.break_glass',
      outcome: 'allowed',
      from: '2025-03-01T00:00:00.000Z',
      to: '2025-04-01T00:00:00.000Z',
      view: 'events',
      nextPage: false,
      results: found.items.length,
    });
    expect(JSON.stringify(entry?.details)).not.toContain(p1);
    expect(JSON.stringify(entry?.details)).not.toContain(trail.members.manager.id);

    // …and a monitor can find the searches themselves.
    const searches = (await get('/api/v1/audit/events?action=audit.searched', trail.clients.monitor)).json();
    expect(searches.items.length).toBeGreaterThan(0);
    expect(searches.items.every((item: { action: string }) => item.action === 'audit.searched')).toBe(true);
  });

  it('lists break-glass openings with their reasons, and records that list as a search', async () => {
    const response = await get(`/api/v1/audit/break-glass?${RANGE}`, trail.clients.monitor);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        seq: trail.seq.e4,
        breakGlass: true,
        purpose: '=HYPERLINK("x") night transfer',
      }),
    ]);
    expect((await entriesOf(database(), trail.tenant.id, ['audit.searched'])).at(-1)?.details).toMatchObject({
      view: 'break_glass',
      breakGlass: true,
    });
    const unknown = await get(`/api/v1/audit/break-glass?breakGlass=false`, trail.clients.monitor);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ path: '/querystring/breakGlass' })]);
  });

  it('exports a search as CSV, defusing formulas, and records the export', async () => {
    const response = await get(
      `/api/v1/audit/events.csv?personId=${trail.people.p1}&${RANGE}`,
      trail.clients.monitor,
    );
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-events-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'seq,occurred_at,action,outcome,break_glass,purpose,actor_user_id,actor_name,actor_organisation_id,' +
        'actor_organisation,subject_type,subject_id,person_id,request_id,details,hash',
    );
    expect(lines).toHaveLength(5);
    expect(response.body).toContain(`"'=HYPERLINK(""x"") night transfer"`);
    expect(response.body).toContain(trail.members.manager.displayName);
    expect((await entriesOf(database(), trail.tenant.id, ['audit.exported'])).at(-1)).toMatchObject({
      actor_user_id: trail.members.monitor.id,
      person_id: trail.people.p1,
      details: { personId: true, format: 'csv', rows: 4, truncated: false },
    });
  });

  it('keeps the chain intact after all these searches', async () => {
    const { verifyAuditTrail } = await import('../../src/server/modules/audit/verify.ts');
    const reports = await verifyAuditTrail(database().db);
    expect(reports.every((report) => report.broken === null)).toBe(true);
  });

  it('gives a user who is a monitor and something else the trail all the same', async () => {
    const both = await makeUser(database(), trail.tenant, { roles: ['analyst', 'oversight_monitor'] });
    expect((await get(`/api/v1/audit/events?${RANGE}`, await signIn(app, both))).statusCode).toBe(200);
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_PATHS, type NotificationList } from '../../src/contracts/notifications.ts';
import { runReminderRound } from '../../src/server/modules/notifications/reminders/run-reminder-round.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { makeMember } from '../access/factories.ts';
import { auditTrail, makeTenant, type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  addCourse,
  addPractitioner,
  certify,
  decide,
  inDays,
  makeReminderWorld,
  NOW,
  type ReminderWorld,
} from './reminder-world.ts';

// GET /api/v1/notifications and POST /api/v1/notifications/:id/read: a signed-in user's own
// notifications only. Another user's (same tenant or not) is 404 and stays unread; another tenant
// sees none; no session is 401; a read without the CSRF token is 403.

describe(`one's own notifications on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: ReminderWorld;
  let clients: Record<'coordinator' | 'director' | 'gate' | 'practitioner' | 'otherTenant', SignedInClient>;
  let practitioner: { id: string; displayName: string };
  let course: { id: string; code: string; name: string };

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeReminderWorld(database());
    const account = await makeMember(database(), world.tenant, 'cso_practitioner', {
      organisationId: world.organisation,
    });
    practitioner = await addPractitioner(database(), world, { user: account });
    course = await addCourse(database(), world.tenant.id, { requiredOf: 'regular' });
    await certify(database(), world.tenant.id, practitioner.id, course.id, inDays(25));
    await decide(
      database(),
      world.tenant.id,
      world.organisation,
      { status: 'accredited', validUntil: inDays(50) },
      '2026-01-01T10:00:00Z',
    );
    const report = await runReminderRound(database().db, NOW, null);
    expect(report.failures).toEqual([]);
    const otherTenant = await makeTenant(database(), { isDemo: true });
    clients = {
      coordinator: await signIn(app, world.members.coordinator),
      director: await signIn(app, world.members.director),
      gate: await signIn(app, world.members.gate),
      practitioner: await signIn(app, account),
      otherTenant: await signIn(app, await makeMember(database(), otherTenant, 'administrator')),
    };
  });
  afterAll(() => app?.close());

  const list = (client: SignedInClient | null, query = '') =>
    app.inject({ url: `${NOTIFICATION_PATHS.notifications}${query}`, headers: client?.headers() ?? {} });
  const read = (client: SignedInClient | null, id: string, options: { csrf?: boolean } = {}) =>
    app.inject({ method: 'POST', url: NOTIFICATION_PATHS.read(id), headers: client?.headers(options) ?? {} });
  const idsOf = async (client: SignedInClient, query = '') => {
    const response = await list(client, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NotificationList>();
  };

  it('lists the user’s own notifications, newest first, with words and the fields to translate them', async () => {
    const page = await idsOf(clients.coordinator);
    expect(page.unreadCount).toBe(2);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => item.kind).sort()).toEqual([
      'accreditation_expiring',
      'certificate_expiring',
    ]);
    const ids = page.items.map((item) => item.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(page.items.find((item) => item.kind === 'certificate_expiring')).toEqual({
      id: expect.any(String),
      kind: 'certificate_expiring',
      subject: { type: 'practitioner', id: practitioner.id, name: practitioner.displayName },
      course: { id: course.id, code: course.code, name: course.name },
      dueOn: inDays(25),
      daysBefore: 30,
      message: `The ${course.name} certificate of ${practitioner.displayName} ends on 26 March 2027.`,
      createdAt: expect.any(String),
      readAt: null,
    });
    expect(page.items.find((item) => item.kind === 'accreditation_expiring')).toMatchObject({
      subject: { type: 'organisation', id: world.organisation, name: world.organisationName },
      course: null,
      dueOn: inDays(50),
      daysBefore: 60,
      message: `The accreditation of ${world.organisationName} ends on 20 April 2027.`,
    });

    const director = await idsOf(clients.director);
    expect(director.items.map((item) => item.kind)).toEqual(['accreditation_expiring']);
    const own = await idsOf(clients.practitioner);
    expect(own.items.map((item) => item.kind)).toEqual(['certificate_expiring']);
    // The gate officer is reminded of nothing, and sees nothing of the others'.
    expect(await idsOf(clients.gate)).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
  });

  it('pages with limit and cursor, and filters the unread', async () => {
    const first = await idsOf(clients.coordinator, '?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBe(first.items[0]?.id);
    const second = await idsOf(clients.coordinator, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.nextCursor).toBeNull();

    const bad = await list(clients.coordinator, '?limit=0&cursor=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((error: { path: string }) => error.path)
        .sort(),
    ).toEqual(['/querystring/cursor', '/querystring/limit']);
  });

  it('marks one of the user’s own read, once, and the unread filter and count follow', async () => {
    const [target] = (await idsOf(clients.director)).items;
    const response = await read(clients.director, target?.id ?? '');
    expect(response.statusCode, response.body).toBe(200);
    const readAt = response.json().readAt as string;
    expect(Date.parse(readAt)).toBeGreaterThan(Date.now() - 60_000);

    const again = await read(clients.director, target?.id ?? '');
    expect(again.statusCode).toBe(200);
    expect(again.json().readAt).toBe(readAt);
    expect(await idsOf(clients.director, '?unread=true')).toEqual({
      items: [],
      nextCursor: null,
      unreadCount: 0,
    });
    expect((await idsOf(clients.director)).items.map((item) => item.readAt)).toEqual([readAt]);
  });

  it('answers 404 for another user’s notification, in the tenant or not, and leaves it unread', async () => {
    const [coordinators] = (await idsOf(clients.coordinator, '?unread=true')).items;
    const id = coordinators?.id ?? '';
    for (const intruder of [clients.practitioner, clients.gate, clients.otherTenant]) {
      const response = await read(intruder, id);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).not.toContain(world.organisationName);
    }
    expect((await read(clients.coordinator, uuidv7())).statusCode).toBe(404);
    const [stillUnread] = await database().superuser<{ read_at: string | null }>(
      'select read_at from notifications where id = $1',
      [id],
    );
    expect(stillUnread).toEqual({ read_at: null });
  });

  it('shows another tenant none of these', async () => {
    expect(await idsOf(clients.otherTenant)).toEqual({ items: [], nextCursor: null, unreadCount: 0 });
  });

  it('refuses visitors without a session (401) and a read without the CSRF token (403)', async () => {
    const [item] = (await idsOf(clients.coordinator)).items;
    const id = item?.id ?? '';
    expect((await list(null)).statusCode).toBe(401);
    expect((await read(null, id)).statusCode).toBe(401);
    const forged = await read(clients.coordinator, id, { csrf: false });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('auth.csrf');
    expect((await read(clients.coordinator, 'not-a-uuid')).statusCode).toBe(400);
  });

  it('refuses a deactivated account (401), its own notifications included', async () => {
    const leaver = await makeMember(database(), world.tenant, 'director');
    expect((await runReminderRound(database().db, NOW, null)).failures).toEqual([]);
    const client = await signIn(app, leaver);
    const [own] = (await idsOf(client)).items;
    expect(own?.kind).toBe('accreditation_expiring');
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      leaver.id,
    ]);
    expect((await list(client)).statusCode).toBe(401);
    expect((await read(client, own?.id ?? '')).statusCode).toBe(401);
  });

  it('records nothing in the audit trail: one’s own reminders are nobody else’s personal data', async () => {
    const trail = await auditTrail(database(), world.tenant.id);
    expect(trail.filter((entry) => entry.subject_type === 'notification')).toEqual([]);
    expect(trail.every((entry) => entry.action.startsWith('auth.'))).toBe(true);
  });
});

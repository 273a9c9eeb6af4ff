import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_PATHS, type NotificationList } from '../../src/contracts/notifications.ts';
import { PUBLIC_REGISTER_PATHS, type PublicRegister } from '../../src/contracts/public-register.ts';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The demo publishes the `demo` tenant's register (Bridges, not Open Doors, which is under review)
// and not demo-b's; coordinator.bridges has the reminders about Yasmin Haddad's vetting clearance.

describe(`the demo public register and notifications on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedDemo(database().db, 'development');
    // Seeding again adds nothing twice.
    await seedDemo(database().db, 'development');
    app = await buildTestApp({ db: database().db });
  });
  afterAll(() => app?.close());

  it('publishes the demo tenant’s register, with Bridges and without Open Doors, and not demo-b’s', async () => {
    const response = await app.inject({ url: PUBLIC_REGISTER_PATHS.register('demo') });
    expect(response.statusCode).toBe(200);
    const register = response.json<PublicRegister>();
    expect(register.organisations).toEqual([
      {
        name: 'Bridges — Association for Dialogue and Return',
        interventionTypes: ['mentoring', 'psychosocial_counselling', 'family_engagement', 'education'],
        status: 'accredited',
        validUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        otherNames: {
          ar: 'جسور — جمعية الحوار والعودة',
          fr: 'Passerelles — Association pour le dialogue et le retour',
          ru: 'Мосты — Ассоциация диалога и возвращения',
        },
        regionsServed: ['Central Meridia', 'Northern Coast', 'Port Aldane'],
        expertise: ['psychologist', 'social_worker', 'mentor', 'family_liaison'],
      },
    ]);
    // Its contacts and staff count are the prison service's to know, not the public's.
    expect(response.body).not.toContain('example.org');
    expect(response.body).not.toContain('Open Doors');
    expect((await app.inject({ url: PUBLIC_REGISTER_PATHS.register('demo-b') })).statusCode).toBe(404);
  });

  it('gives coordinator.bridges the reminders about Yasmin Haddad’s vetting, newest first, two unread', async () => {
    const coordinator = await signIn(app, { username: 'coordinator.bridges', password: DEMO_PASSWORD });
    const response = await app.inject({
      url: NOTIFICATION_PATHS.notifications,
      headers: coordinator.headers(),
    });
    const list = response.json<NotificationList>();
    expect(list.unreadCount).toBe(2);
    expect(
      list.items.map((item) => [item.kind, item.subject.name, item.daysBefore, item.readAt === null]),
    ).toEqual([
      ['vetting_expiring', 'Yasmin Haddad', 7, true],
      ['vetting_expiring', 'Yasmin Haddad', 30, true],
      ['vetting_expiring', 'Yasmin Haddad', 60, false],
    ]);
  });
});

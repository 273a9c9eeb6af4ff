import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_PATHS } from '../../src/contracts/registry-training.ts';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';

// The training demo: past sessions at the Central Prison whose attendance matches the certificates
// the registry demo holds, Dmitri's unfinished data-protection course, a planned session, and the
// security officer's own human-rights certificate. The eligibility story is the registry demo's
// (demo-registry.test.ts asks it again with this data in).

describe(`the training demo on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedDemo(database().db, 'development');
    await seedDemo(database().db, 'development');
    app = await buildTestApp({ db: database().db });
  });
  afterAll(() => app?.close());

  it('loads the sessions once, with attendance pointing at the certificates already held', async () => {
    const [counts] = await database().superuser<{ sessions: number; attendance: number; linked: number }>(
      `select (select count(*)::int from training_sessions) as sessions,
              (select count(*)::int from training_attendance) as attendance,
              (select count(*)::int from training_attendance where certificate_id is not null) as linked`,
    );
    expect(counts).toEqual({ sessions: 7, attendance: 7, linked: 5 });
  });

  it('shows the security officer their own human-rights certificate', async () => {
    const client = await signIn(app, { username: 'security.central', password: DEMO_PASSWORD });
    const me = await app.inject({ url: '/api/v1/me', headers: client.headers() });
    const response = await app.inject({
      url: TRAINING_PATHS.staffCertificates(me.json().user.id),
      headers: client.headers(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().certificates).toMatchObject([{ course: { code: 'human_rights_in_prisons' } }]);
  });

  it('lists the sessions to the coordinator, with Bridges’ attendance', async () => {
    const client = await signIn(app, { username: 'coordinator.bridges', password: DEMO_PASSWORD });
    const list = await app.inject({ url: TRAINING_PATHS.sessions, headers: client.headers() });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; heldOn: string; course: { code: string } }[];
    expect(items).toHaveLength(7);
    const unfinished = items.filter((item) => item.course.code === 'data_protection')[1];
    const detail = await app.inject({
      url: TRAINING_PATHS.session(unfinished?.id ?? ''),
      headers: client.headers(),
    });
    expect(detail.json().attendance).toMatchObject([
      { participant: { displayName: 'Dmitri Volkov' }, outcome: 'attended_not_completed', certificate: null },
      { participant: { displayName: 'Yasmin Haddad' }, outcome: 'absent' },
    ]);
  });
});

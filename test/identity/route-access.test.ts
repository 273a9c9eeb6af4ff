import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccessTable } from '../../src/server/modules/identity/access/access-hook.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, makeTenant, makeUser, signIn } from './factories.ts';

/**
 * Every non-public /api route and the test that shows it refusing the wrong caller. A new route
 * fails the walk below until it is marked public or listed here with its deny test.
 */
const DENY_TESTED: Record<string, string> = {
  'GET /api/v1/me': 'sessions.test.ts: 401 without a session, forged token, other tenant, deactivated',
  'GET /api/v1/auth/sessions': 'own-sessions.test.ts: 401 without a session; only own, not other tenant',
  'DELETE /api/v1/auth/sessions/:id': 'own-sessions.test.ts: 401, 403 CSRF, 404 another user or tenant',
  'POST /api/v1/auth/sessions/revoke-all': 'own-sessions.test.ts: 401, 403 CSRF, forged cross-tenant cookie',
  'GET /api/v1/auth/mfa': 'mfa-management.test.ts: 401 without a session; own factor only',
  'POST /api/v1/auth/mfa/enrolment':
    'mfa-enrolment.test.ts: 401, 403 CSRF, forged cross-tenant cookie; 409 once set up',
  'POST /api/v1/auth/mfa/enrolment/confirm':
    'mfa-enrolment.test.ts: 401, 403 CSRF, another user’s code confirms nothing; mfa-required.test.ts: other tenant',
  'POST /api/v1/auth/mfa/recovery-codes':
    'mfa-management.test.ts: 401, 403 CSRF, wrong code, another user’s recovery code, 429',
  'DELETE /api/v1/auth/mfa':
    'mfa-management.test.ts: 401, 403 CSRF, wrong password or code, another user’s code, 429',
  'GET /api/v1/audit/events':
    'audit-trail-access.test.ts: 401, deactivated, 403 case manager/CSO coordinator/analyst, other tenant sees nothing',
  'GET /api/v1/audit/events.csv':
    'audit-trail-access.test.ts: 401, deactivated, 403 case manager/CSO coordinator/analyst, other tenant sees nothing',
  'GET /api/v1/audit/break-glass':
    'audit-trail-access.test.ts: 401, deactivated, 403 case manager/CSO coordinator/analyst',
  'GET /api/v1/audit/people/:personId/access-report':
    'audit-trail-access.test.ts, access-report.test.ts: 401, 403 wrong role, other tenant sees only its own',
  'GET /api/v1/admin/users':
    'administration/user-access.test.ts: 401, deactivated, 403 practitioner/case manager, other organisation and tenant see nothing',
  'POST /api/v1/admin/users':
    'administration/user-access.test.ts: 401, deactivated, 403 wrong role or role outside allowance, 404 other organisation',
  'GET /api/v1/admin/users/:id':
    'administration/user-access.test.ts: 401, deactivated, 403 practitioner/case manager, 404 other organisation or tenant',
  'PATCH /api/v1/admin/users/:id':
    'administration/user-access.test.ts: 401, deactivated, 403 wrong role or fellow coordinator, 404 other organisation or tenant',
  'PUT /api/v1/admin/users/:id/roles':
    'administration/user-access.test.ts: 401, deactivated, 403 wrong role or role outside allowance, 404 other organisation or tenant',
  'GET /api/v1/admin/organisations':
    'administration/organisations.test.ts: 401 (none, deactivated, expired, idle), 403 case manager/CSO coordinator/monitor, other tenant sees none',
  'POST /api/v1/admin/organisations':
    'administration/organisations.test.ts: 401 (none, deactivated, expired, idle), 403 case manager/CSO coordinator/monitor, nothing written',
  'PATCH /api/v1/admin/organisations/:id':
    'administration/organisations.test.ts: 401, 403 wrong role, 404 other tenant’s administrator, nothing written',
  'GET /api/v1/admin/facilities':
    'administration/facilities.test.ts: 401 (none, deactivated, expired, idle), 403 case manager/CSO coordinator/monitor, other tenant sees none',
  'POST /api/v1/admin/facilities':
    'administration/facilities.test.ts: 401, 403 wrong role, other tenant’s organisation refused as unknown, nothing written',
  'PATCH /api/v1/admin/facilities/:id':
    'administration/facilities.test.ts: 401, 403 wrong role, 404 other tenant’s administrator, nothing written',
  'GET /api/v1/registry/organisations':
    'registry/organisations.test.ts: 401 (none, deactivated), 403 case manager/practitioner, coordinator sees only own, other tenant sees none',
  'GET /api/v1/registry/organisations/:id':
    'registry/organisations.test.ts: 401 (none, deactivated), 403 case manager/practitioner, 404 other organisation’s coordinator or other tenant, refusal audited',
  'GET /api/v1/registry/organisations/:id/expiring':
    'registry/expiring-routes.test.ts: 401 (none, deactivated), 403 case manager/monitor, 404 other organisation’s coordinator, other tenant, unknown or non-CSO organisation, refusal audited',
  'PUT /api/v1/registry/organisations/:id/profile':
    'registry/organisations.test.ts: 401 (none, deactivated), 403 director/case manager/practitioner, 404 other organisation’s coordinator or other tenant, nothing written',
  'POST /api/v1/registry/organisations/:id/decisions':
    'registry/accreditation.test.ts: 401 (none, deactivated), 403 gate officer/case manager/practitioner/coordinator deciding/director applying, 404 other organisation’s coordinator or other tenant, nothing written',
  'POST /api/v1/registry/organisations/:id/agreements':
    'registry/accreditation.test.ts: 401 (none, deactivated), 403 every coordinator/security/gate officer/case manager/practitioner, 404 other tenant, nothing written',
  'GET /api/v1/registry/organisations/:organisationId/practitioners':
    'registry/practitioners-list.test.ts: 401 (none, deactivated), 403 case manager/monitor/practitioner, 404 other organisation’s coordinator, other tenant, unknown or non-CSO organisation',
  'POST /api/v1/registry/organisations/:organisationId/practitioners':
    'registry/practitioners-add.test.ts: 401 (none, deactivated), 403 case manager/monitor/director/security/gate, 404 other organisation’s coordinator or tenant, nothing written',
  'GET /api/v1/registry/practitioners/:id':
    'registry/practitioners.test.ts: 401 (none, deactivated), 403 case manager/monitor, 404 other organisation’s coordinator, colleague, other tenant; findings hidden from CSO',
  'POST /api/v1/registry/practitioners/:id/vetting':
    'registry/vetting.test.ts: 401 (none, deactivated), 403 case manager/monitor/coordinator/practitioner/gate, 404 other organisation or tenant, nothing written',
  'POST /api/v1/registry/practitioners/:id/signatures':
    'registry/practitioners-signatures.test.ts: 401 (none, deactivated), 403 case manager/monitor/director/security/gate/practitioner, 404 other organisation or tenant, nothing written',
  'POST /api/v1/registry/practitioners/:id/certificates':
    'registry/training.test.ts: 401 (none, deactivated), 403 case manager/monitor/coordinator/practitioner/gate, 404 other organisation or tenant, nothing written',
  'PUT /api/v1/registry/practitioners/:id/suspension':
    'registry/practitioners-suspension.test.ts: 401 (none, deactivated), 403 case manager/monitor/coordinator/practitioner/gate, 404 other organisation or tenant, nothing changed',
  'DELETE /api/v1/registry/practitioners/:id/suspension':
    'registry/practitioners-suspension.test.ts: 401 (none, deactivated), 403 case manager/monitor/coordinator/practitioner/gate, 404 other organisation or tenant, nothing changed',
  'GET /api/v1/registry/organisations/:id/due-diligence':
    'registry/due-diligence.test.ts: 401 (none, deactivated), 403 gate officer/case manager/practitioner, 404 other organisation’s coordinator, other tenant, unknown or non-CSO; evidence hidden from coordinator',
  'POST /api/v1/registry/organisations/:id/due-diligence':
    'registry/due-diligence.test.ts: 401 (none, deactivated), 403 own coordinator (audited)/gate officer/case manager/practitioner, 404 other organisation’s coordinator or tenant, nothing written',
  'GET /api/v1/registry/review-queue':
    'registry/review-queue.test.ts: 401 (none, deactivated), 403 coordinator/gate officer/case manager/practitioner, other tenant’s administrator sees only their own',
  'POST /api/v1/registry/organisations/:id/documents':
    'registry/documents.test.ts: 401 (none, deactivated), 403 CSRF, 403 director/gate officer/case manager/practitioner, 404 other organisation’s coordinator or other tenant, refusal audited, nothing saved (no row, no file); registry/documents-input.test.ts: bad input saves nothing',
  'GET /api/v1/registry/organisations/:id/documents':
    'registry/documents.test.ts: 401 (none, deactivated), 403 gate officer/case manager/practitioner, 404 other organisation’s coordinator, other tenant, unknown or non-CSO organisation',
  'GET /api/v1/registry/documents/:documentId/content':
    'registry/documents.test.ts: 401 (none, deactivated), 403 gate officer/case manager/practitioner, 404 other organisation’s coordinator, other tenant or unknown document, refusal audited; file altered on disk 500 document.corrupt',
  'GET /api/v1/notifications':
    'notifications/notifications-api.test.ts: 401 (none, deactivated), only own (gate officer and practitioner see only theirs), other tenant sees none',
  'POST /api/v1/notifications/:id/read':
    'notifications/notifications-api.test.ts: 401 (none, deactivated), 403 CSRF, 404 another user’s (same tenant or other tenant) or unknown, left unread',
  'GET /api/v1/registry/facilities':
    'registry/registry-facilities.test.ts: 401, 403 case manager, other tenant sees only its own',
  'GET /api/v1/registry/practitioners/:id/eligibility':
    'registry/eligibility.test.ts: 401 (none, deactivated), 403 case manager, 404 other facility, organisation, colleague or tenant',
  'GET /api/v1/registry/courses':
    'registry/training-catalogue.test.ts: 401 (none, deactivated), 403 monitor, other tenant sees only its own',
  'POST /api/v1/registry/courses':
    'registry/training-catalogue.test.ts: 401 (none, deactivated), 403 director/security/coordinator/monitor, 409 duplicate code, nothing written',
  'PATCH /api/v1/registry/courses/:id':
    'registry/training-catalogue.test.ts: 401, 403 director, 404 other tenant or its course, nothing changed',
  'PUT /api/v1/registry/facilities/:facilityId/course-requirements/:accessTier':
    'registry/training-requirements.test.ts: 401 (none, deactivated), 403 other facility’s director/security/coordinator/case manager/monitor, 404 other tenant, nothing changed',
  'GET /api/v1/registry/training-sessions':
    'registry/training-sessions.test.ts: 401, 403 gate officer/case manager/monitor, other tenant sees none',
  'POST /api/v1/registry/training-sessions':
    'registry/training-sessions.test.ts: 401 (none, deactivated), 403 other facility’s director/coordinator/gate/case manager/monitor/practitioner, other tenant 400 unknown course, nothing written',
  'GET /api/v1/registry/training-sessions/:id':
    'registry/training-sessions.test.ts: 401 (none, deactivated), 403 gate/case manager/monitor/practitioner, 404 other tenant; coordinator sees own organisation’s attendance only',
  'POST /api/v1/registry/training-sessions/:id/attendance':
    'registry/training-attendance.test.ts: 401 (none, deactivated), 403 other facility’s director/coordinator/gate/case manager/monitor/practitioner, 404 other tenant, nothing saved',
  'GET /api/v1/registry/staff/:userId/certificates':
    'registry/training-attendance.test.ts: 401 (none, deactivated), 403 coordinator/monitor, 404 someone else for gate/case manager, CSO account, other tenant',
  'GET /api/v1/registry/public-register/setting':
    'registry/public-register-setting.test.ts: 401 (none, deactivated), 403 security/gate officer/case manager/coordinator, refusal audited, other tenant’s administrator sees their own',
  'PUT /api/v1/registry/public-register/setting':
    'registry/public-register-setting.test.ts: 401 (none, deactivated), 403 CSRF, 403 security/gate officer/case manager/coordinator, other tenant’s administrator changes only their own, bad input saves nothing',
};

/** Public routes, each on purpose. */
const PUBLIC = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/platform',
  'GET /api/openapi.json',
  'GET /api/docs',
  // The register of accredited organisations a prison service has published (registry/public-register-read.test.ts).
  'GET /api/v1/public/registry/:tenantSlug',
]);

describe(`route access on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
  });
  afterAll(() => app?.close());

  it('finds an access marking on every /api route, and a deny test for every non-public one', () => {
    const api = routeAccessTable(app).filter(
      (route) => route.url.startsWith('/api') && route.method !== 'HEAD',
    );
    expect(api.length).toBeGreaterThan(5);
    const unmarked = api
      .filter((route) => route.access === undefined)
      .map((route) => `${route.method} ${route.url}`);
    expect(unmarked).toEqual([]);
    for (const route of api) {
      const key = `${route.method} ${route.url}`;
      if (route.access === 'public' || route.access === 'sign-in') expect(PUBLIC, key).toContain(key);
      else expect(DENY_TESTED, `${key} has no deny test listed`).toHaveProperty([key]);
    }
  });

  it('sees the routes of every module, health included', () => {
    const urls = routeAccessTable(app).map((route) => route.url);
    expect(urls).toEqual(
      expect.arrayContaining(['/healthz', '/api/v1/platform', '/api/v1/me', '/api/openapi.json']),
    );
  });
});

describe(`the access hook on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp({
      db: database().db,
      routes: (probe) => {
        probe.get('/api/v1/probe/unmarked', async () => ({ reached: true }));
        probe.get(
          '/api/v1/probe/editors',
          { config: { access: { roles: ['knowledge_editor'] } } },
          async () => ({
            reached: true,
          }),
        );
        probe.post(
          '/api/v1/probe/editors',
          { config: { access: { roles: ['knowledge_editor'] } } },
          async () => ({
            reached: true,
          }),
        );
      },
    });
  });
  afterAll(() => app?.close());

  it('refuses an unmarked /api route without a session (deny by default)', async () => {
    const response = await app.inject({ url: '/api/v1/probe/unmarked' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.unauthenticated');
  });

  it('lets a holder of a listed role through, and refuses (403, audited) a signed-in user without one', async () => {
    const tenant = await makeTenant(database());
    const editor = await signIn(app, await makeUser(database(), tenant, { roles: ['knowledge_editor'] }));
    const analystUser = await makeUser(database(), tenant, { roles: ['analyst'] });
    const analyst = await signIn(app, analystUser);
    expect((await app.inject({ url: '/api/v1/probe/editors', headers: editor.headers() })).json()).toEqual({
      reached: true,
    });
    const refused = await app.inject({ url: '/api/v1/probe/editors', headers: analyst.headers() });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.forbidden');
    expect(refused.body).not.toContain('reached');
    expect((await app.inject({ url: '/api/v1/probe/editors' })).statusCode).toBe(401);
    expect((await auditTrail(database(), tenant.id)).at(-1)).toMatchObject({
      action: 'access.denied',
      outcome: 'denied',
      actor_user_id: analystUser.id,
      details: { method: 'GET', route: '/api/v1/probe/editors', reason: 'role' },
    });
  });

  it('checks the CSRF token even for a holder of the role', async () => {
    const tenant = await makeTenant(database());
    const editor = await signIn(app, await makeUser(database(), tenant, { roles: ['knowledge_editor'] }));
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/editors',
      headers: editor.headers({ csrf: false }),
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.csrf');
    const allowed = await app.inject({
      method: 'POST',
      url: '/api/v1/probe/editors',
      headers: editor.headers(),
    });
    expect(allowed.statusCode).toBe(200);
  });

  it('refuses at start-up a route that names a role that does not exist', async () => {
    await expect(
      buildTestApp({
        db: database().db,
        routes: (probe) => {
          probe.get(
            '/api/v1/probe/typo',
            { config: { access: { roles: ['superuser' as 'analyst'] } } },
            async () => ({}),
          );
        },
      }),
    ).rejects.toThrow(/unknown role/);
  });

  it('keeps unknown /api addresses a plain 404, signed in or not', async () => {
    const response = await app.inject({ url: '/api/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});

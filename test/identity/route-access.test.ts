import type { FastifyInstance, RouteShorthandOptions } from 'fastify';
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
  'GET /api/v1/knowledge/search':
    'knowledge/search-access.test.ts: 401; restricted entries only for their tenant, named organisations or named tenants; drafts, entries in review and archived never; typo never corrected with a hidden word',
  'GET /api/v1/knowledge/entries/:id/similar':
    'knowledge/search-access.test.ts: 401; 404 restricted entry of another tenant or organisation, draft, in review, archived, unknown; suggestions only among visible entries',
  'GET /api/v1/knowledge/search/export':
    'knowledge/search-export.test.ts: 401; only entries the reader may see; bad input 400, nothing audited',
  'GET /api/v1/knowledge/statistics':
    'knowledge/search-export.test.ts: 401; 403 contributor/analyst/case manager; other tenant’s editor sees none of the tenant’s searches',
  'POST /api/v1/knowledge/entries':
    'knowledge/entries-access.test.ts: 401 without a session; any role may propose; bad input (unknown taxonomy, other tenant’s organisation, unreadable related entry) saves nothing',
  'GET /api/v1/knowledge/entries/:id':
    'knowledge/entries-access.test.ts: 404 someone else’s draft (same tenant colleague, other tenant), restricted entry outside its audience; refusal audited',
  'PATCH /api/v1/knowledge/entries/:id':
    'knowledge/entries-access.test.ts: 404 someone else’s draft (nothing changed), 403 proposer once in review or setting featured, 409 version conflict',
  'PUT /api/v1/knowledge/entries/:id/translations/:language':
    'knowledge/entries-access.test.ts: 404 someone else’s draft, other tenant’s editor; 400 origin rules; nothing saved',
  'POST /api/v1/knowledge/entries/:id/translations/:language/review':
    'knowledge/entries-access.test.ts: 403 non-editor role, 404 other tenant’s editor; knowledge/review-versions.test.ts: 400 without a version, 409 stale, nothing saved',
  'POST /api/v1/knowledge/entries/:id/submit':
    'knowledge/entries-access.test.ts: 404 colleague, 403 editor (not the proposer); knowledge/entries-input.test.ts: 422 incomplete, nothing saved',
  'GET /api/v1/knowledge/entries/:id/review-events':
    'knowledge/entries-access.test.ts: 404 colleague, other tenant’s editor; 403 reader of a published entry',
  'POST /api/v1/knowledge/entries/:id/review-events':
    'knowledge/entries-access.test.ts: 404 colleague; 403 proposer requesting changes; knowledge/review-versions.test.ts: 400 request for change without a version, 409 stale, nothing saved',
  'POST /api/v1/knowledge/entries/:id/peer-reviews':
    'knowledge/entries-access.test.ts: 403 non-editor role, 404 other tenant’s editor',
  'POST /api/v1/knowledge/entries/:id/publication':
    'knowledge/entries-access.test.ts: 403 non-editor role, 404 other tenant’s editor; knowledge/entries-input.test.ts: 422 incomplete/peer review missing, 409 personal data, nothing saved',
  'POST /api/v1/knowledge/entries/:id/archive':
    'knowledge/entries-access.test.ts: 403 non-editor role, 404 other tenant’s editor',
  'POST /api/v1/knowledge/entries/:id/restore':
    'knowledge/entries-access.test.ts: 403 non-editor role, 404 other tenant’s editor',
  'GET /api/v1/knowledge/entries/:id/versions':
    'knowledge/entries-access.test.ts: 404 colleague, other tenant; 403 reader of a published entry',
  'POST /api/v1/knowledge/entries/:id/attachments':
    'knowledge/attachments.test.ts: 401, 404 someone else’s draft, 403 proposer once in review; 413 oversized, bad type: nothing stored',
  'GET /api/v1/knowledge/entries/:id/attachments/:attachmentId':
    'knowledge/attachments.test.ts: 404 someone else’s draft’s attachment, other tenant before publication',
  'GET /api/v1/knowledge/audiences':
    'knowledge/audiences.test.ts: 401; 403 contributor/analyst/case manager, no data; other tenant’s editor never sees the tenant’s organisations',
  'GET /api/v1/knowledge/my-entries': 'knowledge/entries-access.test.ts: 401; only the caller’s own',
  'GET /api/v1/knowledge/review-queue':
    'knowledge/entries-access.test.ts: 403 non-editor role; other tenant’s editor sees only their own',
  'GET /api/v1/knowledge/home':
    'knowledge/public-home.test.ts: 401 (none, forged cookie); restricted entries only for their tenant, named organisations or named tenants; never drafts',
  'POST /api/v1/knowledge/import':
    'knowledge/import-entries.test.ts: 401, 403 CSRF, 403 coordinator/case manager/analyst, other tenant’s editor imports into their own only, 413 oversized; nothing saved',
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
  // The public library's search and more like this: public entries only (knowledge/search-access.test.ts).
  'GET /api/v1/public/knowledge/search',
  'GET /api/v1/public/knowledge/entries/:id/similar',
  // The knowledge library's public side: public published entries only (knowledge/public-home.test.ts,
  // knowledge/public-feed-export.test.ts: restricted, draft and other tenants' entries absent).
  'GET /api/v1/public/knowledge/home',
  'GET /api/v1/public/knowledge/feed.atom',
  'GET /api/v1/public/knowledge/export.json',
  // A published public entry of the knowledge hub (knowledge/workflow-journey.test.ts, knowledge/entries-access.test.ts).
  'GET /api/v1/public/knowledge/entries/:id',
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

  /** An app with one more GET route, declared with `options`: for declarations refused at start-up. */
  const appWithProbe = (options: RouteShorthandOptions) =>
    buildTestApp({
      db: database().db,
      routes: (probe) => {
        probe.get('/api/v1/probe/declared', options, async () => ({}));
      },
    });

  it('refuses at start-up a route that names a role that does not exist', async () => {
    await expect(appWithProbe({ config: { access: { roles: ['superuser' as 'analyst'] } } })).rejects.toThrow(
      /unknown role/,
    );
  });

  it('refuses at start-up a route with a preHandler hook, which would see input that failed validation', async () => {
    await expect(
      appWithProbe({ config: { access: 'signed-in' }, preHandler: async () => undefined }),
    ).rejects.toThrow(/preHandler/);
  });

  it('keeps unknown /api addresses a plain 404, signed in or not', async () => {
    const response = await app.inject({ url: '/api/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('not_found');
  });
});

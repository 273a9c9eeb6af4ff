import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.ts';

describe('OpenAPI', () => {
  let test: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    test = await createTestDatabase();
    app = await buildTestApp({
      db: test.db,
      env: { NODE_ENV: 'production', PATHWAYS_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
    });
  });
  afterAll(async () => {
    await app?.close();
    await test?.destroy();
  });

  it('describes every API route in an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/admin/facilities',
      '/api/v1/admin/facilities/{id}',
      '/api/v1/admin/organisations',
      '/api/v1/admin/organisations/{id}',
      '/api/v1/admin/users',
      '/api/v1/admin/users/{id}',
      '/api/v1/admin/users/{id}/roles',
      '/api/v1/audit/break-glass',
      '/api/v1/audit/events',
      '/api/v1/audit/events.csv',
      '/api/v1/audit/people/{personId}/access-report',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/mfa',
      '/api/v1/auth/mfa/enrolment',
      '/api/v1/auth/mfa/enrolment/confirm',
      '/api/v1/auth/mfa/recovery-codes',
      '/api/v1/auth/sessions',
      '/api/v1/auth/sessions/revoke-all',
      '/api/v1/auth/sessions/{id}',
      '/api/v1/knowledge/audiences',
      '/api/v1/knowledge/entries',
      '/api/v1/knowledge/entries/{id}',
      '/api/v1/knowledge/entries/{id}/archive',
      '/api/v1/knowledge/entries/{id}/attachments',
      '/api/v1/knowledge/entries/{id}/attachments/{attachmentId}',
      '/api/v1/knowledge/entries/{id}/peer-reviews',
      '/api/v1/knowledge/entries/{id}/publication',
      '/api/v1/knowledge/entries/{id}/restore',
      '/api/v1/knowledge/entries/{id}/review-events',
      '/api/v1/knowledge/entries/{id}/similar',
      '/api/v1/knowledge/entries/{id}/submit',
      '/api/v1/knowledge/entries/{id}/translations/{language}',
      '/api/v1/knowledge/entries/{id}/translations/{language}/review',
      '/api/v1/knowledge/entries/{id}/versions',
      '/api/v1/knowledge/home',
      '/api/v1/knowledge/import',
      '/api/v1/knowledge/my-entries',
      '/api/v1/knowledge/review-queue',
      '/api/v1/knowledge/search',
      '/api/v1/knowledge/search/export',
      '/api/v1/knowledge/statistics',
      '/api/v1/me',
      '/api/v1/notifications',
      '/api/v1/notifications/{id}/read',
      '/api/v1/platform',
      '/api/v1/public/knowledge/entries/{id}',
      '/api/v1/public/knowledge/entries/{id}/similar',
      '/api/v1/public/knowledge/export.json',
      '/api/v1/public/knowledge/feed.atom',
      '/api/v1/public/knowledge/home',
      '/api/v1/public/knowledge/search',
      '/api/v1/public/registry/{tenantSlug}',
      '/api/v1/registry/courses',
      '/api/v1/registry/courses/{id}',
      '/api/v1/registry/documents/{documentId}/content',
      '/api/v1/registry/facilities',
      '/api/v1/registry/facilities/{facilityId}/course-requirements/{accessTier}',
      '/api/v1/registry/organisations',
      '/api/v1/registry/organisations/{id}',
      '/api/v1/registry/organisations/{id}/agreements',
      '/api/v1/registry/organisations/{id}/decisions',
      '/api/v1/registry/organisations/{id}/documents',
      '/api/v1/registry/organisations/{id}/due-diligence',
      '/api/v1/registry/organisations/{id}/expiring',
      '/api/v1/registry/organisations/{id}/profile',
      '/api/v1/registry/organisations/{organisationId}/practitioners',
      '/api/v1/registry/practitioners/{id}',
      '/api/v1/registry/practitioners/{id}/certificates',
      '/api/v1/registry/practitioners/{id}/eligibility',
      '/api/v1/registry/practitioners/{id}/signatures',
      '/api/v1/registry/practitioners/{id}/suspension',
      '/api/v1/registry/practitioners/{id}/vetting',
      '/api/v1/registry/public-register/setting',
      '/api/v1/registry/review-queue',
      '/api/v1/registry/staff/{userId}/certificates',
      '/api/v1/registry/training-sessions',
      '/api/v1/registry/training-sessions/{id}',
      '/api/v1/registry/training-sessions/{id}/attendance',
      '/healthz',
      '/readyz',
    ]);
    const platform = doc.paths['/api/v1/platform'].get;
    expect(platform.responses['200'].content['application/json'].schema.properties).toHaveProperty(
      'demoData',
    );
  });

  it('shows a readable page at /api/docs without scripts, within the strict policy', async () => {
    const response = await app.inject({ url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('/api/v1/platform');
    expect(response.body).not.toContain('<script');
    const nonce = /<style nonce="([^"]+)">/.exec(response.body)?.[1];
    expect(response.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
  });

  it('sends HSTS in production', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

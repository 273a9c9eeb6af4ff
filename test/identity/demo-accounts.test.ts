import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';
import { seedDemo } from '../../src/server/modules/demo/seed-demo.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { login, signIn } from './factories.ts';

// CONTRACT.md "Demo data": exactly these accounts, each signing in with the shared password alone.
const CONTRACT_ACCOUNTS: [string, string, string, string | null][] = [
  ['demo', 'admin', 'administrator', null],
  ['demo', 'director.central', 'director', 'Central Prison'],
  ['demo', 'security.central', 'security_officer', 'Central Prison'],
  ['demo', 'gate.central', 'gate_officer', 'Central Prison'],
  ['demo', 'case.central', 'case_manager', 'Central Prison'],
  ['demo', 'case.women', 'case_manager', "Women's Prison"],
  ['demo', 'coordinator.bridges', 'cso_coordinator', 'Bridges · Passerelles · جسور · Мосты'],
  ['demo', 'practitioner.bridges', 'cso_practitioner', 'Bridges · Passerelles · جسور · Мосты'],
  ['demo', 'coordinator.pending', 'cso_coordinator', 'Open Doors Youth Circle · Círculo Puertas Abiertas'],
  ['demo', 'probation', 'probation_officer', null],
  ['demo', 'monitor', 'oversight_monitor', null],
  ['demo', 'editor', 'knowledge_editor', null],
  ['demo', 'analyst', 'analyst', null],
  ['demo-b', 'b.admin', 'administrator', null],
  ['demo-b', 'b.case', 'case_manager', 'Northern Correctional Facility No. 1'],
];

describe(`demo accounts on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;

  beforeAll(async () => {
    await seedDemo(database().db, 'development');
    app = await buildTestApp({ db: database().db });
  });
  afterAll(() => app?.close());

  it.each(CONTRACT_ACCOUNTS)('%s: %s signs in as %s (%s)', async (tenant, username, role, scopeName) => {
    const response = await login(app, username, DEMO_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.tenant.slug).toBe(tenant);
    expect(body.user.mfa).toEqual({ requirement: 'exempt', enrolled: false });
    expect(body.roles).toHaveLength(1);
    expect(body.roles[0].role).toBe(role);
    expect(body.roles[0].facility?.name ?? body.roles[0].organisation?.name ?? null).toBe(scopeName);
  });

  it('has exactly the contract’s accounts, one hash shared by all', async () => {
    const rows = await database().superuser<{ username: string }>(
      'select username from users order by username',
    );
    expect(rows.map((row) => row.username)).toEqual(CONTRACT_ACCOUNTS.map((account) => account[1]).sort());
    const hashes = await database().superuser<{ n: number }>(
      'select count(distinct password_hash)::int as n from users',
    );
    expect(hashes[0]?.n).toBe(1);
  });

  it('puts each facility under its tenant’s prison service, and has every kind of organisation', async () => {
    const facilities = await database().superuser<{ code: string; kind: string }>(
      `select f.code, o.kind from facilities f join organisations o on o.id = f.organisation_id order by f.code`,
    );
    expect(facilities.map((row) => row.kind)).toEqual(Array(6).fill('prison_service'));
    const kinds = await database().superuser<{ kind: string }>(
      `select distinct o.kind from organisations o join tenants t on t.id = o.tenant_id where t.slug = 'demo' order by o.kind`,
    );
    expect(kinds.map((row) => row.kind)).toEqual([
      'civil_society',
      'operator',
      'oversight_body',
      'prison_service',
      'probation_service',
    ]);
  });

  it('adds nothing twice when seeded again', async () => {
    const count = (table: string) =>
      database()
        .superuser<{ n: number }>(`select count(*)::int as n from ${table}`)
        .then((rows) => rows[0]?.n);
    const before = await Promise.all(
      ['organisations', 'users', 'role_assignments', 'login_names'].map(count),
    );
    await seedDemo(database().db, 'development');
    expect(
      await Promise.all(['organisations', 'users', 'role_assignments', 'login_names'].map(count)),
    ).toEqual(before);
  });

  it('keeps the two demo tenants apart: b.admin sees only demo-b’s sessions', async () => {
    const admin = await signIn(app, { username: 'admin', password: DEMO_PASSWORD });
    const bAdmin = await signIn(app, { username: 'b.admin', password: DEMO_PASSWORD });
    const list = await app.inject({ url: '/api/v1/auth/sessions', headers: bAdmin.headers() });
    const ids = (list.json().sessions as { id: string }[]).map((session) => session.id);
    expect(ids).toContain(bAdmin.sessionId);
    expect(ids).not.toContain(admin.sessionId);
  });
});

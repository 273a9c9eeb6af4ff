import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PUBLIC_REGISTER_PATHS as PATHS,
  type PublicRegisterSetting,
} from '../../src/contracts/public-register.ts';
import { entriesOf, makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makePublicRegisterWorld, type PublicRegisterWorld } from './public-register-world.ts';

// The prison service's setting: whether its register is public. Administrator and director may
// read and change it; every other role is refused (403, audited); another tenant's administrator
// changes only their own tenant's; without a session, 401. Every change is audited with before and
// after; bad input and refusals change nothing.

describe(`the public register's setting on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PublicRegisterWorld;
  let deactivated: SignedInClient;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePublicRegisterWorld(database(), app);
    const gone = await makeMember(database(), world.tenant, 'director');
    deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);
  });
  afterAll(() => app?.close());

  const read = (client: SignedInClient | undefined) =>
    app.inject({ url: PATHS.setting, headers: client?.headers() ?? {} });
  const change = (payload: unknown, client: SignedInClient | undefined, csrf = true) =>
    app.inject({
      method: 'PUT',
      url: PATHS.setting,
      payload: payload as object,
      headers: client?.headers({ csrf }) ?? {},
    });
  const publication = (tenantId: string) =>
    database().superuser<{ is_public: boolean; changed_by: string | null }>(
      'select is_public, changed_by from registry_publication where tenant_id = $1',
      [tenantId],
    );

  it('is private until the prison service publishes, and says where the public page is', async () => {
    for (const client of [world.clients.admin, world.clients.director]) {
      const response = await read(client);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json<PublicRegisterSetting>()).toEqual({
        public: false,
        tenantSlug: world.tenant.slug,
        changedAt: null,
      });
    }
  });

  it('lets the director publish and the administrator withdraw, each audited with before and after', async () => {
    const published = await change({ public: true }, world.clients.director);
    expect(published.statusCode).toBe(200);
    expect(published.json<PublicRegisterSetting>()).toMatchObject({
      public: true,
      tenantSlug: world.tenant.slug,
    });
    expect(published.json<PublicRegisterSetting>().changedAt).not.toBeNull();
    expect(await publication(world.tenant.id)).toEqual([
      { is_public: true, changed_by: world.members.director.id },
    ]);
    expect((await read(world.clients.admin)).json<PublicRegisterSetting>().public).toBe(true);

    const withdrawn = await change({ public: false }, world.clients.admin);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<PublicRegisterSetting>().public).toBe(false);
    expect(await publication(world.tenant.id)).toEqual([
      { is_public: false, changed_by: world.members.admin.id },
    ]);

    const changes = await entriesOf(database(), world.tenant.id, ['registry.publication_changed']);
    expect(changes.slice(-2)).toMatchObject([
      {
        outcome: 'allowed',
        actor_user_id: world.members.director.id,
        subject_type: 'public_register',
        subject_id: world.tenant.id,
        person_id: null,
        details: { before: false, after: true },
      },
      { actor_user_id: world.members.admin.id, details: { before: true, after: false } },
    ]);
  });

  it('refuses every other role with 403, audited, and changes nothing', async () => {
    await change({ public: false }, world.clients.admin);
    const before = await entriesOf(database(), world.tenant.id, ['registry.publication_changed']);
    for (const member of ['security', 'gate', 'caseManager', 'coordinator'] as const) {
      const client = world.clients[member];
      const reading = await read(client);
      expect(reading.statusCode, member).toBe(403);
      expect(reading.json().code).toBe('auth.forbidden');
      expect(reading.body).not.toContain(world.tenant.slug);
      const changing = await change({ public: true }, client);
      expect(changing.statusCode, member).toBe(403);
      const denied = await entriesOf(database(), world.tenant.id, ['access.denied']);
      expect(denied.at(-1)).toMatchObject({ actor_user_id: world.members[member].id, outcome: 'denied' });
    }
    expect(await publication(world.tenant.id)).toMatchObject([{ is_public: false }]);
    expect(await entriesOf(database(), world.tenant.id, ['registry.publication_changed'])).toHaveLength(
      before.length,
    );
  });

  it('lets another tenant’s administrator change only their own tenant’s register', async () => {
    await change({ public: false }, world.clients.admin);
    const response = await change({ public: true }, world.clients.otherTenantAdmin);
    expect(response.statusCode).toBe(200);
    expect(response.json<PublicRegisterSetting>().tenantSlug).toBe(world.otherTenant.slug);
    expect(await publication(world.otherTenant.id)).toMatchObject([{ is_public: true }]);
    expect(await publication(world.tenant.id)).toMatchObject([{ is_public: false }]);
    expect((await read(world.clients.admin)).json<PublicRegisterSetting>().public).toBe(false);
    expect(await entriesOf(database(), world.otherTenant.id, ['registry.publication_changed'])).toHaveLength(
      1,
    );
    await change({ public: false }, world.clients.otherTenantAdmin);
  });

  it('answers 401 without a session or with a deactivated account, and changes nothing', async () => {
    for (const client of [undefined, deactivated]) {
      expect((await read(client)).statusCode).toBe(401);
      const response = await change({ public: true }, client);
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.unauthenticated');
    }
    expect(await publication(world.tenant.id)).toMatchObject([{ is_public: false }]);
  });

  it('refuses a change without the CSRF token, and bad input with the field at fault, saving nothing', async () => {
    const tenant = world.otherTenant;
    const before = await publication(tenant.id);
    const forged = await change({ public: true }, world.clients.otherTenantAdmin, false);
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('auth.csrf');
    for (const payload of [{}, { public: 'yes' }, { public: true, extra: 1 }, null]) {
      const response = await change(payload, world.clients.otherTenantAdmin);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('request.validation');
    }
    const wrong = await change({ public: 'yes' }, world.clients.otherTenantAdmin);
    expect(wrong.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/body/public' })]),
    );
    expect(await publication(tenant.id)).toEqual(before);
  });
});

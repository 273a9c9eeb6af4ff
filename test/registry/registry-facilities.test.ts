import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_PATHS } from '../../src/contracts/registry.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { makeRegistryWorld, type RegistryWorld } from './registry-world.ts';

// GET /api/v1/registry/facilities: the tenant's facilities for the registry's questions, to every
// registry role of the tenant; nothing of another tenant; 403 to other roles, 401 without a session.

describe(`the registry's facilities on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: RegistryWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makeRegistryWorld(database(), app);
  });
  afterAll(() => app?.close());

  const list = (client?: SignedInClient) =>
    app.inject({ url: REGISTRY_PATHS.facilities, headers: client?.headers() ?? {} });

  it('lists the tenant’s facilities, by name, to every registry role', async () => {
    for (const asker of ['admin', 'directorB', 'gateA', 'coordinator', 'amal'] as const) {
      const response = await list(world.clients[asker]);
      expect(response.statusCode, asker).toBe(200);
      const ids = response.json<{ facilities: { id: string }[] }>().facilities.map((facility) => facility.id);
      expect(ids.sort(), asker).toEqual([world.tenant.facilityId, world.facilityB].sort());
    }
  });

  it('shows another tenant only its own', async () => {
    const response = await list(world.clients.otherTenantAdmin);
    const ids = response.json<{ facilities: { id: string }[] }>().facilities.map((facility) => facility.id);
    expect(ids).not.toContain(world.tenant.facilityId);
    expect(ids).not.toContain(world.facilityB);
  });

  it('refuses other roles (403) and visitors without a session (401)', async () => {
    const caseManager = await list(world.clients.caseManagerA);
    expect(caseManager.statusCode).toBe(403);
    expect(caseManager.body).not.toContain(world.tenant.facilityId);
    expect((await list()).statusCode).toBe(401);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { type LibraryHome, PUBLIC_KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge-public.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, setUpKnowledge, textOf } from './knowledge-world.ts';

// The library's home: for anyone, public published entries only; signed in, also the restricted
// entries meant for the reader (own tenant, narrowed by the organisations named; tenants named).
// Counts include only what the reader may see, so they leak nothing of the rest.

describe(`the library's home on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const test = database();
    const { tenant, otherTenant, members, otherCso } = knowledge.world();
    const base = { tenantId: tenant.id, proposedBy: members.editor.id };
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes)).toISOString();
    ids.publicOld = await insertEntry(test, {
      ...base,
      text: textOf('Mentoring after release'),
      translations: { es: textOf('Mentoría tras la liberación') },
      themes: ['release_reintegration', 'disengagement'],
      updatedAt: at(1),
    });
    ids.publicFeatured = await insertEntry(test, {
      ...base,
      language: 'fr',
      text: textOf('Dialogue familial'),
      themes: ['family_involvement'],
      featured: true,
      updatedAt: at(2),
    });
    ids.restrictedTenant = await insertEntry(test, {
      ...base,
      visibility: 'restricted',
      text: textOf('Restricted to the tenant'),
      themes: ['dynamic_security'],
      updatedAt: at(3),
    });
    ids.restrictedOtherCso = await insertEntry(test, {
      ...base,
      visibility: 'restricted',
      audienceOrganisationIds: [otherCso],
      text: textOf('Restricted to the other organisation'),
      themes: ['dynamic_security'],
      updatedAt: at(4),
    });
    ids.restrictedForOtherTenant = await insertEntry(test, {
      ...base,
      visibility: 'restricted',
      audienceTenantIds: [otherTenant.id],
      text: textOf('Shared with the other prison service'),
      themes: ['staff_training'],
      featured: true,
      updatedAt: at(5),
    });
    ids.draft = await insertEntry(test, {
      ...base,
      status: 'draft',
      text: textOf('A draft'),
      featured: true,
    });
    ids.archived = await insertEntry(test, { ...base, status: 'archived', text: textOf('Archived one') });
  });

  const home = async (url: string, client?: Parameters<typeof call>[1]) => {
    const response = await call(knowledge.app(), client, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<LibraryHome>();
  };
  const idsOf = (list: LibraryHome['recent']) => list.map((entry) => entry.id);

  it('shows anyone the public published entries only, newest first, with counts of those', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', PATHS.publicHome);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const view = response.json<LibraryHome>();
    expect(idsOf(view.recent)).toEqual([ids.publicFeatured, ids.publicOld]);
    expect(idsOf(view.featured)).toEqual([ids.publicFeatured]);
    expect(view.total).toBe(2);
    expect(view.themes).toEqual([
      { theme: 'disengagement', count: 1 },
      { theme: 'family_involvement', count: 1 },
      { theme: 'release_reintegration', count: 1 },
    ]);
  });

  it('shows titles in the reader’s language when translated, else in the original', async () => {
    const view = await home(`${PATHS.publicHome}?language=es`);
    const byId = new Map(view.recent.map((entry) => [entry.id, entry]));
    expect(byId.get(ids.publicOld ?? '')).toMatchObject({
      title: 'Mentoría tras la liberación',
      language: 'es',
      languages: ['en', 'es'],
    });
    expect(byId.get(ids.publicFeatured ?? '')).toMatchObject({ title: 'Dialogue familial', language: 'fr' });
  });

  it('refuses an unknown language with a field error', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', `${PATHS.publicHome}?language=de`);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request.validation' });
  });

  it('adds, for a signed-in reader, the restricted entries meant for them', async () => {
    const { clients } = knowledge.world();
    // The contributor's organisation is not the one named: the tenant's other restricted entries
    // (one shared with another tenant too: its own tenant still reads it), not that one.
    const contributor = await home(PATHS.home, clients.contributor);
    expect(idsOf(contributor.recent)).toEqual([
      ids.restrictedForOtherTenant,
      ids.restrictedTenant,
      ids.publicFeatured,
      ids.publicOld,
    ]);
    expect(contributor.total).toBe(4);
    expect(contributor.themes).toContainEqual({ theme: 'dynamic_security', count: 1 });
    // The named organisation's member sees both.
    const named = await home(PATHS.home, clients.otherCsoUser);
    expect(idsOf(named.recent)).toEqual([
      ids.restrictedForOtherTenant,
      ids.restrictedOtherCso,
      ids.restrictedTenant,
      ids.publicFeatured,
      ids.publicOld,
    ]);
    expect(named.themes).toContainEqual({ theme: 'dynamic_security', count: 2 });
  });

  it('shows another tenant only the public entries and those that name it, never drafts or archived ones', async () => {
    const { clients } = knowledge.world();
    const other = await home(PATHS.home, clients.otherTenantUser);
    expect(idsOf(other.recent)).toEqual([ids.restrictedForOtherTenant, ids.publicFeatured, ids.publicOld]);
    expect(idsOf(other.featured)).toEqual([ids.restrictedForOtherTenant, ids.publicFeatured]);
    expect(other.total).toBe(3);
    for (const view of [other, await home(PATHS.home, clients.editor)]) {
      expect(idsOf(view.recent)).not.toContain(ids.draft);
      expect(idsOf(view.recent)).not.toContain(ids.archived);
    }
  });

  it('refuses the signed-in home without a session, and a forged cookie', async () => {
    const app = knowledge.app();
    expect((await call(app, undefined, 'GET', PATHS.home)).statusCode).toBe(401);
    const forged = await app.inject({
      url: PATHS.home,
      headers: { cookie: 'pathways_session=not-a-session' },
    });
    expect(forged.statusCode).toBe(401);
  });
});

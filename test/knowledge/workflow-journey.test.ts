import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { PUBLIC_KNOWLEDGE_PATHS } from '../../src/contracts/knowledge-public.ts';
import { auditTrail } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, proposeEntry, setUpKnowledge, storedEntry, versionCount } from './knowledge-world.ts';

// The workflow end to end, as the browser journey has it: a CSO user proposes in French, the
// editor asks for a change, the user amends and resubmits, the editor publishes it as public; then
// a user of another tenant and a reader without a session read it. Every write adds one version.

describe(`the entry workflow on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);

  it('goes from proposal to a public entry, one version per write, audited without text', async () => {
    const app = setUp.app();
    const { clients, members, tenant } = setUp.world();
    const proposed = await proposeEntry(app, clients.contributor, {
      contactName: 'Leïla',
      contactEmail: 'leila@example.org',
    });
    expect(proposed).toMatchObject({ status: 'draft', version: 1, originalLanguage: 'fr', mine: true });
    expect(proposed.contributingOrganisation?.id).toBe(setUp.world().cso);
    expect(proposed.actions).toEqual(expect.arrayContaining(['update', 'submit', 'translate', 'attach']));
    expect(proposed.translations.map((t) => [t.language, t.origin])).toEqual([['fr', 'original']]);

    const submitted = await call(app, clients.contributor, 'POST', PATHS.submit(proposed.id), { version: 1 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<Entry>()).toMatchObject({ status: 'in_review', version: 2 });

    const asked = await call(app, clients.editor, 'POST', PATHS.reviewEvents(proposed.id), {
      kind: 'changes_requested',
      body: 'Précisez les résultats mesurés.',
      version: 2,
    });
    expect(asked.statusCode).toBe(201);
    expect((await storedEntry(database(), proposed.id))?.status).toBe('changes_requested');

    const amended = await call(app, clients.contributor, 'PUT', PATHS.translation(proposed.id, 'fr'), {
      version: 3,
      origin: 'original',
      text: {
        title: 'Ateliers de dialogue en détention',
        summary: 'Des ateliers hebdomadaires.',
        approach: 'Groupes de dix, animés par deux facilitateurs.',
        results: 'Taux de participation de 85 % sur un an.',
      },
    });
    expect(amended.statusCode).toBe(200);
    const resubmitted = await call(app, clients.contributor, 'POST', PATHS.submit(proposed.id), {
      version: 4,
      note: 'Résultats ajoutés.',
    });
    expect(resubmitted.json<Entry>()).toMatchObject({ status: 'in_review', version: 5 });

    const published = await call(app, clients.editor, 'POST', PATHS.publication(proposed.id), {
      version: 5,
      level: 'inspiring',
      visibility: 'public',
    });
    expect(published.statusCode, published.body).toBe(200);
    const entry = published.json<Entry>();
    expect(entry).toMatchObject({ status: 'inspiring', version: 6, publisher: tenant.name });
    expect(entry.publishedAt).not.toBeNull();
    expect(await versionCount(database(), proposed.id)).toBe(6);

    const events = await call(app, clients.contributor, 'GET', PATHS.reviewEvents(proposed.id));
    expect(events.json<{ events: { kind: string }[] }>().events.map((event) => event.kind)).toEqual([
      'submitted',
      'changes_requested',
      'submitted',
      'published',
    ]);
    const versions = await call(app, clients.contributor, 'GET', PATHS.versions(proposed.id));
    expect(
      versions.json<{ versions: { version: number; change: string }[] }>().versions.map((v) => v.change),
    ).toEqual(['published', 'submitted', 'translated', 'changes_requested', 'submitted', 'proposed']);

    // Another tenant's user reads it; no contact without consent, no warnings, no actions but read.
    const elsewhere = await call(app, clients.otherTenantUser, 'GET', PATHS.entry(proposed.id));
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.json<Entry>()).toMatchObject({
      contact: null,
      actions: ['read'],
      mine: false,
      warnings: [],
    });
    expect(elsewhere.json<Entry>().contributingOrganisation?.id).toBe(setUp.world().cso);

    // Without a session.
    const open = await app.inject({ url: PUBLIC_KNOWLEDGE_PATHS.publicEntry(proposed.id) });
    expect(open.statusCode).toBe(200);
    expect(open.headers['cache-control']).toBe('public, max-age=60');
    expect(open.json<Entry>()).toMatchObject({ id: proposed.id, actions: [], contact: null, mine: false });

    const trail = await auditTrail(database(), tenant.id);
    const knowledge = trail.filter((row) => row.action.startsWith('knowledge.'));
    expect(knowledge.map((row) => row.action)).toEqual([
      'knowledge.entry_proposed',
      'knowledge.entry_submitted',
      'knowledge.changes_requested',
      'knowledge.translation_saved',
      'knowledge.entry_submitted',
      'knowledge.entry_published',
    ]);
    expect(JSON.stringify(knowledge)).not.toContain('Ateliers');
    expect(knowledge[0]?.actor_user_id).toBe(members.contributor.id);
  });
});

import { describe, expect, it } from 'vitest';
import { type Entry, type EntryList, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { PUBLIC_KNOWLEDGE_PATHS } from '../../src/contracts/knowledge-public.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { auditTrail } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  call,
  type InsertedEntryOptions,
  insertEntry,
  proposalOf,
  proposeEntry,
  proposeRequest,
  setUpKnowledge,
  storedEntry,
  versionCount,
} from './knowledge-world.ts';

// Allow/deny pairs for every entry route: the right user can; the wrong one (a colleague, another
// tenant, a role that may not) gets 404 when the entry is not theirs to see, 403 when they see it
// but may not act, with nothing of the entry in the body and nothing changed.

const TITLE = 'Ateliers de dialogue en détention';

describe(`who may do what with entries on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();
  const draft = () => proposeEntry(app(), world().clients.contributor);
  const published = (options: Partial<InsertedEntryOptions> = {}) =>
    insertEntry(database(), {
      tenantId: world().tenant.id,
      proposedBy: world().members.contributor.id,
      ...options,
    });
  const expectHidden = (response: { statusCode: number; body: string }) => {
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(TITLE);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'not_found' });
  };

  it('lets any signed-in user propose, and no one without a session', async () => {
    const { clients } = world();
    const none = await app().inject({ method: 'POST', url: PATHS.entries, payload: proposalOf() });
    expect(none.statusCode).toBe(401);
    for (const client of [clients.analyst, clients.caseManager, clients.editor]) {
      expect((await proposeRequest(app(), client, proposalOf())).statusCode).toBe(201);
    }
    const byPrison = await proposeEntry(app(), clients.caseManager);
    expect(byPrison.contributingOrganisation).toBeNull();
  });

  it('shows a draft to its proposer and the editors only; anyone else gets 404, audited', async () => {
    const { clients, members, tenant } = world();
    const entry = await draft();
    for (const client of [clients.contributor, clients.editor]) {
      expect((await call(app(), client, 'GET', PATHS.entry(entry.id))).statusCode).toBe(200);
    }
    for (const client of [
      clients.colleague,
      clients.otherCsoUser,
      clients.otherEditor,
      clients.otherTenantUser,
    ]) {
      expectHidden(await call(app(), client, 'GET', PATHS.entry(entry.id)));
    }
    expectHidden(await call(app(), clients.colleague, 'GET', PATHS.entry(uuidv7())));
    const denied = (await auditTrail(database(), tenant.id)).filter(
      (row) => row.action === 'access.denied' && row.subject_id === entry.id,
    );
    expect(denied.map((row) => row.actor_user_id)).toContain(members.colleague.id);
    expect((await call(app(), clients.editor, 'GET', PATHS.entry(entry.id))).json<Entry>().actions).toEqual(
      expect.arrayContaining(['update', 'comment', 'record_peer_review', 'feature']),
    );
  });

  it('shows a restricted entry to its audience only; public ones to every tenant; archived ones marked', async () => {
    const { clients, otherCso, otherTenant } = world();
    const toOrganisation = await published({ visibility: 'restricted', audienceOrganisationIds: [otherCso] });
    expect((await call(app(), clients.otherCsoUser, 'GET', PATHS.entry(toOrganisation))).statusCode).toBe(
      200,
    );
    expect((await call(app(), clients.editor, 'GET', PATHS.entry(toOrganisation))).statusCode).toBe(200);
    expectHidden(await call(app(), clients.colleague, 'GET', PATHS.entry(toOrganisation)));
    expectHidden(await call(app(), clients.otherTenantUser, 'GET', PATHS.entry(toOrganisation)));
    expectHidden(await app().inject({ url: PUBLIC_KNOWLEDGE_PATHS.publicEntry(toOrganisation) }));

    const toTenant = await published({ visibility: 'restricted', audienceTenantIds: [otherTenant.id] });
    expect((await call(app(), clients.otherTenantUser, 'GET', PATHS.entry(toTenant))).statusCode).toBe(200);
    expect((await call(app(), clients.colleague, 'GET', PATHS.entry(toTenant))).statusCode).toBe(200);

    const archived = await published({ status: 'archived' });
    const read = await call(app(), clients.otherTenantUser, 'GET', PATHS.entry(archived));
    expect(read.json<Entry>()).toMatchObject({ status: 'archived', actions: ['read'] });
  });

  it('answers the public read for published public entries only, the same 404 for the rest', async () => {
    const entry = await draft();
    const open = await published();
    expect((await app().inject({ url: PUBLIC_KNOWLEDGE_PATHS.publicEntry(open) })).statusCode).toBe(200);
    const answers = [];
    for (const id of [entry.id, uuidv7()]) {
      const response = await app().inject({ url: PUBLIC_KNOWLEDGE_PATHS.publicEntry(id) });
      expect(response.statusCode).toBe(404);
      const { instance: _instance, requestId: _requestId, ...rest } = response.json();
      answers.push(rest);
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it('lets the proposer change their draft and no one else; featured is for editors', async () => {
    const { clients } = world();
    const entry = await draft();
    const byColleague = await call(app(), clients.colleague, 'PATCH', PATHS.entry(entry.id), {
      version: 1,
      region: 'europe',
    });
    expectHidden(byColleague);
    expect(await storedEntry(database(), entry.id)).toMatchObject({ region: 'africa', version: 1 });
    expect(await versionCount(database(), entry.id)).toBe(1);

    const featured = await call(app(), clients.contributor, 'PATCH', PATHS.entry(entry.id), {
      version: 1,
      featured: true,
    });
    expect(featured.statusCode).toBe(403);
    const changed = await call(app(), clients.contributor, 'PATCH', PATHS.entry(entry.id), {
      version: 1,
      region: 'europe',
    });
    expect(changed.json<Entry>()).toMatchObject({ region: 'europe', version: 2 });
    const byEditor = await call(app(), clients.editor, 'PATCH', PATHS.entry(entry.id), {
      version: 2,
      featured: true,
    });
    expect(byEditor.json<Entry>()).toMatchObject({ featured: true, version: 3 });
    expect(await versionCount(database(), entry.id)).toBe(3);

    await call(app(), clients.contributor, 'POST', PATHS.submit(entry.id), { version: 3 });
    const inReview = await call(app(), clients.contributor, 'PATCH', PATHS.entry(entry.id), {
      version: 4,
      region: 'global',
    });
    expect(inReview.statusCode).toBe(403);
    const trail = await auditTrail(database(), world().tenant.id);
    const updated = trail.filter(
      (row) => row.action === 'knowledge.entry_updated' && row.subject_id === entry.id,
    );
    expect(updated.map((row) => row.details.fields)).toEqual(['region', 'featured']);
  });

  it('lets the proposer and editors translate; others get 404', async () => {
    const { clients } = world();
    const entry = await draft();
    const text = { title: 'Dialogue workshops in detention', summary: 'Weekly workshops.' };
    for (const client of [clients.colleague, clients.otherEditor]) {
      expectHidden(
        await call(app(), client, 'PUT', PATHS.translation(entry.id, 'en'), {
          version: 1,
          origin: 'professional',
          text,
        }),
      );
    }
    const saved = await call(app(), clients.contributor, 'PUT', PATHS.translation(entry.id, 'en'), {
      version: 1,
      origin: 'professional',
      text,
    });
    expect(saved.json<Entry>().translations.map((t) => t.language)).toEqual(['fr', 'en']);

    const current = { version: saved.json<Entry>().version };
    expect(
      (await call(app(), clients.analyst, 'POST', PATHS.translationReview(entry.id, 'en'), current))
        .statusCode,
    ).toBe(403);
    expectHidden(
      await call(app(), clients.otherEditor, 'POST', PATHS.translationReview(entry.id, 'en'), current),
    );
    const reviewed = await call(
      app(),
      clients.editor,
      'POST',
      PATHS.translationReview(entry.id, 'en'),
      current,
    );
    expect(reviewed.json<Entry>().translations.find((t) => t.language === 'en')?.reviewedAt).not.toBeNull();
  });

  it('lets only the proposer submit; the review conversation is theirs and the editors’', async () => {
    const { clients } = world();
    const entry = await draft();
    expectHidden(await call(app(), clients.colleague, 'POST', PATHS.submit(entry.id), { version: 1 }));
    expect(
      (await call(app(), clients.editor, 'POST', PATHS.submit(entry.id), { version: 1 })).statusCode,
    ).toBe(403);
    expect((await storedEntry(database(), entry.id))?.status).toBe('draft');

    expectHidden(await call(app(), clients.colleague, 'GET', PATHS.reviewEvents(entry.id)));
    expectHidden(await call(app(), clients.otherEditor, 'GET', PATHS.reviewEvents(entry.id)));
    expectHidden(
      await call(app(), clients.colleague, 'POST', PATHS.reviewEvents(entry.id), {
        kind: 'comment',
        body: 'Bravo',
      }),
    );
    const asking = await call(app(), clients.contributor, 'POST', PATHS.reviewEvents(entry.id), {
      kind: 'changes_requested',
      body: 'Change it',
      version: 1,
    });
    expect(asking.statusCode).toBe(403);
    const comment = await call(app(), clients.contributor, 'POST', PATHS.reviewEvents(entry.id), {
      kind: 'comment',
      body: 'Une question sur les dates.',
    });
    expect(comment.statusCode).toBe(201);
    const events = await call(app(), clients.editor, 'GET', PATHS.reviewEvents(entry.id));
    expect(events.json().events).toHaveLength(1);

    const open = await published();
    expect((await call(app(), clients.otherTenantUser, 'GET', PATHS.reviewEvents(open))).statusCode).toBe(
      403,
    );
    expect((await call(app(), clients.otherTenantUser, 'GET', PATHS.versions(open))).statusCode).toBe(403);
    expectHidden(await call(app(), clients.colleague, 'GET', PATHS.versions(entry.id)));
    expect((await call(app(), clients.contributor, 'GET', PATHS.versions(entry.id))).statusCode).toBe(200);
  });

  it('keeps peer reviews, publication, archive and restore to the tenant’s editors', async () => {
    const { clients } = world();
    const entry = await published({ status: 'in_review' });
    const review = {
      reviewerName: 'Dr Amina Saleh',
      reviewerAffiliation: 'University of Tunis',
      reviewedOn: '2026-01-10',
      conclusion: 'Sound.',
    };
    expect((await call(app(), clients.analyst, 'POST', PATHS.peerReviews(entry), review)).statusCode).toBe(
      403,
    );
    expectHidden(await call(app(), clients.otherEditor, 'POST', PATHS.peerReviews(entry), review));
    expect((await call(app(), clients.editor, 'POST', PATHS.peerReviews(entry), review)).statusCode).toBe(
      201,
    );

    const publish = { version: 1, level: 'peer_reviewed', visibility: 'public' };
    expect(
      (await call(app(), clients.contributor, 'POST', PATHS.publication(entry), publish)).statusCode,
    ).toBe(403);
    expectHidden(await call(app(), clients.otherEditor, 'POST', PATHS.publication(entry), publish));
    const done = await call(app(), clients.editor, 'POST', PATHS.publication(entry), publish);
    expect(done.json<Entry>()).toMatchObject({ status: 'peer_reviewed', version: 2 });

    expect(
      (await call(app(), clients.contributor, 'POST', PATHS.archive(entry), { version: 2 })).statusCode,
    ).toBe(403);
    expectHidden(await call(app(), clients.otherEditor, 'POST', PATHS.archive(entry), { version: 2 }));
    const archived = await call(app(), clients.editor, 'POST', PATHS.archive(entry), {
      version: 2,
      reason: 'Outdated.',
    });
    expect(archived.json<Entry>()).toMatchObject({ status: 'archived', version: 3 });
    const indexed = await database().superuser('select 1 from knowledge_search where entry_id = $1', [entry]);
    expect(indexed).toHaveLength(0);

    expect(
      (await call(app(), clients.contributor, 'POST', PATHS.restore(entry), { version: 3 })).statusCode,
    ).toBe(403);
    expectHidden(await call(app(), clients.otherEditor, 'POST', PATHS.restore(entry), { version: 3 }));
    const restored = await call(app(), clients.editor, 'POST', PATHS.restore(entry), { version: 3 });
    expect(restored.json<Entry>()).toMatchObject({ status: 'peer_reviewed', archivedAt: null, version: 4 });
    const back = await database().superuser('select 1 from knowledge_search where entry_id = $1', [entry]);
    expect(back).toHaveLength(6);
    expect(await versionCount(database(), entry)).toBe(4);
  });

  it('lists the caller’s own entries, and the review queue for editors only', async () => {
    const { clients } = world();
    const mine = await draft();
    const theirs = await proposeEntry(app(), clients.colleague);
    const list = (await call(app(), clients.contributor, 'GET', PATHS.mine)).json<EntryList>();
    expect(list.entries.map((row) => row.id)).toContain(mine.id);
    expect(list.entries.map((row) => row.id)).not.toContain(theirs.id);
    expect(list.actions).toEqual(['propose']);
    expect((await app().inject({ url: PATHS.mine })).statusCode).toBe(401);

    await call(app(), clients.colleague, 'POST', PATHS.submit(theirs.id), { version: 1 });
    expect((await call(app(), clients.contributor, 'GET', PATHS.reviewQueue)).statusCode).toBe(403);
    const queue = (await call(app(), clients.editor, 'GET', PATHS.reviewQueue)).json<EntryList>();
    expect(queue.entries.map((row) => row.id)).toContain(theirs.id);
    expect(queue.entries.map((row) => row.id)).not.toContain(mine.id);
    expect(queue.entries.find((row) => row.id === theirs.id)?.waitingSince).toBeDefined();
    expect(queue.actions).toEqual(['propose', 'review', 'import', 'read_statistics']);
    const elsewhere = (await call(app(), clients.otherEditor, 'GET', PATHS.reviewQueue)).json<EntryList>();
    expect(elsewhere.entries).toEqual([]);
  });
});

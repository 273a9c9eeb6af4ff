import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { auditTrail } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, proposeEntry, setUpKnowledge, storedEntry, textOf, versionCount } from './knowledge-world.ts';

// An editor's review acts on the text they read: marking a translation reviewed and requesting
// changes name the version the editor saw, and one changed since (the proposer saved new text, another
// editor changed the entry) is refused with 409 and saves nothing. A request for change without a
// version is a 400 naming it; a comment may name one. Who may act is unchanged: 403/404 as before.

describe(`review actions on the version the editor saw, on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();

  /** The proposer's draft with an English translation: version 2. */
  async function translatedDraft() {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const saved = await call(app(), clients.contributor, 'PUT', PATHS.translation(entry.id, 'en'), {
      version: entry.version,
      origin: 'professional',
      text: textOf('Dialogue workshops in detention'),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    return saved.json<Entry>();
  }

  /** A draft submitted by its proposer: in review at version 2. */
  async function inReview() {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const submitted = await call(app(), clients.contributor, 'POST', PATHS.submit(entry.id), {
      version: entry.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return submitted.json<Entry>();
  }

  const reviewedAt = async (entryId: string, language: string) => {
    const [row] = await database().superuser<{ reviewed_at: unknown }>(
      'select reviewed_at from knowledge_translations where entry_id = $1 and language = $2',
      [entryId, language],
    );
    return row?.reviewed_at;
  };

  const reviewEventKinds = async (entryId: string) =>
    (
      await database().superuser<{ kind: string }>(
        'select kind from knowledge_review_events where entry_id = $1 order by created_at, id',
        [entryId],
      )
    ).map((row) => row.kind);

  const auditedActions = async (entryId: string) =>
    (await auditTrail(database(), world().tenant.id))
      .filter((row) => row.subject_id === entryId && row.action.startsWith('knowledge.'))
      .map((row) => row.action);

  describe('marking a translation reviewed', () => {
    it('marks it on the current version, audited with the new version', async () => {
      const { clients } = world();
      const entry = await translatedDraft();
      const reviewed = await call(app(), clients.editor, 'POST', PATHS.translationReview(entry.id, 'en'), {
        version: entry.version,
      });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      expect(reviewed.json<Entry>().version).toBe(entry.version + 1);
      expect(reviewed.json<Entry>().translations.find((t) => t.language === 'en')?.reviewedAt).not.toBeNull();
      const trail = await auditTrail(database(), world().tenant.id);
      expect(
        trail.find((row) => row.subject_id === entry.id && row.action === 'knowledge.translation_reviewed')
          ?.details,
      ).toEqual({ language: 'en', version: entry.version + 1 });
    });

    it('refuses a version the proposer has saved new text over, leaving the translation unreviewed', async () => {
      const { clients } = world();
      const read = await translatedDraft();
      const changed = await call(app(), clients.contributor, 'PUT', PATHS.translation(read.id, 'en'), {
        version: read.version,
        origin: 'professional',
        text: textOf('Dialogue workshops in detention, revised'),
      });
      expect(changed.statusCode, changed.body).toBe(200);
      const versionsBefore = await versionCount(database(), read.id);

      const stale = await call(app(), clients.editor, 'POST', PATHS.translationReview(read.id, 'en'), {
        version: read.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.json()).toMatchObject({
        code: 'knowledge.version_conflict',
        errors: [{ path: '/body/version', code: 'conflict' }],
      });
      expect(await reviewedAt(read.id, 'en')).toBeNull();
      expect(await storedEntry(database(), read.id)).toMatchObject({ version: read.version + 1 });
      expect(await versionCount(database(), read.id)).toBe(versionsBefore);
      expect(await auditedActions(read.id)).not.toContain('knowledge.translation_reviewed');
    });

    it('refuses a request without a version, or with a version that is not one, saving nothing', async () => {
      const { clients } = world();
      const entry = await translatedDraft();
      const url = PATHS.translationReview(entry.id, 'en');
      const bare = await call(app(), clients.editor, 'POST', url);
      expect(bare.statusCode).toBe(400);
      expect(bare.headers['content-type']).toContain('application/problem+json');
      expect(bare.json()).toMatchObject({ code: 'request.validation' });
      for (const body of [{}, { version: 0 }, { version: 'two' }, { version: entry.version, note: 'ok' }]) {
        const response = await call(app(), clients.editor, 'POST', url, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().code).toBe('request.validation');
      }
      expect(JSON.stringify((await call(app(), clients.editor, 'POST', url, {})).json().errors)).toContain(
        'version',
      );
      expect(await reviewedAt(entry.id, 'en')).toBeNull();
      expect(await versionCount(database(), entry.id)).toBe(entry.version);
    });

    it('keeps it to the tenant’s editors: 403 for another role, 404 for another tenant’s editor, with a version', async () => {
      const { clients } = world();
      const entry = await translatedDraft();
      const url = PATHS.translationReview(entry.id, 'en');
      const current = { version: entry.version };
      expect((await call(app(), clients.analyst, 'POST', url, current)).statusCode).toBe(403);
      expect((await call(app(), clients.contributor, 'POST', url, current)).statusCode).toBe(403);
      const hidden = await call(app(), clients.otherEditor, 'POST', url, current);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toMatchObject({ code: 'not_found' });
      expect(await reviewedAt(entry.id, 'en')).toBeNull();
      expect(await versionCount(database(), entry.id)).toBe(entry.version);
    });
  });

  describe('requesting changes', () => {
    it('refuses a request for change without a version, naming /body/version, saving nothing', async () => {
      const { clients } = world();
      const entry = await inReview();
      const response = await call(app(), clients.editor, 'POST', PATHS.reviewEvents(entry.id), {
        kind: 'changes_requested',
        body: 'Describe how results were measured.',
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'request.validation',
        errors: [{ path: '/body/version', code: 'required' }],
      });
      expect(await storedEntry(database(), entry.id)).toMatchObject({
        status: 'in_review',
        version: entry.version,
      });
      expect(await reviewEventKinds(entry.id)).toEqual(['submitted']);
      expect(await auditedActions(entry.id)).not.toContain('knowledge.changes_requested');
    });

    it('refuses a request for change on a version changed since: status, events and versions unchanged', async () => {
      const { clients } = world();
      const read = await inReview();
      // Meanwhile the entry changes under the editor (another editor, or another tab).
      const edited = await call(app(), clients.editor, 'PATCH', PATHS.entry(read.id), {
        version: read.version,
        country: 'MA',
      });
      expect(edited.statusCode, edited.body).toBe(200);
      const versionsBefore = await versionCount(database(), read.id);

      const stale = await call(app(), clients.editor, 'POST', PATHS.reviewEvents(read.id), {
        kind: 'changes_requested',
        body: 'Describe how results were measured.',
        version: read.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'knowledge.version_conflict',
        errors: [{ path: '/body/version', code: 'conflict' }],
      });
      expect(await storedEntry(database(), read.id)).toMatchObject({
        status: 'in_review',
        version: read.version + 1,
      });
      expect(await versionCount(database(), read.id)).toBe(versionsBefore);
      expect(await reviewEventKinds(read.id)).toEqual(['submitted']);
      expect(await auditedActions(read.id)).not.toContain('knowledge.changes_requested');
    });

    it('sends the entry back on the current version, one new version, audited with it', async () => {
      const { clients } = world();
      const entry = await inReview();
      const asked = await call(app(), clients.editor, 'POST', PATHS.reviewEvents(entry.id), {
        kind: 'changes_requested',
        body: 'Describe how results were measured.',
        version: entry.version,
      });
      expect(asked.statusCode, asked.body).toBe(201);
      expect(asked.json()).toMatchObject({ kind: 'changes_requested' });
      expect(await storedEntry(database(), entry.id)).toMatchObject({
        status: 'changes_requested',
        version: entry.version + 1,
      });
      expect(await versionCount(database(), entry.id)).toBe(entry.version + 1);
      expect(await reviewEventKinds(entry.id)).toEqual(['submitted', 'changes_requested']);
      const trail = await auditTrail(database(), world().tenant.id);
      expect(
        trail.find((row) => row.subject_id === entry.id && row.action === 'knowledge.changes_requested')
          ?.details,
      ).toMatchObject({ version: entry.version + 1 });
    });

    it('takes a comment without a version; checks one when given', async () => {
      const { clients } = world();
      const entry = await inReview();
      const url = PATHS.reviewEvents(entry.id);
      const free = await call(app(), clients.contributor, 'POST', url, {
        kind: 'comment',
        body: 'Les résultats arrivent en mars.',
      });
      expect(free.statusCode, free.body).toBe(201);
      const current = await call(app(), clients.editor, 'POST', url, {
        kind: 'comment',
        body: 'Merci, nous attendons.',
        version: entry.version,
      });
      expect(current.statusCode, current.body).toBe(201);

      const edited = await call(app(), clients.editor, 'PATCH', PATHS.entry(entry.id), {
        version: entry.version,
        country: 'MA',
      });
      expect(edited.statusCode, edited.body).toBe(200);
      const stale = await call(app(), clients.editor, 'POST', url, {
        kind: 'comment',
        body: 'About the country you named…',
        version: entry.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'knowledge.version_conflict' });
      expect(await reviewEventKinds(entry.id)).toEqual(['submitted', 'comment', 'comment']);
      // A comment adds no version.
      expect(await storedEntry(database(), entry.id)).toMatchObject({
        status: 'in_review',
        version: entry.version + 1,
      });
    });

    it('keeps the refusals of who may act, with a version: 404 unseen (before any 400), 403 the proposer', async () => {
      const { clients } = world();
      const entry = await inReview();
      const url = PATHS.reviewEvents(entry.id);
      const asking = { kind: 'changes_requested', body: 'Change it.', version: entry.version };
      for (const client of [clients.colleague, clients.otherEditor]) {
        for (const body of [asking, { kind: 'changes_requested', body: 'Change it.' }]) {
          const response = await call(app(), client, 'POST', url, body);
          expect(response.statusCode).toBe(404);
          expect(response.json()).toMatchObject({ code: 'not_found' });
        }
      }
      expect((await call(app(), clients.contributor, 'POST', url, asking)).statusCode).toBe(403);
      expect((await call(app(), clients.analyst, 'POST', url, asking)).statusCode).toBe(404);
      expect(await storedEntry(database(), entry.id)).toMatchObject({
        status: 'in_review',
        version: entry.version,
      });
      expect(await reviewEventKinds(entry.id)).toEqual(['submitted']);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS as PATHS, type TranslationText } from '../../src/contracts/knowledge.ts';
import { SEARCH_PATHS, type SearchResult } from '../../src/contracts/knowledge-search.ts';
import { auditTrail, type SignedInClient } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  call,
  proposeEntry,
  publishThroughApi,
  setUpKnowledge,
  storedEntry,
  submitThenPublish,
  textOf,
  versionCount,
} from './knowledge-world.ts';

// Text saved to a published entry is public at once (reindexed with the save), so it passes the
// same personal-data check as a publication: when the check warns, the editor's confirmation is
// needed, and without it nothing is saved. Drafts and entries in review are checked when they are
// published. Who may not translate the entry is refused as before the check, learning nothing of it.

/** A word no other entry holds, to find the translation by in the public search. */
const WORD = 'boulangerie';
const CASE_DATA = `Le détenu n° 4471-22 a animé l’atelier de ${WORD} avec ses pairs.`;
const french = (approach: string): TranslationText => textOf(`Atelier de ${WORD} en détention`, { approach });

describe(`the personal-data check on text saved to a published entry on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();

  /** A published entry written in English by the contributor, published by the editor. */
  const publishedInEnglish = (visibility: 'public' | 'restricted' = 'public') =>
    publishThroughApi(app(), world().clients.contributor, world().clients.editor, {
      proposal: { language: 'en', text: textOf('Peer-led bakery workshops in detention') },
      visibility,
    });
  const saveFrench = (client: SignedInClient, entry: Entry, text: TranslationText, extra: object = {}) =>
    call(app(), client, 'PUT', PATHS.translation(entry.id, 'fr'), {
      version: entry.version,
      origin: 'professional',
      text,
      ...extra,
    });
  const publicSearch = async (q: string) => {
    const response = await call(app(), undefined, 'GET', `${SEARCH_PATHS.publicSearch}?q=${q}&language=fr`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>().hits.map((hit) => hit.id);
  };
  /** What a save would change: the entry's row, versions, text and search rows, and its audit. */
  const stateOf = async (entryId: string) => ({
    entry: await storedEntry(database(), entryId),
    versions: await versionCount(database(), entryId),
    translations: await database().superuser(
      'select language, origin, title, approach from knowledge_translations where entry_id = $1 order by language',
      [entryId],
    ),
    search: await database().superuser(
      'select language, plain from knowledge_search where entry_id = $1 order by language',
      [entryId],
    ),
    saved: await translationsSaved(entryId),
  });
  const translationsSaved = async (entryId: string) =>
    (await auditTrail(database(), world().tenant.id)).filter(
      (row) => row.action === 'knowledge.translation_saved' && row.subject_id === entryId,
    );

  it('answers 409 with the warnings to an editor saving case data, and saves nothing', async () => {
    const entry = await publishedInEnglish();
    const before = await stateOf(entry.id);
    expect(before.search.length).toBeGreaterThan(0);

    for (const extra of [{}, { acknowledgeWarnings: false }]) {
      const warned = await saveFrench(world().clients.editor, entry, french(CASE_DATA), extra);
      expect(warned.statusCode).toBe(409);
      expect(warned.headers['content-type']).toContain('application/problem+json');
      const body = warned.json<{ code: string; errors: { path: string; code: string; message: string }[] }>();
      expect(body.code).toBe('knowledge.personal_data_warning');
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error).toMatchObject({ path: '/translations/fr/approach', code: 'identity_number' });
        expect(error.message).toContain('4471-22');
      }
    }

    expect(await stateOf(entry.id)).toEqual(before);
    expect(before.saved).toEqual([]);
    expect(await publicSearch(WORD)).not.toContain(entry.id);
  });

  it('saves the text once the editor confirms, indexes it and audits the count confirmed', async () => {
    const entry = await publishedInEnglish();
    const confirmed = await saveFrench(world().clients.editor, entry, french(CASE_DATA), {
      acknowledgeWarnings: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const saved = confirmed.json<Entry>();
    expect(saved).toMatchObject({ status: 'inspiring', version: entry.version + 1 });
    expect(saved.translations.find((text) => text.language === 'fr')?.approach).toBe(CASE_DATA);
    expect(await versionCount(database(), entry.id)).toBe(entry.version + 1);
    expect(await publicSearch(WORD)).toContain(entry.id);

    const [audit, ...more] = await translationsSaved(entry.id);
    expect(more).toEqual([]);
    expect(audit?.actor_user_id).toBe(world().members.editor.id);
    expect(audit?.details).toMatchObject({ language: 'fr', version: entry.version + 1 });
    expect(audit?.details.warningsAcknowledged).toBeGreaterThan(0);
    expect(JSON.stringify(audit?.details)).not.toContain('4471');
  });

  it('asks nothing for clean text on a published entry, and records that it was checked', async () => {
    const entry = await publishedInEnglish();
    const clean = await saveFrench(
      world().clients.editor,
      entry,
      french('Des ateliers hebdomadaires, animés par deux formateurs, pour des groupes de dix.'),
    );
    expect(clean.statusCode, clean.body).toBe(200);
    const [audit] = await translationsSaved(entry.id);
    expect(audit?.details.warningsAcknowledged).toBe(0);
  });

  it('saves the same text to a draft without confirmation: it is checked at publication', async () => {
    const { clients } = world();
    const draft = await proposeEntry(app(), clients.contributor, {
      language: 'en',
      text: textOf('Peer-led bakery workshops in detention'),
    });
    const saved = await saveFrench(clients.contributor, draft, french(CASE_DATA));
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<Entry>();
    expect(after.warnings.map((warning) => warning.language)).toContain('fr');
    const [audit] = await translationsSaved(draft.id);
    expect(audit?.details).not.toHaveProperty('warningsAcknowledged');

    const publish = await submitThenPublish(app(), clients.contributor, clients.editor, after);
    expect(publish.statusCode).toBe(409);
    expect(publish.json().errors).toContainEqual(
      expect.objectContaining({ path: '/translations/fr/approach', code: 'identity_number' }),
    );
  });

  it('refuses those who may not translate the published entry as before, warnings or not', async () => {
    const { clients } = world();
    const open = await publishedInEnglish();
    const restricted = await publishedInEnglish('restricted');
    const before = await stateOf(open.id);
    // The proposer reads the published entry, but may no longer change it.
    for (const extra of [{}, { acknowledgeWarnings: true }]) {
      const refused = await saveFrench(clients.contributor, open, french(CASE_DATA), extra);
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('4471');
    }
    // Another tenant's editor changes nothing of this tenant's: the same 404 as an unknown entry,
    // for the entry it reads as for the one it may not see.
    for (const entry of [open, restricted]) {
      const hidden = await saveFrench(clients.otherEditor, entry, french(CASE_DATA), {
        acknowledgeWarnings: true,
      });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await stateOf(open.id)).toEqual(before);
    expect(await translationsSaved(restricted.id)).toEqual([]);
  });

  it('refuses a confirmation that is not true or false, naming the field', async () => {
    const entry = await publishedInEnglish();
    const before = await stateOf(entry.id);
    const bad = await saveFrench(world().clients.editor, entry, french(CASE_DATA), {
      acknowledgeWarnings: 'maybe',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('acknowledgeWarnings');
    expect(await stateOf(entry.id)).toEqual(before);
  });

  it('checks the text of an archived entry again when it is restored', async () => {
    const { editor } = world().clients;
    const entry = await publishedInEnglish();
    const archived = await call(app(), editor, 'POST', PATHS.archive(entry.id), { version: entry.version });
    expect(archived.statusCode, archived.body).toBe(200);
    // Archived text is not public: saving it needs no confirmation.
    const saved = await saveFrench(editor, archived.json<Entry>(), french(CASE_DATA));
    expect(saved.statusCode, saved.body).toBe(200);
    const version = saved.json<Entry>().version;
    const before = await stateOf(entry.id);

    const warned = await call(app(), editor, 'POST', PATHS.restore(entry.id), { version });
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({
      code: 'knowledge.personal_data_warning',
      errors: [expect.objectContaining({ path: '/translations/fr/approach' })],
    });
    expect(await stateOf(entry.id)).toEqual(before);
    expect(await publicSearch(WORD)).not.toContain(entry.id);

    const restored = await call(app(), editor, 'POST', PATHS.restore(entry.id), {
      version,
      acknowledgeWarnings: true,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Entry>().status).toBe('inspiring');
    expect(await publicSearch(WORD)).toContain(entry.id);
    const audit = (await auditTrail(database(), world().tenant.id)).filter(
      (row) => row.action === 'knowledge.entry_restored' && row.subject_id === entry.id,
    );
    expect(audit.map((row) => row.details)).toEqual([expect.objectContaining({ warningsAcknowledged: 1 })]);
  });
});

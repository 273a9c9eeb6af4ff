import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { auditTrail } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  call,
  proposeEntry,
  publishThroughApi,
  setUpKnowledge,
  storedEntry,
  textOf,
  versionCount,
} from './knowledge-world.ts';

// PATCH …/entries/:id with `text`: the form of an entry saves its fields and its text in the original
// language in one request, as one version, or nothing at all. Before, the fields went first and the
// text second, so a refused text left the fields saved under a form that said nothing was.

const CASE_DATA = 'Inmate No. 4471-22 led the first sessions with his cellmates.';

describe(`saving an entry's fields and text together on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();

  const texts = (entryId: string) =>
    database().superuser(
      'select language, origin, title, approach, reviewed_at from knowledge_translations where entry_id = $1',
      [entryId],
    );
  const stateOf = async (entryId: string) => ({
    entry: await storedEntry(database(), entryId),
    versions: await versionCount(database(), entryId),
    texts: await texts(entryId),
  });
  const patch = (client: Parameters<typeof call>[1], entry: Pick<Entry, 'id' | 'version'>, body: object) =>
    call(app(), client, 'PATCH', PATHS.entry(entry.id), { version: entry.version, ...body });

  it('saves the fields and the text as one version, the text staying the original', async () => {
    const draft = await proposeEntry(app(), world().clients.contributor, {
      language: 'en',
      text: textOf('Sport and dialogue'),
    });
    const saved = await patch(world().clients.contributor, draft, {
      country: 'TN',
      text: textOf('Sport and dialogue on the wings', { lessons: 'Start with volunteers.' }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<Entry>();
    expect(after).toMatchObject({ version: draft.version + 1, country: 'TN' });
    expect(after.translations).toEqual([
      expect.objectContaining({
        language: 'en',
        origin: 'original',
        title: 'Sport and dialogue on the wings',
        lessons: 'Start with volunteers.',
      }),
    ]);
    expect(await versionCount(database(), draft.id)).toBe(draft.version + 1);
    const audit = (await auditTrail(database(), world().tenant.id)).filter(
      (row) => row.action === 'knowledge.entry_updated' && row.subject_id === draft.id,
    );
    expect(audit.map((row) => row.details)).toEqual([
      expect.objectContaining({ fields: 'country,text', version: draft.version + 1 }),
    ]);
  });

  it('saves nothing, fields or text, when a field is refused', async () => {
    const draft = await proposeEntry(app(), world().clients.contributor, { language: 'en' });
    const before = await stateOf(draft.id);
    const refused = await patch(world().clients.contributor, draft, {
      country: 'TN',
      relatedEntryIds: [uuidv7()],
      text: textOf('A title that must not be saved'),
    });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json().errors)).toContain('relatedEntryIds');
    expect(await stateOf(draft.id)).toEqual(before);
  });

  it('refuses text without its required title or summary, naming the field', async () => {
    const draft = await proposeEntry(app(), world().clients.contributor, { language: 'en' });
    const before = await stateOf(draft.id);
    const refused = await patch(world().clients.contributor, draft, { text: { title: 'Only a title' } });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json().errors)).toContain('/body/text');
    expect(await stateOf(draft.id)).toEqual(before);
  });

  it('checks the text of a published entry, saving nothing until the editor confirms', async () => {
    const entry = await publishThroughApi(app(), world().clients.contributor, world().clients.editor, {
      proposal: { language: 'en', text: textOf('Reading circles in detention') },
    });
    const before = await stateOf(entry.id);
    const text = textOf('Reading circles in detention', { approach: CASE_DATA });
    const warned = await patch(world().clients.editor, entry, { country: 'MA', text });
    expect(warned.statusCode).toBe(409);
    expect(warned.json().errors).toEqual([
      expect.objectContaining({ path: '/translations/en/approach', code: 'identity_number' }),
    ]);
    expect(await stateOf(entry.id)).toEqual(before);

    const confirmed = await patch(world().clients.editor, entry, {
      country: 'MA',
      text,
      acknowledgeWarnings: true,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<Entry>()).toMatchObject({ country: 'MA', version: entry.version + 1 });
    expect((await texts(entry.id))[0]).toMatchObject({ approach: CASE_DATA, reviewed_at: null });
  });

  it('refuses the proposer of a published entry and other tenants, saving nothing', async () => {
    const entry = await publishThroughApi(app(), world().clients.contributor, world().clients.editor);
    const before = await stateOf(entry.id);
    const text = textOf('A title from someone who may not change it');
    const proposer = await patch(world().clients.contributor, entry, { text });
    expect(proposer.statusCode).toBe(403);
    const otherTenant = await patch(world().clients.otherEditor, entry, { text, acknowledgeWarnings: true });
    expect(otherTenant.statusCode).toBe(404);
    // The same 404 as for an entry that does not exist, with nothing of this one in it.
    expect(otherTenant.json()).toMatchObject({ code: 'not_found' });
    expect(otherTenant.body).not.toContain(entry.translations[0]?.title ?? 'no title');
    expect(await stateOf(entry.id)).toEqual(before);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_KNOWLEDGE_PATHS as PATHS, type PublicExport } from '../../src/contracts/knowledge-public.ts';
import { EXPORT_CHUNK } from '../../src/server/modules/knowledge/public/export-collection.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, setUpKnowledge, textOf } from './knowledge-world.ts';

// The Atom feed and the open JSON export: public published entries only, every text escaped or
// encoded, no contact without consent, and the export written in chunks.

/**
 * A small well-formedness check: the declaration first, tags nested and closed, attribute values
 * quoted, and no `<` or bare `&` in text. Enough to catch what escaping mistakes produce.
 */
function expectWellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('?>') + 2);
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#39);)/g;
  for (const match of body.matchAll(tag)) {
    if (!match[2])
      throw new Error(`stray markup at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    if (match[4]) continue;
    if (match[1]) expect(open.pop(), `closing ${match[2]}`).toBe(match[2]);
    else open.push(match[2]);
  }
  expect(open).toEqual([]);
}

/** The text of each element `name` (first level of the match only), unescaped. */
const elements = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'g'))].map((match) =>
    (match[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );

describe(`the Atom feed and the open export on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database, {
    env: { PATHWAYS_PUBLIC_URL: 'https://library.example.org/' },
  });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const test = database();
    const { tenant, otherTenant, members } = knowledge.world();
    const base = { tenantId: tenant.id, proposedBy: members.editor.id };
    ids.tricky = await insertEntry(test, {
      ...base,
      text: textOf('<script>alert(1)</script> & "quotes"', { summary: 'Fish & chips <b>bold</b>\u0007' }),
      translations: { ar: textOf('ورش الحوار في السجون') },
      themes: ['women', 'family_involvement'],
      demonstration: true,
      updatedAt: '2026-01-02T10:00:00.000Z',
    });
    ids.plain = await insertEntry(test, {
      ...base,
      language: 'fr',
      text: textOf('Ateliers de dialogue'),
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    ids.restricted = await insertEntry(test, {
      ...base,
      visibility: 'restricted',
      text: textOf('Restricted'),
    });
    ids.draft = await insertEntry(test, { ...base, status: 'draft', text: textOf('Draft') });
    ids.otherTenantRestricted = await insertEntry(test, {
      tenantId: otherTenant.id,
      proposedBy: members.otherEditor.id,
      visibility: 'restricted',
      audienceTenantIds: [tenant.id],
    });
    // Contacts: one consented, one not.
    await test.superuser(
      `update knowledge_entries set contact_name = 'Amina', contact_email = 'amina@example.org',
         contact_consent = id = $1::uuid, related_entry_ids = array[$2::uuid, $3::uuid]
       where id in ($1::uuid, $4::uuid)`,
      [ids.tricky, ids.plain, ids.restricted, ids.plain],
    );
    await test.superuser(
      `insert into knowledge_peer_reviews (id, entry_id, tenant_id, reviewer_name, reviewer_affiliation,
         reviewed_on, conclusion, recorded_by)
       values (gen_random_uuid(), $1, $2, 'Dr Reviewer', 'A university', '2025-12-01', 'Sound method.', $3)`,
      [ids.tricky, tenant.id, members.editor.id],
    );
  });

  it('answers an Atom document of the public entries, escaped and well formed', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', PATHS.feed);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const xml = response.body;
    expectWellFormed(xml);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    expect(elements(xml, 'id').slice(1)).toEqual([`urn:uuid:${ids.tricky}`, `urn:uuid:${ids.plain}`]);
    expect(elements(xml, 'id')[0]).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(elements(xml, 'title')).toContain('<script>alert(1)</script> & "quotes"');
    expect(elements(xml, 'summary')).toContain('Fish & chips <b>bold</b>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://library.example.org/api/v1/public/knowledge/feed.atom?lang=en"/>',
    );
    expect(xml).toContain(`href="https://library.example.org/library/entries/${ids.plain}?lang=fr"`);
    expect(xml).toContain('<entry xml:lang="fr">');
    expect(xml).toContain('<category term="women" label="Women"/>');
    for (const hidden of [ids.restricted, ids.draft, ids.otherTenantRestricted])
      expect(xml).not.toContain(hidden);
    expect(elements(xml, 'published')).toContain('2026-01-02T10:00:00.000Z');
  });

  it('chooses the translation asked with ?lang=, else the original, and refuses an unknown one', async () => {
    const xml = (await call(knowledge.app(), undefined, 'GET', `${PATHS.feed}?lang=ar`)).body;
    expectWellFormed(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    expect(elements(xml, 'title')).toContain('ورش الحوار في السجون');
    expect(elements(xml, 'title')).toContain('Ateliers de dialogue');
    expect(xml).toContain('<entry xml:lang="ar">');
    expect((await call(knowledge.app(), undefined, 'GET', `${PATHS.feed}?lang=xx`)).statusCode).toBe(400);
  });

  it('hides what a signed-in reader could see: the feed is the public one for everyone', async () => {
    const xml = (await call(knowledge.app(), knowledge.world().clients.editor, 'GET', PATHS.feed)).body;
    expect(xml).not.toContain(ids.restricted);
    expect(xml).not.toContain(ids.draft);
  });

  it('exports the public collection with every translation, and a contact only with consent', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', PATHS.export);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const document = response.json<PublicExport>();
    expect(document.count).toBe(2);
    expect(document.licence).toContain('demonstration content');
    expect(Date.parse(document.generatedAt)).not.toBeNaN();
    const byId = new Map(document.entries.map((entry) => [entry.id, entry]));
    expect([...byId.keys()].sort()).toEqual([ids.tricky, ids.plain].sort());
    const tricky = byId.get(ids.tricky ?? '');
    expect(tricky).toMatchObject({
      address: `https://library.example.org/library/entries/${ids.tricky}`,
      demonstration: true,
      notice: 'demonstration content',
      contact: { name: 'Amina', email: 'amina@example.org' },
      // The restricted one is not named.
      relatedEntryIds: [ids.plain],
      peerReviews: [{ reviewerName: 'Dr Reviewer', reviewedOn: '2025-12-01' }],
      publisher: knowledge.world().tenant.name,
    });
    expect(tricky?.translations.map((text) => [text.language, text.origin])).toEqual([
      ['en', 'original'],
      ['ar', 'professional'],
    ]);
    expect(tricky?.translations[0]?.title).toBe('<script>alert(1)</script> & "quotes"');
    const plain = byId.get(ids.plain ?? '');
    expect(plain).toMatchObject({ contact: null, demonstration: false });
    expect(plain).not.toHaveProperty('notice');
    expect(response.body).not.toContain('proposed');
    expect(response.body).not.toContain(knowledge.world().members.editor.id);
  });
});

describe(`the open export of a large collection on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  const total = 2 * EXPORT_CHUNK + 37;

  beforeAll(async () => {
    const { tenant, members } = knowledge.world();
    // Written in bulk (the export reads entries and translations; it needs no search rows).
    await database().superuser(
      `with made as (
         insert into knowledge_entries (id, tenant_id, kind, status, original_language, themes, proposed_by,
           published_at)
         select gen_random_uuid(), $1, 'good_practice', 'peer_reviewed', 'en', '{women}', $2, now()
           from generate_series(1, $3)
         returning id)
       insert into knowledge_translations (entry_id, tenant_id, language, origin, title, summary)
       select id, $1, 'en', 'original', 'Bulk entry', 'A summary.' from made`,
      [tenant.id, members.editor.id, total],
    );
  });

  it('sends every entry once, across chunks, with the count of what it sent', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', PATHS.export);
    const document = response.json<PublicExport>();
    expect(document.count).toBe(total);
    expect(document.entries).toHaveLength(total);
    expect(new Set(document.entries.map((entry) => entry.id)).size).toBe(total);
    const ids = document.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
  });
});

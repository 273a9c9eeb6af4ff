import { beforeAll, describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  SEARCH_PATHS,
  type SearchResult,
} from '../../src/contracts/knowledge-search.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, setUpKnowledge, textOf } from './knowledge-world.ts';

// How the search reads each language: stemming in English, French, Spanish, Russian and Arabic;
// Chinese through overlapping pairs; stop words; typo correction; highlight markers; facets and
// filters; bad input. Public search, on entries written straight into the index.

describe(`search in six languages on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  const ids: Record<string, string> = {};

  const search = async (params: Record<string, string | string[]>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      for (const each of [value].flat()) query.append(key, each);
    const response = await call(knowledge.app(), undefined, 'GET', `${SEARCH_PATHS.publicSearch}?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>();
  };
  const found = async (params: Record<string, string | string[]>) =>
    (await search(params)).hits.map((hit) => hit.id);
  // A query of few results is widened to any of its words (ranked after those with all): the first
  // hit is the entry with every word.
  const first = async (params: Record<string, string | string[]>) => (await found(params))[0];

  beforeAll(async () => {
    const test = database();
    const { tenant, members } = knowledge.world();
    const base = { tenantId: tenant.id, proposedBy: members.contributor.id };
    ids.en = await insertEntry(test, {
      ...base,
      language: 'en',
      text: textOf('Mentoring young offenders through sport', {
        summary: 'Volunteer mentors coached teenagers in football leagues after their release.',
        approach: 'Each mentor met one young person weekly for the reintegration of returnees.',
      }),
      themes: ['juveniles', 'release_reintegration'],
      targetGroups: ['juveniles'],
      region: 'europe',
      kind: 'good_practice',
      evidenceLevel: 'evaluated_outcome',
      updatedAt: '2026-01-05T10:00:00Z',
    });
    ids.fr = await insertEntry(test, {
      ...base,
      language: 'fr',
      text: textOf('Visites familiales encadrées', {
        summary: 'Des médiateurs préparent les visites des familles et accompagnent les enfants.',
      }),
      themes: ['family_involvement'],
      targetGroups: ['families'],
      region: 'africa',
      kind: 'lesson_learned',
      evidenceLevel: 'descriptive',
      updatedAt: '2026-01-04T10:00:00Z',
    });
    ids.es = await insertEntry(test, {
      ...base,
      language: 'es',
      text: textOf('Talleres de formación profesional', {
        summary: 'Las mujeres privadas de libertad aprendieron oficios en talleres de carpintería.',
      }),
      themes: ['women'],
      targetGroups: ['women_in_custody'],
      region: 'latin_america_caribbean',
      kind: 'good_practice',
      evidenceLevel: 'descriptive',
      updatedAt: '2026-01-03T10:00:00Z',
    });
    ids.ru = await insertEntry(test, {
      ...base,
      language: 'ru',
      text: textOf('Работа с семьями осуждённых', {
        summary: 'Психологи консультировали семьи осуждённых перед освобождением.',
      }),
      themes: ['family_involvement', 'release_reintegration'],
      targetGroups: ['families'],
      region: 'central_asia',
      kind: 'evaluation',
      evidenceLevel: 'evaluated_process',
      updatedAt: '2026-01-02T10:00:00Z',
    });
    ids.zh = await insertEntry(test, {
      ...base,
      language: 'zh',
      text: textOf('监狱工作人员动态安全培训', {
        summary: '为监狱工作人员举办动态安全培训课程，提高与在押人员沟通的能力。',
      }),
      themes: ['staff_training', 'dynamic_security'],
      targetGroups: ['prison_staff'],
      region: 'asia_pacific',
      kind: 'tool_guidance',
      evidenceLevel: 'none',
      updatedAt: '2026-01-01T10:00:00Z',
    });
    ids.ar = await insertEntry(test, {
      ...base,
      language: 'ar',
      text: textOf('برنامج الحوار الديني في السجون', {
        summary: 'علماء دين يحاورون السجناء حول المفاهيم المتطرفة في جلسات أسبوعية.',
      }),
      themes: ['religious_dialogue'],
      targetGroups: ['men_in_custody'],
      region: 'arab_states',
      kind: 'good_practice',
      evidenceLevel: 'descriptive',
      updatedAt: '2025-12-31T10:00:00Z',
    });
  });

  it('stems English, French, Spanish, Russian and Arabic words', async () => {
    expect(await first({ q: 'mentor', language: 'en' })).toBe(ids.en);
    expect(await first({ q: 'league', language: 'en' })).toBe(ids.en);
    // French plural and singular: "visite familiale" finds "visites familiales".
    expect(await first({ q: 'visite familiale', language: 'fr' })).toBe(ids.fr);
    expect(await first({ q: 'taller carpintería', language: 'es' })).toBe(ids.es);
    // Russian case endings: the nominative finds the instrumental and genitive plural.
    expect(await found({ q: 'семья', language: 'ru' })).toContain(ids.ru);
    expect(await first({ q: 'осуждённый', language: 'ru' })).toBe(ids.ru);
    expect(await first({ q: 'السجون', language: 'ar' })).toBe(ids.ar);
  });

  it('finds Chinese words inside unspaced text by their character pairs', async () => {
    expect(await found({ q: '动态安全', language: 'zh' })).toEqual([ids.zh]);
    expect(await found({ q: '工作人员', language: 'zh' })).toEqual([ids.zh]);
    expect(await found({ q: '安全动态', language: 'zh' })).toEqual([]);
  });

  it('finds a lone Chinese character by the pairs it begins, and marks it', async () => {
    expect(await found({ q: '监', language: 'zh' })).toEqual([ids.zh]);
    expect(await found({ q: '监 培训', language: 'zh' })).toEqual([ids.zh]);
    expect(await found({ q: '监管', language: 'zh' })).toEqual([]);
    const [hit] = (await search({ q: '培', language: 'zh' })).hits;
    expect(hit?.id).toBe(ids.zh);
    expect(hit?.highlight).toContain(`${HIGHLIGHT_START}培${HIGHLIGHT_END}`);
  });

  it('finds an entry in another language by the names of its themes', async () => {
    // The French entry about family involvement, found by the Spanish name of its theme.
    const hits = await found({ q: 'familia', language: 'es' });
    expect(hits).toEqual(expect.arrayContaining([ids.fr, ids.ru]));
  });

  it('neither empties nor floods a query with stop words', async () => {
    expect(await first({ q: 'the mentors of the league', language: 'en' })).toBe(ids.en);
    expect(await first({ q: 'les visites des familles', language: 'fr' })).toBe(ids.fr);
    expect((await search({ q: 'the', language: 'en' })).total).toBe(0);
  });

  it('corrects a typo with a word of a visible entry and says so', async () => {
    const result = await search({ q: 'reintegation', language: 'en' });
    expect(result.correctedQuery).toBe('reintegration');
    expect(result.hits.map((hit) => hit.id)).toContain(ids.en);
    expect((await search({ q: 'reintegration', language: 'en' })).correctedQuery).toBeNull();
  });

  it('marks the matched words with the private-use markers, never HTML', async () => {
    const [hit] = (await search({ q: 'football', language: 'en' })).hits;
    expect(hit?.highlight).toContain(`${HIGHLIGHT_START}football${HIGHLIGHT_END}`);
    expect(hit?.highlight).not.toContain('<b>');
    const [chinese] = (await search({ q: '动态安全', language: 'zh' })).hits;
    expect(chinese?.highlight).toContain(`${HIGHLIGHT_START}动态安全${HIGHLIGHT_END}`);
    expect((await search({ language: 'en' })).hits.every((each) => each.highlight === undefined)).toBe(true);
  });

  it('shows the reader’s translation when there is one, else the original', async () => {
    const hits = (await search({ q: 'familia', language: 'es' })).hits;
    expect(hits.find((hit) => hit.id === ids.fr)?.language).toBe('fr');
    expect(hits.find((hit) => hit.id === ids.fr)?.title).toBe('Visites familiales encadrées');
  });

  it('counts facets over the matching set and combines filters', async () => {
    const all = await search({ language: 'en' });
    expect(all.total).toBe(6);
    expect(all.hits.map((hit) => hit.id)).toEqual([ids.en, ids.fr, ids.es, ids.ru, ids.zh, ids.ar]);
    expect(all.facets.kind).toEqual([
      { value: 'good_practice', count: 3 },
      { value: 'evaluation', count: 1 },
      { value: 'lesson_learned', count: 1 },
      { value: 'tool_guidance', count: 1 },
    ]);
    expect(all.facets.theme).toContainEqual({ value: 'family_involvement', count: 2 });
    expect(all.facets.entryLanguage).toContainEqual({ value: 'zh', count: 1 });
    // Or within a facet, and across facets; a facet's own counts ignore its own filter.
    const families = await search({ language: 'en', theme: ['family_involvement', 'women'] });
    expect(families.total).toBe(3);
    expect(families.facets.theme).toContainEqual({ value: 'juveniles', count: 1 });
    const narrowed = await search({
      language: 'en',
      theme: ['family_involvement', 'women'],
      kind: 'evaluation',
    });
    expect(narrowed.hits.map((hit) => hit.id)).toEqual([ids.ru]);
    expect(narrowed.facets.kind).toEqual(
      expect.arrayContaining([
        { value: 'good_practice', count: 1 },
        { value: 'evaluation', count: 1 },
      ]),
    );
    expect(await found({ language: 'en', region: 'arab_states', evidenceLevel: 'descriptive' })).toEqual([
      ids.ar,
    ]);
    expect(await found({ language: 'en', entryLanguage: ['es', 'ru'] })).toEqual([ids.es, ids.ru]);
    expect(await found({ language: 'en', targetGroup: 'prison_staff' })).toEqual([ids.zh]);
  });

  it('pages through the results', async () => {
    const first = await search({ language: 'en', pageSize: '4' });
    const second = await search({ language: 'en', pageSize: '4', page: '2' });
    expect(first.hits).toHaveLength(4);
    expect(second.hits.map((hit) => hit.id)).toEqual([ids.zh, ids.ar]);
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
  });

  it('refuses bad input with the field at fault', async () => {
    const bad = async (query: string, field: string) => {
      const response = await call(knowledge.app(), undefined, 'GET', `${SEARCH_PATHS.publicSearch}?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.json()), query).toContain(field);
    };
    await bad(`q=${'a'.repeat(201)}`, 'q');
    await bad('theme=not_a_theme', 'theme');
    await bad('kind=recipe', 'kind');
    await bad('page=0', 'page');
    await bad('page=501', 'page');
    await bad('pageSize=51', 'pageSize');
    await bad('language=de', 'language');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { SimilarEntries } from '../../src/contracts/knowledge-search.ts';
import { SEARCH_PATHS, type SearchResult } from '../../src/contracts/knowledge-search.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, insertEntry, type KnowledgeMemberName, setUpKnowledge, textOf } from './knowledge-world.ts';

// Who finds what. A public entry: everyone, signed in to any tenant or not. A restricted entry: the
// users of its tenant (narrowed to the organisations it names, when it names any) and of the tenants
// it names; never anyone without a session. Drafts, entries in review and archived entries: nobody,
// their proposer and the editors included. "More like this" follows the same rules, and answers 404
// for an entry the reader may not read, exactly as for one that does not exist.

type Reader = KnowledgeMemberName | 'anyone';
const WORD = 'lighthouse';

describe(`who finds what in the search on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);
  const ids = {} as Record<
    | 'public'
    | 'tenantOnly'
    | 'organisationOnly'
    | 'shared'
    | 'draft'
    | 'inReview'
    | 'archived'
    | 'otherTenants',
    string
  >;

  const clientOf = (reader: Reader): SignedInClient | undefined =>
    reader === 'anyone' ? undefined : knowledge.world().clients[reader];
  const searchAs = async (reader: Reader, q = WORD) => {
    const path = reader === 'anyone' ? SEARCH_PATHS.publicSearch : SEARCH_PATHS.search;
    const response = await call(knowledge.app(), clientOf(reader), 'GET', `${path}?q=${q}&language=en`);
    expect(response.statusCode, `${reader}: ${response.body}`).toBe(200);
    return response.json<SearchResult>();
  };
  const idsFoundBy = async (reader: Reader) => (await searchAs(reader)).hits.map((hit) => hit.id).sort();
  const similarAs = (reader: Reader, id: string) =>
    call(
      knowledge.app(),
      clientOf(reader),
      'GET',
      reader === 'anyone' ? SEARCH_PATHS.publicSimilar(id) : SEARCH_PATHS.similar(id),
    );

  beforeAll(async () => {
    const test = database();
    const { tenant, otherTenant, cso, members } = knowledge.world();
    const entry = (name: string, options: Partial<Parameters<typeof insertEntry>[1]> = {}) =>
      insertEntry(test, {
        tenantId: tenant.id,
        proposedBy: members.contributor.id,
        language: 'en',
        text: textOf(`The ${WORD} project: ${name}`),
        themes: ['family_involvement'],
        ...options,
      });
    ids.public = await entry('public');
    ids.tenantOnly = await entry('tenant only', { visibility: 'restricted' });
    ids.organisationOnly = await entry('organisation only', {
      visibility: 'restricted',
      audienceOrganisationIds: [cso],
    });
    ids.shared = await entry('shared with the other tenant', {
      visibility: 'restricted',
      audienceTenantIds: [otherTenant.id],
    });
    ids.draft = await entry('draft', { status: 'draft' });
    ids.inReview = await entry('in review', { status: 'in_review' });
    ids.archived = await entry('archived', { status: 'archived' });
    ids.otherTenants = await insertEntry(test, {
      tenantId: otherTenant.id,
      proposedBy: members.otherEditor.id,
      language: 'en',
      text: textOf(`The ${WORD} project of another prison service`),
      visibility: 'restricted',
      themes: ['family_involvement'],
    });
  });

  it('shows each reader the published entries they may see, and nothing else', async () => {
    const expected: Record<Reader, string[]> = {
      anyone: [ids.public],
      editor: [ids.public, ids.tenantOnly, ids.shared],
      contributor: [ids.public, ids.tenantOnly, ids.organisationOnly, ids.shared],
      colleague: [ids.public, ids.tenantOnly, ids.organisationOnly, ids.shared],
      otherCsoUser: [ids.public, ids.tenantOnly, ids.shared],
      caseManager: [ids.public, ids.tenantOnly, ids.shared],
      analyst: [ids.public, ids.tenantOnly, ids.shared],
      otherEditor: [ids.public, ids.shared, ids.otherTenants],
      otherTenantUser: [ids.public, ids.shared, ids.otherTenants],
    } as Record<Reader, string[]>;
    for (const [reader, visible] of Object.entries(expected))
      expect(await idsFoundBy(reader as Reader), reader).toEqual([...visible].sort());
  });

  it('never counts what a reader may not see in the facets', async () => {
    const result = await searchAs('anyone');
    expect(result.total).toBe(1);
    expect(result.facets.theme).toEqual([{ value: 'family_involvement', count: 1 }]);
  });

  it('refuses the signed-in search without a session, and never corrects a typo with a hidden word', async () => {
    const response = await call(knowledge.app(), undefined, 'GET', `${SEARCH_PATHS.search}?q=${WORD}`);
    expect(response.statusCode).toBe(401);
    // "organisaton" is one letter from "organisation", a word only restricted entries hold.
    const typo = await searchAs('anyone', 'organisaton');
    expect(typo.correctedQuery).toBeNull();
    expect(typo.total).toBe(0);
    // The word list holds public entries' words only (migration 0016): not even a reader who may see
    // the restricted entries is offered one of their words, so no answer differs by who asks.
    expect((await searchAs('contributor', 'organisaton')).correctedQuery).toBeNull();
    // The restricted entries are found by their word as typed.
    expect((await searchAs('contributor', 'organisation')).total).toBeGreaterThan(0);
  });

  it('suggests more like this among what the reader may see', async () => {
    const anyone = await similarAs('anyone', ids.public);
    expect(anyone.statusCode).toBe(200);
    expect(anyone.json<SimilarEntries>().entries).toEqual([]);
    const contributor = await similarAs('contributor', ids.public);
    expect(contributor.statusCode).toBe(200);
    expect(
      contributor
        .json<SimilarEntries>()
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual([ids.tenantOnly, ids.organisationOnly, ids.shared].sort());
    const other = await similarAs('otherTenantUser', ids.public);
    expect(
      other
        .json<SimilarEntries>()
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual([ids.shared, ids.otherTenants].sort());
  });

  it('answers 404 for more like this of an entry the reader may not read', async () => {
    const refusals: [Reader, string][] = [
      ['anyone', ids.tenantOnly],
      ['anyone', ids.draft],
      ['otherTenantUser', ids.tenantOnly],
      ['otherCsoUser', ids.organisationOnly],
      ['contributor', ids.draft],
      ['editor', ids.inReview],
      ['editor', ids.archived],
      ['editor', ids.otherTenants],
      ['editor', '01900000-0000-7000-8000-000000000000'],
    ];
    for (const [reader, id] of refusals) {
      const response = await similarAs(reader, id);
      expect(response.statusCode, `${reader} ${id}`).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
    expect((await similarAs('editor', 'not-a-uuid')).statusCode).toBe(400);
    expect((await call(knowledge.app(), undefined, 'GET', SEARCH_PATHS.similar(ids.public))).statusCode).toBe(
      401,
    );
  });

  it('logs searches with a query, with the reader’s tenant or none, and never who asked', async () => {
    const { tenant } = knowledge.world();
    await database().superuser('delete from knowledge_search_log');
    await searchAs('analyst', '  LightHouse  ');
    await searchAs('anyone', 'Lighthouse');
    const browse = await call(
      knowledge.app(),
      clientOf('analyst'),
      'GET',
      `${SEARCH_PATHS.search}?language=fr`,
    );
    expect(browse.statusCode).toBe(200);
    const rows = await database().superuser<{
      tenant_id: string | null;
      query: string;
      result_count: number;
    }>('select tenant_id, query, result_count from knowledge_search_log order by id');
    expect(rows).toEqual([
      { tenant_id: tenant.id, query: 'lighthouse', result_count: 3 },
      { tenant_id: null, query: 'lighthouse', result_count: 1 },
    ]);
  });
});

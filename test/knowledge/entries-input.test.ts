import { describe, expect, it } from 'vitest';
import {
  type Entry,
  KNOWLEDGE_PATHS as PATHS,
  type ProposeEntryRequest,
} from '../../src/contracts/knowledge.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  call,
  insertEntry,
  proposalOf,
  proposeEntry,
  proposeRequest,
  setUpKnowledge,
  storedEntry,
  textOf,
  versionCount,
} from './knowledge-world.ts';

// Bad input gets a clear error naming the field, and nothing is saved: unknown taxonomy values,
// script in a title (stored and returned as text), publishing or submitting without what it needs,
// personal data, a version conflict, an organisation or related entry that is not the proposer's to name.

describe(`bad input to entries on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();
  const entriesOfTenant = async () =>
    (
      await database().superuser<{ count: number }>(
        'select count(*)::int as count from knowledge_entries where tenant_id = $1',
        [world().tenant.id],
      )
    )[0]?.count;

  it('refuses unknown taxonomy values, naming the field, and saves nothing', async () => {
    const before = await entriesOfTenant();
    for (const [field, value] of [
      ['themes', ['astrology']],
      ['kind', 'rumour'],
      ['region', 'atlantis'],
      ['targetGroups', ['everyone']],
      ['evidenceLevel', 'certain'],
      ['language', 'de'],
    ] as const) {
      const response = await proposeRequest(app(), world().clients.contributor, {
        ...proposalOf(),
        [field]: value,
      });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().code).toBe('request.validation');
      expect(JSON.stringify(response.json().errors)).toContain(field);
    }
    expect(await entriesOfTenant()).toBe(before);
  });

  it('refuses an organisation of another tenant and a related entry the proposer may not read', async () => {
    const { clients, otherTenant } = world();
    const otherDraft = await proposeEntry(app(), clients.colleague);
    const cases: [Partial<ProposeEntryRequest>, string][] = [
      [{ contributingOrganisationId: otherTenant.organisationId }, 'contributingOrganisationId'],
      [{ relatedEntryIds: [otherDraft.id] }, 'relatedEntryIds'],
    ];
    for (const [body, field] of cases) {
      const response = await proposeRequest(app(), clients.contributor, proposalOf(body));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ path: `/body/${field}` })]);
    }
    const open = await insertEntry(database(), {
      tenantId: otherTenant.id,
      proposedBy: setUp.world().members.otherEditor.id,
    });
    const related = await proposeEntry(app(), clients.contributor, { relatedEntryIds: [open] });
    expect(related.related.map((reference) => reference.id)).toEqual([open]);
  });

  it('stores script in a title as typed and returns it as a string', async () => {
    const script = '<script>alert(1)</script>';
    const entry = await proposeEntry(app(), world().clients.contributor, { text: textOf(script) });
    expect(entry.translations[0]?.title).toBe(script);
    const read = await call(app(), world().clients.editor, 'GET', PATHS.entry(entry.id));
    expect(read.headers['content-type']).toContain('application/json');
    expect(read.json<Entry>().translations[0]?.title).toBe(script);
  });

  it('refuses to submit or publish without what it needs (422), changing nothing', async () => {
    const { clients } = world();
    const bare = await proposeEntry(app(), clients.contributor, {
      themes: [],
      text: { title: 'Bare', summary: 'Only a summary.' },
    });
    const submit = await call(app(), clients.contributor, 'POST', PATHS.submit(bare.id), { version: 1 });
    expect(submit.statusCode).toBe(422);
    expect(submit.json()).toMatchObject({
      code: 'knowledge.incomplete',
      errors: [{ path: '/themes', code: 'required' }],
    });

    const inReview = await insertEntry(database(), {
      tenantId: world().tenant.id,
      proposedBy: world().members.contributor.id,
      status: 'in_review',
      themes: [],
      text: { title: 'Half done', summary: 'No approach, no results.' },
    });
    const publish = await call(app(), clients.editor, 'POST', PATHS.publication(inReview), {
      version: 1,
      level: 'inspiring',
      visibility: 'public',
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json().errors.map((error: { path: string }) => error.path)).toEqual([
      '/translations/en/approach',
      '/translations/en/results',
      '/themes',
    ]);
    expect(await storedEntry(database(), inReview)).toMatchObject({
      status: 'in_review',
      version: 1,
      published_at: null,
    });
    expect(await versionCount(database(), inReview)).toBe(1);
  });

  it('asks for a peer review before peer-reviewed, and a confirmation when personal data shows', async () => {
    const { clients, members, tenant } = world();
    const inReview = await insertEntry(database(), {
      tenantId: tenant.id,
      proposedBy: members.contributor.id,
      status: 'in_review',
      text: textOf('Mentoring', { approach: 'Mr Haddad, prisoner No. 4471-22, mentored his peers.' }),
    });
    const publish = (body: object) =>
      call(app(), clients.editor, 'POST', PATHS.publication(inReview), {
        version: 1,
        level: 'inspiring',
        visibility: 'public',
        ...body,
      });
    const peer = await publish({ level: 'peer_reviewed' });
    expect(peer.statusCode).toBe(422);
    expect(peer.json().code).toBe('knowledge.peer_review_missing');

    const warned = await publish({});
    expect(warned.statusCode).toBe(409);
    expect(warned.json()).toMatchObject({ code: 'knowledge.personal_data_warning' });
    expect(
      warned
        .json()
        .errors.map((error: { code: string }) => error.code)
        .sort(),
    ).toEqual(['identity_number', 'person_name']);
    expect(await storedEntry(database(), inReview)).toMatchObject({ status: 'in_review', version: 1 });

    const seen = await call(app(), clients.editor, 'GET', PATHS.entry(inReview));
    expect(seen.json<Entry>().warnings).toHaveLength(2);
    const confirmed = await publish({ acknowledgeWarnings: true });
    expect(confirmed.json<Entry>()).toMatchObject({ status: 'inspiring', version: 2 });
    const reader = await call(app(), clients.otherTenantUser, 'GET', PATHS.entry(inReview));
    expect(reader.json<Entry>().warnings).toEqual([]);
  });

  it('answers 409 to a change made on an older version, saving nothing', async () => {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    await call(app(), clients.contributor, 'PATCH', PATHS.entry(entry.id), { version: 1, country: 'MA' });
    const stale = await call(app(), clients.contributor, 'PATCH', PATHS.entry(entry.id), {
      version: 1,
      country: 'DZ',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'knowledge.version_conflict' });
    expect(await storedEntry(database(), entry.id)).toMatchObject({ country: 'MA', version: 2 });
    expect(await versionCount(database(), entry.id)).toBe(2);
  });

  it('keeps the original language’s text original, and no other', async () => {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const text = { title: 'Titre', summary: 'Résumé' };
    const notOriginal = await call(app(), clients.contributor, 'PUT', PATHS.translation(entry.id, 'fr'), {
      version: 1,
      origin: 'machine_assisted',
      text,
    });
    expect(notOriginal.statusCode).toBe(400);
    const claimed = await call(app(), clients.contributor, 'PUT', PATHS.translation(entry.id, 'es'), {
      version: 1,
      origin: 'original',
      text,
    });
    expect(claimed.statusCode).toBe(400);
    expect(claimed.json().errors).toEqual([expect.objectContaining({ path: '/body/origin' })]);
    expect(await versionCount(database(), entry.id)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import {
  IMPORT_MAX_BYTES,
  type ImportReport,
  PUBLIC_KNOWLEDGE_PATHS as PATHS,
} from '../../src/contracts/knowledge-public.ts';
import { auditTrail } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, setUpKnowledge } from './knowledge-world.ts';

// The editors' bulk import: a report of every problem, a dry run by default, and all rows saved as
// drafts of the editor in one transaction, or none.

const HEADER =
  'kind,language,title,summary,approach,results,lessons,legal_framework,resources,measurement,' +
  'sustainability,country,region,themes,target_groups,prevention_levels,actors,evidence_level,' +
  'started_on,ended_on,contributor_name,contact_name,contact_email,contact_consent';

const GOOD_CSV = [
  HEADER,
  'good_practice,fr,Ateliers de dialogue,"Des ateliers, chaque semaine.","Ligne 1\r\nLigne 2",Moins d’incidents,' +
    'Commencer petit,,,,,TN,africa,disengagement;family_involvement,men_in_custody,tertiary,mentor;psychologist,' +
    'descriptive,2024-01-01,2024-12-31,Association Jasmin,Amina,amina@example.org,yes',
  'lesson_learned,ar,ورش الحوار,"ملخص ""مقتبس""",,,,,,,,,arab_states,women,,,,none,,,,,,no',
].join('\r\n');

const BAD_CSV = [
  HEADER,
  'good_practice,fr,,Résumé,,,,,,,,TN,mars,women;telepathy,,,,,2024-02-30,,,,not-an-email,maybe',
  'tip,fr,Titre,Résumé,,,,,,,,,,,,,,,2024-05-01,2024-01-01,,,,',
  'good_practice,fr,Fine,Fine,,,,,,,,,,,,,,,,,,,,',
].join('\n');

describe(`importing entries on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);

  const draftsOf = (tenantId: string) =>
    database().superuser<{ id: string; status: string; proposed_by: string; kind: string }>(
      'select id, status, proposed_by, kind from knowledge_entries where tenant_id = $1 order by id',
      [tenantId],
    );
  const post = (client: Parameters<typeof call>[1], body: object) =>
    call(knowledge.app(), client, 'POST', PATHS.import, body);

  it('checks a good CSV in a dry run (the default) and saves nothing', async () => {
    const { clients, tenant } = knowledge.world();
    const response = await post(clients.editor, { format: 'csv', content: GOOD_CSV });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<ImportReport>()).toEqual({
      dryRun: true,
      rows: 2,
      valid: 2,
      problems: [],
      created: [],
    });
    expect(await draftsOf(tenant.id)).toEqual([]);
  });

  it('saves every row of a good CSV as a draft of the editor, with its version and one audit entry', async () => {
    const { clients, tenant, members } = knowledge.world();
    const response = await post(clients.editor, { format: 'csv', content: GOOD_CSV, dryRun: false });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<ImportReport>();
    expect(report).toMatchObject({ dryRun: false, rows: 2, valid: 2, problems: [] });
    expect(report.created.map((created) => created.row)).toEqual([1, 2]);
    const drafts = await draftsOf(tenant.id);
    expect(drafts.map((draft) => [draft.status, draft.proposed_by])).toEqual([
      ['draft', members.editor.id],
      ['draft', members.editor.id],
    ]);
    const [first] = await database().superuser<Record<string, unknown>>(
      `select e.themes, e.actors, e.contact_consent, e.started_on::text, t.origin, t.title, t.summary, t.approach,
              v.version, v.change
         from knowledge_entries e
         join knowledge_translations t on t.entry_id = e.id
         join knowledge_entry_versions v on v.entry_id = e.id
        where e.id = $1`,
      [report.created[0]?.id],
    );
    expect(first).toEqual({
      themes: ['disengagement', 'family_involvement'],
      actors: ['mentor', 'psychologist'],
      contact_consent: true,
      started_on: '2024-01-01',
      origin: 'original',
      title: 'Ateliers de dialogue',
      summary: 'Des ateliers, chaque semaine.',
      approach: 'Ligne 1\r\nLigne 2',
      version: 1,
      change: 'imported',
    });
    const [second] = await database().superuser<{ summary: string }>(
      'select summary from knowledge_translations where entry_id = $1',
      [report.created[1]?.id],
    );
    expect(second?.summary).toBe('ملخص "مقتبس"');
    const imported = (await auditTrail(database(), tenant.id)).filter(
      (entry) => entry.action === 'knowledge.entries_imported',
    );
    expect(imported).toEqual([
      expect.objectContaining({ actor_user_id: members.editor.id, details: { count: 2, format: 'csv' } }),
    ]);
    // The drafts are nobody else's to see: not in the public home.
    const home = await call(knowledge.app(), undefined, 'GET', PATHS.publicHome);
    expect(home.json<{ total: number }>().total).toBe(0);
  });

  it('reports every problem of a CSV with errors, by row and column, and saves nothing', async () => {
    const { clients, tenant } = knowledge.world();
    const before = await draftsOf(tenant.id);
    const response = await post(clients.editor, { format: 'csv', content: BAD_CSV, dryRun: false });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<ImportReport>();
    expect(report).toMatchObject({ dryRun: false, rows: 3, valid: 1, created: [] });
    const found = report.problems.map((problem) => [problem.row, problem.field, problem.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [1, 'title', 'required'],
        [1, 'region', 'unknown_value'],
        [1, 'themes', 'unknown_value'],
        [1, 'started_on', 'invalid_date'],
        [1, 'contact_email', 'invalid_email'],
        [1, 'contact_consent', 'invalid_type'],
        [2, 'kind', 'unknown_value'],
        [2, 'ended_on', 'invalid_date_range'],
      ]),
    );
    expect(found).toHaveLength(8);
    expect(report.problems.find((problem) => problem.field === 'themes')?.message).toContain('"telepathy"');
    expect(report.problems.find((problem) => problem.field === 'region')?.message).toContain('"mars"');
    expect(await draftsOf(tenant.id)).toEqual(before);
  });

  it('imports JSON entries of the proposal’s shape, and names what is wrong in them', async () => {
    const { clients, tenant } = knowledge.world();
    const good = [
      { kind: 'evaluation', language: 'zh', text: { title: '评估', summary: '摘要' }, themes: ['juveniles'] },
    ];
    const dry = await post(clients.editor, { format: 'json', content: JSON.stringify(good) });
    expect(dry.json<ImportReport>()).toMatchObject({ dryRun: true, rows: 1, valid: 1, problems: [] });
    const bad = [
      ...good,
      { kind: 'evaluation', language: 'zh', text: { title: 'x', summary: 'y' }, colour: 'red' },
      { kind: 'evaluation', language: 'zh', text: { summary: 'y' }, relatedEntryIds: [crypto.randomUUID()] },
      'not an object',
    ];
    const before = await draftsOf(tenant.id);
    const report = (
      await post(clients.editor, { format: 'json', content: JSON.stringify(bad), dryRun: false })
    ).json<ImportReport>();
    expect(report.problems.map((problem) => [problem.row, problem.field, problem.code])).toEqual([
      [2, 'colour', 'unknown_field'],
      [3, 'text/title', 'required'],
      [4, '', 'not_an_object'],
    ]);
    expect(report.created).toEqual([]);
    expect(await draftsOf(tenant.id)).toEqual(before);
    const unknownRelated = [{ ...good[0], relatedEntryIds: ['01900000-0000-7000-8000-000000000000'] }];
    const refused = (
      await post(clients.editor, { format: 'json', content: JSON.stringify(unknownRelated), dryRun: false })
    ).json<ImportReport>();
    expect(refused.problems).toEqual([
      expect.objectContaining({ row: 1, field: 'relatedEntryIds', code: 'unknown_value' }),
    ]);
    const saved = await post(clients.editor, {
      format: 'json',
      content: JSON.stringify(good),
      dryRun: false,
    });
    expect(saved.json<ImportReport>().created).toHaveLength(1);
  });

  it('reports malformed JSON and CSV content without saving', async () => {
    const { clients } = knowledge.world();
    const json = (await post(clients.editor, { format: 'json', content: '[{' })).json<ImportReport>();
    expect(json.problems).toEqual([expect.objectContaining({ code: 'malformed_json' })]);
    const object = (await post(clients.editor, { format: 'json', content: '{}' })).json<ImportReport>();
    expect(object.problems).toEqual([expect.objectContaining({ code: 'not_an_array' })]);
    const csv = (
      await post(clients.editor, { format: 'csv', content: `${HEADER}\n"open` })
    ).json<ImportReport>();
    expect(csv.problems).toEqual([expect.objectContaining({ code: 'malformed_csv' })]);
  });

  it('refuses a body over the limit with 413, and bad requests with field errors', async () => {
    const { clients, tenant } = knowledge.world();
    const before = await draftsOf(tenant.id);
    const huge = await post(clients.editor, {
      format: 'csv',
      content: 'x'.repeat(2 * IMPORT_MAX_BYTES + 10),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'request.body_too_large' });
    const tooLong = await post(clients.editor, { format: 'csv', content: 'x'.repeat(IMPORT_MAX_BYTES + 1) });
    expect(tooLong.statusCode).toBe(400);
    const wrong = await post(clients.editor, { format: 'xlsx', content: 'a', extra: true });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/body/format' }),
        expect.objectContaining({ path: '/body/extra', code: 'unknown_field' }),
      ]),
    );
    expect(await draftsOf(tenant.id)).toEqual(before);
  });

  it('refuses anyone but a knowledge editor: 401 without a session, 403 CSRF, 403 other roles', async () => {
    const { clients, tenant } = knowledge.world();
    const before = await draftsOf(tenant.id);
    const body = { format: 'csv', content: GOOD_CSV, dryRun: false };
    expect((await post(undefined, body)).statusCode).toBe(401);
    const noCsrf = await knowledge.app().inject({
      method: 'POST',
      url: PATHS.import,
      headers: clients.editor.headers({ csrf: false }),
      payload: body,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'auth.csrf' });
    for (const name of ['contributor', 'caseManager', 'analyst'] as const) {
      const response = await post(clients[name], body);
      expect(response.statusCode, name).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await draftsOf(tenant.id)).toEqual(before);
    // Another tenant's editor imports into their own tenant only.
    const other = await post(clients.otherEditor, body);
    expect(other.statusCode).toBe(200);
    expect(await draftsOf(tenant.id)).toEqual(before);
    expect(await draftsOf(knowledge.world().otherTenant.id)).toHaveLength(2);
  });
});

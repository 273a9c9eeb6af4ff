import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS as PATHS } from '../../src/contracts/knowledge.ts';
import { auditTrail } from '../identity/factories.ts';
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
} from './knowledge-world.ts';

// An entry publishes more than its translations: its links' labels and its peer reviews'
// conclusions are in the public page and the open export too. They pass the same personal-data
// check: at publication and restoration with the translations, and, on an entry already published
// (where they are public at once), when they are saved. Without the editor's confirmation a warning
// saves nothing.

const CASE_LABEL = 'Letter from detainee No. 4471-22 to the workshop';
const CASE_CONCLUSION = 'The reviewers met Mr Haddad, prisoner No. 5532-19, who led the sessions.';
const CLEAN_LABEL = 'Evaluation report of the workshops (2024)';
const CLEAN_CONCLUSION =
  'A sound design with measured results over two years; transferable to similar services.';
const link = (label: string) => ({ url: 'https://example.org/report.pdf', label });

describe(`the personal-data check on links and peer reviews on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();

  const published = () =>
    publishThroughApi(app(), world().clients.contributor, world().clients.editor, {
      proposal: { language: 'en', text: textOf('Mentoring by former practitioners') },
    });
  const patchLinks = (entry: Entry, label: string, extra: object = {}) =>
    call(app(), world().clients.editor, 'PATCH', PATHS.entry(entry.id), {
      version: entry.version,
      links: [link(label)],
      ...extra,
    });
  const recordReview = (entry: Entry, conclusion: string, extra: object = {}) =>
    call(app(), world().clients.editor, 'POST', PATHS.peerReviews(entry.id), {
      reviewerName: 'Reviewer of the practice',
      reviewerAffiliation: 'An independent evaluation panel',
      reviewedOn: '2026-10-01',
      conclusion,
      ...extra,
    });
  const reviewsOf = (entryId: string) =>
    database().superuser('select conclusion from knowledge_peer_reviews where entry_id = $1', [entryId]);
  const auditOf = async (action: string, entryId: string) =>
    (await auditTrail(database(), world().tenant.id)).filter(
      (row) => row.action === action && row.subject_id === entryId,
    );

  it('answers 409 to new case data in a published entry’s link labels, and saves nothing', async () => {
    const entry = await published();
    const before = await storedEntry(database(), entry.id);
    for (const extra of [{}, { acknowledgeWarnings: false }]) {
      const warned = await patchLinks(entry, CASE_LABEL, extra);
      expect(warned.statusCode).toBe(409);
      expect(warned.json()).toMatchObject({
        code: 'knowledge.personal_data_warning',
        errors: [{ path: '/links', code: 'identity_number', message: expect.stringContaining('4471-22') }],
      });
    }
    expect(await storedEntry(database(), entry.id)).toEqual(before);
    expect(await auditOf('knowledge.entry_updated', entry.id)).toEqual([]);
  });

  it('saves the links once the editor confirms, auditing the count but not the words', async () => {
    const entry = await published();
    const saved = await patchLinks(entry, CASE_LABEL, { acknowledgeWarnings: true });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json<Entry>();
    expect(after.links).toEqual([link(CASE_LABEL)]);
    // The editor keeps seeing what was confirmed, in the entry's original language.
    expect(after.warnings).toContainEqual(
      expect.objectContaining({ field: 'links', language: 'en', kind: 'identity_number' }),
    );
    const [audit] = await auditOf('knowledge.entry_updated', entry.id);
    expect(audit?.details).toMatchObject({ fields: 'links', warningsAcknowledged: 1 });
    expect(JSON.stringify(audit?.details)).not.toContain('4471');

    // The form sends every link with each change: a label confirmed once is not asked about again.
    const again = await call(app(), world().clients.editor, 'PATCH', PATHS.entry(entry.id), {
      version: after.version,
      links: [link(CASE_LABEL), link(CLEAN_LABEL)],
      country: 'TN',
    });
    expect(again.statusCode, again.body).toBe(200);
    const [, second] = await auditOf('knowledge.entry_updated', entry.id);
    expect(second?.details).toMatchObject({ fields: 'country,links', warningsAcknowledged: 0 });
  });

  it('asks nothing for clean labels, for other fields, or on a draft (checked at publication)', async () => {
    const entry = await published();
    const clean = await patchLinks(entry, CLEAN_LABEL);
    expect(clean.statusCode, clean.body).toBe(200);
    const country = await call(app(), world().clients.editor, 'PATCH', PATHS.entry(entry.id), {
      version: clean.json<Entry>().version,
      country: 'MA',
    });
    expect(country.statusCode, country.body).toBe(200);

    const draft = await proposeEntry(app(), world().clients.contributor, { language: 'fr' });
    const onDraft = await call(app(), world().clients.contributor, 'PATCH', PATHS.entry(draft.id), {
      version: draft.version,
      links: [link(CASE_LABEL)],
    });
    expect(onDraft.statusCode, onDraft.body).toBe(200);
    expect(onDraft.json<Entry>().warnings).toContainEqual(
      expect.objectContaining({ field: 'links', language: 'fr' }),
    );
    const { contributor, editor } = world().clients;
    const publish = await submitThenPublish(app(), contributor, editor, onDraft.json<Entry>());
    expect(publish.statusCode).toBe(409);
    expect(publish.json().errors).toContainEqual(
      expect.objectContaining({ path: '/links', code: 'identity_number' }),
    );
  });

  it('refuses a change that names no field but the confirmation', async () => {
    const entry = await published();
    const before = await storedEntry(database(), entry.id);
    const empty = await call(app(), world().clients.editor, 'PATCH', PATHS.entry(entry.id), {
      version: entry.version,
      acknowledgeWarnings: true,
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ path: '/body', code: 'nothing_to_change' }),
    ]);
    expect(await storedEntry(database(), entry.id)).toEqual(before);
  });

  it('checks a peer review recorded on a published entry, and records it once confirmed', async () => {
    const entry = await published();
    const warned = await recordReview(entry, CASE_CONCLUSION);
    expect(warned.statusCode).toBe(409);
    const errors = warned.json<{ errors: { path: string; code: string }[] }>().errors;
    expect(errors.map((error) => error.path)).toEqual(errors.map(() => '/peerReviews'));
    expect(errors.map((error) => error.code)).toEqual(
      expect.arrayContaining(['person_name', 'identity_number']),
    );
    expect(await reviewsOf(entry.id)).toEqual([]);

    const confirmed = await recordReview(entry, CASE_CONCLUSION, { acknowledgeWarnings: true });
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(await reviewsOf(entry.id)).toEqual([{ conclusion: CASE_CONCLUSION }]);
    const [audit] = await auditOf('knowledge.peer_review_recorded', entry.id);
    expect(audit?.details.warningsAcknowledged).toBe(errors.length);
    expect(JSON.stringify(audit?.details)).not.toContain('Haddad');

    const clean = await recordReview(entry, CLEAN_CONCLUSION);
    expect(clean.statusCode, clean.body).toBe(201);
  });

  it('records a peer review on an entry in review without asking, and checks it at publication', async () => {
    const draft = await proposeEntry(app(), world().clients.contributor, { language: 'es' });
    const submitted = await call(app(), world().clients.contributor, 'POST', PATHS.submit(draft.id), {
      version: draft.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const inReview = submitted.json<Entry>();
    const recorded = await recordReview(inReview, CASE_CONCLUSION);
    expect(recorded.statusCode, recorded.body).toBe(201);

    const publish = (extra: object) =>
      call(app(), world().clients.editor, 'POST', PATHS.publication(draft.id), {
        version: inReview.version,
        level: 'peer_reviewed',
        visibility: 'public',
        ...extra,
      });
    const warned = await publish({});
    expect(warned.statusCode).toBe(409);
    expect(warned.json().errors).toContainEqual(
      expect.objectContaining({ path: '/peerReviews', code: 'identity_number' }),
    );
    expect((await storedEntry(database(), draft.id))?.status).toBe('in_review');
    const done = await publish({ acknowledgeWarnings: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Entry>().status).toBe('peer_reviewed');
  });

  it('refuses other tenants and the proposer as before, warnings or not', async () => {
    const entry = await published();
    const hidden = await call(app(), world().clients.otherEditor, 'PATCH', PATHS.entry(entry.id), {
      version: entry.version,
      links: [link(CASE_LABEL)],
      acknowledgeWarnings: true,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('4471');
    const proposer = await call(app(), world().clients.contributor, 'POST', PATHS.peerReviews(entry.id), {
      reviewerName: 'Someone',
      reviewerAffiliation: 'Somewhere',
      reviewedOn: '2026-10-01',
      conclusion: CASE_CONCLUSION,
      acknowledgeWarnings: true,
    });
    expect(proposer.statusCode).toBe(403);
    expect(await reviewsOf(entry.id)).toEqual([]);
  });
});

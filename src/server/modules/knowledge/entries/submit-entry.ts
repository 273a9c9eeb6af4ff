import type { Entry, SubmitEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { presentAfterWrite } from './entry-view.ts';
import { type FieldError, incomplete, required } from './errors.ts';
import { type EntryRow, findTranslations, insertReviewEvent, type TranslationRow } from './repository.ts';

type TextField = 'title' | 'summary' | 'approach' | 'results';

/** What a step needs and the entry lacks: the original text's fields, and at least one theme. */
export async function missingFields(
  tx: Tx,
  entry: EntryRow,
  fields: readonly TextField[],
): Promise<FieldError[]> {
  const translations: TranslationRow[] = await findTranslations(tx, [entry.id]);
  const original = translations.find((row) => row.language === entry.originalLanguage);
  const errors = fields
    .filter((field) => (original?.[field] ?? '').trim() === '')
    .map((field) => required(`/translations/${entry.originalLanguage}/${field}`));
  if (entry.themes.length === 0) errors.push(required('/themes'));
  return errors;
}

/**
 * The proposer sends their entry to the editors: from draft or changes requested to in review.
 * It needs a title, a summary and at least one theme (422 `knowledge.incomplete`, nothing saved).
 */
export async function submitEntry(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: SubmitEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'submit');
  expectVersion(entry, request.version);
  const missing = await missingFields(tx, entry, ['title', 'summary']);
  if (missing.length > 0) throw incomplete(missing);
  const updated = await saveChange(tx, access, entry, { status: 'in_review' }, 'submitted');
  await insertReviewEvent(tx, entry, 'submitted', request.note ?? '', access.actor.userId);
  access.audit({
    action: 'knowledge.entry_submitted',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

import type { Entry, SaveTranslationRequest } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { presentAfterWrite } from './entry-view.ts';
import { invalidField } from './errors.ts';
import { translationValues } from './propose-entry.ts';
import { markTranslationReviewed, upsertTranslation } from './repository.ts';

/**
 * Adds or replaces the text in one language: the proposer while the entry is theirs to change, an
 * editor at any time. The original language's text stays `original`, and no other may claim to be.
 * The text's review is cleared: changed text is reviewed again.
 */
export async function saveTranslation(
  tx: Tx,
  access: AccessContext,
  id: string,
  language: KnowledgeLanguage,
  request: SaveTranslationRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'translate');
  expectVersion(entry, request.version);
  const isOriginal = language === entry.originalLanguage;
  if (isOriginal !== (request.origin === 'original')) {
    throw invalidField(
      'origin',
      isOriginal ? 'original_required' : 'not_original',
      isOriginal
        ? `the text in ${language}, the entry's original language, is its original`
        : `only the text in ${entry.originalLanguage}, the entry's original language, is its original`,
    );
  }
  await upsertTranslation(
    tx,
    translationValues(entry, language, request.origin, request.text, access.actor.userId),
  );
  const updated = await saveChange(tx, access, entry, {}, 'translated');
  access.audit({
    action: 'knowledge.translation_saved',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { language, origin: request.origin, version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

/** An editor marks one language's text as reviewed (404 for a language the entry has no text in). */
export async function reviewTranslation(
  tx: Tx,
  access: AccessContext,
  id: string,
  language: KnowledgeLanguage,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'review_translation');
  if (!(await markTranslationReviewed(tx, entry.id, language, access.actor.userId))) throw notFound();
  // A review changes no text: the entry's `updated_at` (what staleness counts from) stays.
  const updated = await saveChange(tx, access, entry, {}, 'translation_reviewed', { touch: false });
  access.audit({
    action: 'knowledge.translation_reviewed',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { language, version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

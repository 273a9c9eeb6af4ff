import type {
  Entry,
  ReviewTranslationRequest,
  SaveTranslationRequest,
} from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkPersonalData } from '../personal-data/check.ts';
import { isPublished } from '../policy.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { presentAfterWrite } from './entry-view.ts';
import { expectWarningsConfirmed, invalidField } from './errors.ts';
import { translationValues } from './propose-entry.ts';
import { markTranslationReviewed, upsertTranslation } from './repository.ts';

/**
 * Adds or replaces the text in one language: the proposer while the entry is theirs to change, an
 * editor at any time. The original language's text stays `original`, and no other may claim to be.
 * The text's review is cleared: changed text is reviewed again. Text saved to a published entry is
 * public at once, so the personal-data check runs on it as on a publication: when it warns, the
 * editor's confirmation (`acknowledgeWarnings`) is needed (409 with the warnings, nothing saved).
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
  // Drafts and entries in review are checked when they are published; this text only is new here.
  const checked = isPublished(entry.status);
  const warnings = checked ? checkPersonalData([{ language, ...request.text }]) : [];
  expectWarningsConfirmed(warnings, request.acknowledgeWarnings);
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
    details: {
      language,
      origin: request.origin,
      ...(checked ? { warningsAcknowledged: warnings.length } : {}),
      version: updated.version,
    },
  });
  return presentAfterWrite(tx, access, updated);
}

/**
 * An editor marks one language's text as reviewed (404 for a language the entry has no text in), on
 * the version they read: a text changed since is not the text they reviewed (409).
 */
export async function reviewTranslation(
  tx: Tx,
  access: AccessContext,
  id: string,
  language: KnowledgeLanguage,
  request: ReviewTranslationRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'review_translation');
  expectVersion(entry, request.version);
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

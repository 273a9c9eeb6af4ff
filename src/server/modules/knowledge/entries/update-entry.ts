import type { Entry, Link, TranslationText, UpdateEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryText, checkPersonalData } from '../personal-data/check.ts';
import { authorizeEntry, isPublished } from '../policy.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { checkEntryFields } from './entry-fields.ts';
import { presentAfterWrite } from './entry-view.ts';
import { expectWarningsConfirmed, nothingToChange } from './errors.ts';
import { translationValues } from './propose-entry.ts';
import { type EntryChange, type EntryRow, upsertTranslation } from './repository.ts';

/**
 * Changes an entry's language-independent fields and, with `text`, its text in the original language:
 * its proposer while it is theirs to change, an editor of its tenant at any time (`featured` is the
 * editors' alone: 403 for anyone else). All of it is one new version, or nothing is saved. A change
 * to a published entry clears its staleness; its text and new links' labels are public at once, so
 * they are checked for personal data as at publication, and when the check warns nothing is saved
 * without the editor's confirmation (409). Audited with the names of the fields changed, never their
 * values.
 */
export async function updateEntryFields(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: UpdateEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'update');
  if (request.featured !== undefined) authorizeEntry(access, 'feature', entry);
  if (request.text !== undefined) authorizeEntry(access, 'translate', entry);
  expectVersion(entry, request.version);
  const { version: _version, acknowledgeWarnings, text, ...fields } = request;
  if (Object.keys(fields).length === 0 && text === undefined) throw nothingToChange();
  await checkEntryFields(tx, access.actor, entry.tenantId, fields, entry);

  const checked = isPublished(entry.status) && (text !== undefined || fields.links !== undefined);
  const warnings = checked ? publishedWordsWarnings(entry, text, fields.links) : [];
  expectWarningsConfirmed(warnings, acknowledgeWarnings);

  if (text !== undefined) {
    await upsertTranslation(
      tx,
      translationValues(entry, entry.originalLanguage, 'original', text, access.actor.userId),
    );
  }
  const set: EntryChange = { ...fields };
  if (isPublished(entry.status)) set.staleSince = null;
  const updated = await saveChange(tx, access, entry, set, 'updated');
  const changed = [...Object.keys(fields), ...(text !== undefined ? ['text'] : [])];
  access.audit({
    action: 'knowledge.entry_updated',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: {
      fields: changed.sort().join(','),
      ...(checked ? { warningsAcknowledged: warnings.length } : {}),
      version: updated.version,
    },
  });
  return presentAfterWrite(tx, access, updated);
}

/**
 * What the personal-data check finds in the words a change publishes at once: the text in the
 * original language, and links' labels the entry does not publish already (those were checked, and
 * if need be confirmed, when they were saved; a form sends every link with each change).
 */
function publishedWordsWarnings(
  entry: EntryRow,
  text: TranslationText | undefined,
  links: Link[] | undefined,
) {
  const publishedLabels = new Set(entry.links.map((saved) => saved.label));
  const newLinks = (links ?? []).filter((link) => !publishedLabels.has(link.label));
  return [
    ...checkPersonalData(text ? [{ language: entry.originalLanguage, ...text }] : []),
    ...checkEntryText({ originalLanguage: entry.originalLanguage, links: newLinks }),
  ];
}

import type { Entry, UpdateEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryText } from '../personal-data/check.ts';
import { authorizeEntry, isPublished } from '../policy.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { checkEntryFields } from './entry-fields.ts';
import { presentAfterWrite } from './entry-view.ts';
import { nothingToChange, personalDataWarning } from './errors.ts';
import type { EntryChange } from './repository.ts';

/**
 * Changes an entry's language-independent fields: its proposer while it is theirs to change, an
 * editor of its tenant at any time (`featured` is the editors' alone: 403 for anyone else). A change
 * to a published entry clears its staleness, and new links' labels on it are public at once, so
 * they are checked for personal data as at publication: when the check warns, nothing is saved
 * without the editor's confirmation (409). Audited with the names of the fields changed, never
 * their values.
 */
export async function updateEntryFields(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: UpdateEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'update');
  if (request.featured !== undefined) authorizeEntry(access, 'feature', entry);
  expectVersion(entry, request.version);
  const { version: _version, acknowledgeWarnings, ...fields } = request;
  if (Object.keys(fields).length === 0) throw nothingToChange();
  await checkEntryFields(tx, access.actor, entry.tenantId, fields, entry);
  // Only labels the entry does not already publish: those were checked (and, if need be, confirmed)
  // when they were saved, and a form sends every link with each change.
  const publishedLabels = new Set(entry.links.map((saved) => saved.label));
  const newLinks = (fields.links ?? []).filter((link) => !publishedLabels.has(link.label));
  const checked = isPublished(entry.status) && newLinks.length > 0;
  const warnings = checked
    ? checkEntryText({ originalLanguage: entry.originalLanguage, links: newLinks })
    : [];
  if (warnings.length > 0 && acknowledgeWarnings !== true) throw personalDataWarning(warnings);
  const set: EntryChange = { ...fields };
  if (isPublished(entry.status)) set.staleSince = null;
  const updated = await saveChange(tx, access, entry, set, 'updated');
  access.audit({
    action: 'knowledge.entry_updated',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: {
      fields: Object.keys(fields).sort().join(','),
      ...(checked ? { warningsAcknowledged: warnings.length } : {}),
      version: updated.version,
    },
  });
  return presentAfterWrite(tx, access, updated);
}

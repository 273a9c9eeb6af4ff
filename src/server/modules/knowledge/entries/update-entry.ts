import type { Entry, UpdateEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorizeEntry, isPublished } from '../policy.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { checkEntryFields } from './entry-fields.ts';
import { presentAfterWrite } from './entry-view.ts';
import type { EntryChange } from './repository.ts';

/**
 * Changes an entry's language-independent fields: its proposer while it is theirs to change, an
 * editor of its tenant at any time (`featured` is the editors' alone: 403 for anyone else). A change
 * to a published entry clears its staleness. Audited with the names of the fields changed, never
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
  const { version: _version, ...fields } = request;
  await checkEntryFields(tx, access.actor, entry.tenantId, fields, entry);
  const set: EntryChange = { ...fields };
  if (isPublished(entry.status)) set.staleSince = null;
  const updated = await saveChange(tx, access, entry, set, 'updated');
  access.audit({
    action: 'knowledge.entry_updated',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { fields: Object.keys(fields).sort().join(','), version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

import type { EntryAction } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorizeEntry, isPublished } from '../policy.ts';
import { reindexEntry } from '../search/index-entry.ts';
import { versionConflict } from './errors.ts';
import { type EntryChange, type EntryRow, findEntry, insertVersion, updateEntry } from './repository.ts';

// The two steps every write to an entry shares: load it (locked) and ask the policy, then save the
// change as one new version with its version row, and rebuild its search rows when a reader of the
// search could notice it.

/** The entry, locked for this transaction, if the actor may take `action` on it (404/403 otherwise). */
export async function entryFor(tx: Tx, access: AccessContext, id: string, action: EntryAction) {
  const entry = await findEntry(tx, id, { lock: true });
  if (!entry) throw notFound();
  const actions = authorizeEntry(access, action, entry);
  return { entry, actions };
}

/** Throws 409 `knowledge.version_conflict` unless the change was made on the entry's current version. */
export function expectVersion(entry: EntryRow, version: number) {
  if (entry.version !== version) throw versionConflict(entry.version);
}

/**
 * Saves `set` as the entry's next version (version + 1, `updated_at` now unless `touch` is false),
 * adds its version row (`change`), and reindexes the entry if it is or was published. The caller
 * has checked the version (`expectVersion`) on the locked row.
 */
export async function saveChange(
  tx: Tx,
  access: AccessContext,
  entry: EntryRow,
  set: EntryChange,
  change: string,
  options: { touch?: boolean } = {},
): Promise<EntryRow> {
  const updated = await updateEntry(tx, entry.id, entry.version, set, options);
  if (!updated) throw versionConflict(entry.version + 1);
  await insertVersion(tx, updated, change, access.actor.userId);
  if (isPublished(entry.status) || isPublished(updated.status)) await reindexEntry(tx, updated.id);
  return updated;
}

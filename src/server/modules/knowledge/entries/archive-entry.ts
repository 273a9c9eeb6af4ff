import type { ArchiveEntryRequest, Entry, RestoreEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryPersonalData } from '../personal-data/check.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { presentAfterWrite } from './entry-view.ts';
import { expectWarningsConfirmed } from './errors.ts';
import { findPeerReviews, findTranslations, insertReviewEvent, lastPublishedLevel } from './repository.ts';

/**
 * An editor archives a published entry: it keeps its address (marked archived) and leaves the
 * search. Restoring puts it back at the level it was last published at (read from its versions),
 * after the personal-data check, as a publication.
 */
export async function archiveEntry(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: ArchiveEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'archive');
  expectVersion(entry, request.version);
  const updated = await saveChange(
    tx,
    access,
    entry,
    { status: 'archived', archivedAt: new Date() },
    'archived',
  );
  await insertReviewEvent(tx, entry, 'archived', request.reason ?? '', access.actor.userId);
  access.audit({
    action: 'knowledge.entry_archived',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

export async function restoreEntry(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: RestoreEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'restore');
  expectVersion(entry, request.version);
  // Archived text is not checked when it is saved (it is not public then): restoring publishes it.
  const [texts, peerReviews] = await Promise.all([
    findTranslations(tx, [entry.id]),
    findPeerReviews(tx, entry.id),
  ]);
  const warnings = checkEntryPersonalData({ ...entry, peerReviews }, texts);
  expectWarningsConfirmed(warnings, request.acknowledgeWarnings);
  const level = await lastPublishedLevel(tx, entry.id);
  const updated = await saveChange(
    tx,
    access,
    entry,
    { status: level, archivedAt: null, staleSince: null },
    'restored',
  );
  await insertReviewEvent(tx, entry, 'restored', '', access.actor.userId);
  access.audit({
    action: 'knowledge.entry_restored',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { level, warningsAcknowledged: warnings.length, version: updated.version },
  });
  return presentAfterWrite(tx, access, updated);
}

import type { EntryVersionList } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorizeEntry } from '../policy.ts';
import { findDisplayNames, findEntry, findVersions } from './repository.ts';

/** An entry's version history, newest first, each with the whole entry as it was saved: for its proposer and the editors. */
export async function listVersions(tx: Tx, access: AccessContext, id: string): Promise<EntryVersionList> {
  const entry = await findEntry(tx, id);
  if (!entry) throw notFound();
  authorizeEntry(access, 'read_history', entry);
  const rows = await findVersions(tx, entry.id);
  const names = await findDisplayNames(
    tx,
    entry.tenantId,
    rows.flatMap((row) => (row.changedBy ? [row.changedBy] : [])),
  );
  return {
    versions: rows.map((row) => ({
      version: row.version,
      change: row.change,
      changedBy: row.changedBy ? { id: row.changedBy, displayName: names.get(row.changedBy) ?? '' } : null,
      changedAt: row.changedAt.toISOString(),
      snapshot: row.snapshot,
    })),
  };
}

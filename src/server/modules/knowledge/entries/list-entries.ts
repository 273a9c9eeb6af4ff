import { and, asc, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { EntryList, EntryListQuery, EntrySummary } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { libraryActionsOf } from '../policy.ts';
import { knowledgeEntries } from '../schema.ts';
import { presentEntrySummary } from './presenter.ts';
import { type EntryRow, findTranslations } from './repository.ts';

async function summaries(tx: Tx, rows: EntryRow[], query: EntryListQuery): Promise<EntrySummary[]> {
  const translations = await findTranslations(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentEntrySummary(row, translations, query.language));
}

/** The caller's own entries, every status, most recently changed first. */
export async function listMyEntries(
  tx: Tx,
  access: AccessContext,
  query: EntryListQuery,
): Promise<EntryList> {
  const { actor } = access;
  const rows = await tx
    .select()
    .from(knowledgeEntries)
    .where(and(eq(knowledgeEntries.tenantId, actor.tenantId), eq(knowledgeEntries.proposedBy, actor.userId)))
    .orderBy(desc(knowledgeEntries.updatedAt), desc(knowledgeEntries.id))
    .limit(query.limit ?? 50);
  return { entries: await summaries(tx, rows, query), actions: libraryActionsOf(actor) };
}

/**
 * What waits for the tenant's editors (the route lets only editors in): entries in review or sent
 * back, and published entries found stale, longest waiting first, each with since when.
 */
export async function listReviewQueue(
  tx: Tx,
  access: AccessContext,
  query: EntryListQuery,
): Promise<EntryList> {
  const { actor } = access;
  const rows = await tx
    .select()
    .from(knowledgeEntries)
    .where(
      and(
        eq(knowledgeEntries.tenantId, actor.tenantId),
        or(
          inArray(knowledgeEntries.status, ['in_review', 'changes_requested']),
          and(
            inArray(knowledgeEntries.status, ['inspiring', 'peer_reviewed']),
            isNotNull(knowledgeEntries.staleSince),
          ),
        ),
      ),
    )
    .orderBy(asc(knowledgeEntries.updatedAt), asc(knowledgeEntries.id))
    .limit(query.limit ?? 50);
  const entries = await summaries(tx, rows, query);
  const waiting = (row: EntryRow) => (row.staleSince ?? row.updatedAt).toISOString();
  return {
    entries: entries
      .map((summary, index) => ({ ...summary, waitingSince: waiting(rows[index] as EntryRow) }))
      .sort((a, b) => a.waitingSince.localeCompare(b.waitingSince)),
    actions: libraryActionsOf(actor),
  };
}

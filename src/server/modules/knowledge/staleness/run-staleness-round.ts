import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config/config.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { insertReviewEvent, insertVersion } from '../entries/repository.ts';
import { knowledgeEntries } from '../schema.ts';
import { reindexEntry } from '../search/index-entry.ts';
import { forgetSearchesBefore } from '../search/search-log.ts';

// The staleness round: a published entry not updated for `staleAfterDays` is flagged stale (the
// editors' review queue shows it); one still stale `archiveAfterDays` later is archived (its address
// stays, it leaves the search). Each flag and archive is a new version with its version row and a
// review event, by no one (the system). Safe with several processes at once: each entry is taken
// with SKIP LOCKED and changed only if it is still in the state that chose it, so two rounds never
// flag or archive it twice. The round also forgets searches older than the search log keeps them.

export interface StalenessReport {
  tenants: number;
  flagged: number;
  archived: number;
  /** Searches older than the search log keeps them, removed (search-log.ts). */
  searchesForgotten: number;
  failures: { tenantId: string; error: unknown }[];
}

const DAY_MS = 86_400_000;

export async function runStalenessRound(
  db: Database,
  config: Pick<Config, 'knowledge'>,
  now: Date,
): Promise<StalenessReport> {
  const staleBefore = new Date(now.getTime() - config.knowledge.staleAfterDays * DAY_MS);
  const archiveBefore = new Date(now.getTime() - config.knowledge.archiveAfterDays * DAY_MS);
  const all = await db.withoutTenant((tx) =>
    tx.select({ id: tenants.id }).from(tenants).orderBy(asc(tenants.id)),
  );
  const report: StalenessReport = {
    tenants: all.length,
    flagged: 0,
    archived: 0,
    searchesForgotten: 0,
    failures: [],
  };
  for (const { id: tenantId } of all) {
    try {
      const counts = await db.withTenant(tenantId, (tx) =>
        staleRound(tx, tenantId, now, staleBefore, archiveBefore),
      );
      report.flagged += counts.flagged;
      report.archived += counts.archived;
    } catch (error) {
      report.failures.push({ tenantId, error });
    }
  }
  const forgetBefore = new Date(now.getTime() - config.knowledge.searchLogDays * DAY_MS);
  report.searchesForgotten = await forgetSearchesBefore(
    db,
    all.map((tenant) => tenant.id),
    forgetBefore,
  );
  return report;
}

async function staleRound(tx: Tx, tenantId: string, now: Date, staleBefore: Date, archiveBefore: Date) {
  const published = and(
    eq(knowledgeEntries.tenantId, tenantId),
    inArray(knowledgeEntries.status, ['inspiring', 'peer_reviewed']),
  );
  const toArchive = await tx
    .select({ id: knowledgeEntries.id })
    .from(knowledgeEntries)
    .where(
      and(published, isNotNull(knowledgeEntries.staleSince), lt(knowledgeEntries.staleSince, archiveBefore)),
    )
    .for('update', { skipLocked: true });
  for (const { id } of toArchive) {
    const [entry] = await tx
      .update(knowledgeEntries)
      .set({ status: 'archived', archivedAt: now, version: sql`${knowledgeEntries.version} + 1` })
      .where(eq(knowledgeEntries.id, id))
      .returning();
    if (!entry) continue;
    await insertVersion(tx, entry, 'archived', null);
    await insertReviewEvent(tx, entry, 'archived', '', null);
    await reindexEntry(tx, id);
  }
  const toFlag = await tx
    .select({ id: knowledgeEntries.id })
    .from(knowledgeEntries)
    .where(and(published, isNull(knowledgeEntries.staleSince), lt(knowledgeEntries.updatedAt, staleBefore)))
    .for('update', { skipLocked: true });
  for (const { id } of toFlag) {
    // `updated_at` stays: staleness is about the content's age, which flagging does not change.
    const [entry] = await tx
      .update(knowledgeEntries)
      .set({ staleSince: now, version: sql`${knowledgeEntries.version} + 1` })
      .where(eq(knowledgeEntries.id, id))
      .returning();
    if (!entry) continue;
    await insertVersion(tx, entry, 'flagged_stale', null);
    await insertReviewEvent(tx, entry, 'flagged_stale', '', null);
  }
  return { flagged: toFlag.length, archived: toArchive.length };
}

import { desc, eq, sql } from 'drizzle-orm';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Database } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { knowledgeEntries as entries } from '../schema.ts';
import type { FeedItem } from './atom-feed.ts';
import { summariesOf } from './entry-summaries.ts';
import { ANYONE, visibleTo } from './library-reader.ts';

export const FEED_SIZE = 50;

/** When an entry last changed for a reader of the feed: its publication or its latest update. */
const lastChange = sql`greatest(${entries.publishedAt}, ${entries.updatedAt})`;

/**
 * The public entries most recently published or updated, for the feed: read without a tenant, as
 * the application role under row-level security, in a read-only transaction.
 */
export async function readFeed(db: Database, language: KnowledgeLanguage | undefined): Promise<FeedItem[]> {
  return db.withoutTenant(async (tx) => {
    await tx.execute(sql`set transaction read only`);
    const rows = await tx
      .select({ entry: entries, publisher: tenants.name })
      .from(entries)
      .innerJoin(tenants, eq(tenants.id, entries.tenantId))
      .where(visibleTo(ANYONE))
      .orderBy(desc(lastChange), desc(entries.id))
      .limit(FEED_SIZE);
    const summaries = await summariesOf(
      tx,
      rows.map((row) => row.entry),
      language,
    );
    const publisherOf = new Map(rows.map((row) => [row.entry.id, row.publisher]));
    return summaries.map((summary) => ({
      id: summary.id,
      language: summary.language,
      title: summary.title,
      summary: summary.summary,
      publisher: publisherOf.get(summary.id) ?? '',
      themes: summary.themes,
      publishedAt: new Date(summary.publishedAt ?? summary.updatedAt),
      updatedAt: new Date(
        Math.max(Date.parse(summary.updatedAt), Date.parse(summary.publishedAt ?? summary.updatedAt)),
      ),
    }));
  });
}

import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { LibraryHome } from '../../../../contracts/knowledge-public.ts';
import type { KnowledgeLanguage, Theme } from '../../../../contracts/knowledge-taxonomy.ts';
import { THEMES } from '../../../../contracts/knowledge-taxonomy.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { knowledgeEntries as entries } from '../schema.ts';
import { summariesOf } from './entry-summaries.ts';
import { type LibraryReader, visibleTo } from './library-reader.ts';

const RECENT = 10;
const FEATURED = 6;

/**
 * The library's home for one reader: the newest published entries, the editors' featured ones,
 * how many there are by theme, and in all. Only what the reader may see is counted, so that the
 * counts tell nothing of restricted entries meant for others.
 */
export async function readLibraryHome(
  tx: Tx,
  reader: LibraryReader,
  language: KnowledgeLanguage | undefined,
): Promise<LibraryHome> {
  const visible = visibleTo(reader);
  const newest = [desc(entries.publishedAt), desc(entries.id)];
  const recent = await tx
    .select()
    .from(entries)
    .where(visible)
    .orderBy(...newest)
    .limit(RECENT);
  const featured = await tx
    .select()
    .from(entries)
    .where(and(visible, eq(entries.featured, true)))
    .orderBy(...newest)
    .limit(FEATURED);
  const [total] = await tx.select({ total: count() }).from(entries).where(visible);
  const byTheme = await queryRows<{ theme: Theme; count: number }>(
    tx,
    sql`select theme, count(*)::int as count
          from ${entries}, unnest(${entries.themes}) as theme
         where ${visible}
         group by theme`,
  );
  const counts = new Map(byTheme.map((row) => [row.theme, Number(row.count)]));
  return {
    recent: await summariesOf(tx, recent, language),
    featured: await summariesOf(tx, featured, language),
    themes: THEMES.filter((theme) => counts.has(theme)).map((theme) => ({
      theme,
      count: counts.get(theme) ?? 0,
    })),
    total: Number(total?.total ?? 0),
  };
}

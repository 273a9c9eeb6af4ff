import { Readable } from 'node:stream';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { ExportedEntry } from '../../../../contracts/knowledge-public.ts';
import { KNOWLEDGE_LANGUAGES } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import {
  knowledgeEntries as entries,
  knowledgePeerReviews as peerReviews,
  knowledgeTranslations as translations,
} from '../schema.ts';
import { ANYONE, visibleTo } from './library-reader.ts';
import type { PublicAddresses } from './public-addresses.ts';

/** Entries read per transaction: enough to keep round trips few, small enough to keep memory flat. */
export const EXPORT_CHUNK = 200;

export const EXPORT_LICENCE =
  'The published public entries of a Pathways knowledge library, shared openly: reuse them with ' +
  'credit to their publisher. Entries with "demonstration": true (notice "demonstration content") ' +
  'were written to demonstrate Pathways and describe no real practice.';

type ExportRow = { entry: typeof entries.$inferSelect; publisher: string };

/** One chunk of the public collection after `afterId`, in id order, each entry whole. */
async function readChunk(
  tx: Tx,
  afterId: string | null,
  addresses: PublicAddresses,
): Promise<ExportedEntry[]> {
  const rows: ExportRow[] = await tx
    .select({ entry: entries, publisher: tenants.name })
    .from(entries)
    .innerJoin(tenants, eq(tenants.id, entries.tenantId))
    .where(afterId === null ? visibleTo(ANYONE) : and(visibleTo(ANYONE), gt(entries.id, afterId)))
    .orderBy(asc(entries.id))
    .limit(EXPORT_CHUNK);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.entry.id);
  const texts = await tx.select().from(translations).where(inArray(translations.entryId, ids));
  const reviews = await tx
    .select()
    .from(peerReviews)
    .where(inArray(peerReviews.entryId, ids))
    .orderBy(asc(peerReviews.recordedAt), asc(peerReviews.id));
  // Related entries are named only when they are public too: an id is not to tell of a restricted one.
  const relatedIds = [...new Set(rows.flatMap((row) => row.entry.relatedEntryIds))];
  const publicRelated = new Set(
    relatedIds.length === 0
      ? []
      : (
          await tx
            .select({ id: entries.id })
            .from(entries)
            .where(and(visibleTo(ANYONE), inArray(entries.id, relatedIds)))
        ).map((row) => row.id),
  );
  return rows.map(({ entry, publisher }) => {
    const own = texts
      .filter((text) => text.entryId === entry.id)
      .sort((a, b) => {
        if (a.language === entry.originalLanguage) return -1;
        if (b.language === entry.originalLanguage) return 1;
        return KNOWLEDGE_LANGUAGES.indexOf(a.language) - KNOWLEDGE_LANGUAGES.indexOf(b.language);
      });
    return {
      id: entry.id,
      address: addresses.entryPage(entry.id),
      kind: entry.kind,
      status: entry.status as ExportedEntry['status'],
      originalLanguage: entry.originalLanguage,
      country: entry.country,
      region: entry.region,
      facilityTypes: entry.facilityTypes,
      themes: entry.themes,
      targetGroups: entry.targetGroups,
      preventionLevels: entry.preventionLevels,
      actors: entry.actors,
      evidenceLevel: entry.evidenceLevel,
      startedOn: entry.startedOn,
      endedOn: entry.endedOn,
      publisher,
      contributorName: entry.contributorName,
      contact: entry.contactConsent ? { name: entry.contactName, email: entry.contactEmail } : null,
      links: entry.links.map((link) => ({ url: link.url, label: link.label })),
      relatedEntryIds: entry.relatedEntryIds.filter((id) => publicRelated.has(id)),
      peerReviews: reviews
        .filter((review) => review.entryId === entry.id)
        .map((review) => ({
          reviewerName: review.reviewerName,
          reviewerAffiliation: review.reviewerAffiliation,
          reviewedOn: review.reviewedOn,
          conclusion: review.conclusion,
        })),
      demonstration: entry.demonstration,
      ...(entry.demonstration ? { notice: 'demonstration content' as const } : {}),
      publishedAt: entry.publishedAt?.toISOString() ?? null,
      updatedAt: entry.updatedAt.toISOString(),
      translations: own.map((text) => ({
        language: text.language,
        origin: text.origin,
        title: text.title,
        summary: text.summary,
        legalFramework: text.legalFramework,
        approach: text.approach,
        resources: text.resources,
        results: text.results,
        measurement: text.measurement,
        lessons: text.lessons,
        sustainability: text.sustainability,
        updatedAt: text.updatedAt.toISOString(),
        reviewed: text.reviewedAt !== null,
      })),
    };
  });
}

/**
 * The open JSON export of the public collection, written as it is read: one read-only transaction
 * without a tenant per chunk of EXPORT_CHUNK entries (never one long transaction holding a
 * connection while a slow client reads), so memory stays flat whatever the collection's size. Every
 * field is copied by name (the object above), so nothing unlisted leaves; the contact only with consent.
 */
export function exportCollection(db: Database, addresses: PublicAddresses, now: Date): Readable {
  async function* document() {
    yield `{"generatedAt":${JSON.stringify(now.toISOString())},"licence":${JSON.stringify(EXPORT_LICENCE)},"entries":[`;
    let afterId: string | null = null;
    let count = 0;
    for (;;) {
      const cursor: string | null = afterId;
      const chunk: ExportedEntry[] = await db.withoutTenant(async (tx) => {
        await tx.execute(sql`set transaction read only`);
        return readChunk(tx, cursor, addresses);
      });
      if (chunk.length === 0) break;
      yield chunk.map((entry, index) => (count + index === 0 ? '' : ',') + JSON.stringify(entry)).join('');
      count += chunk.length;
      afterId = chunk[chunk.length - 1]?.id ?? null;
      if (chunk.length < EXPORT_CHUNK) break;
    }
    yield `],"count":${count}}`;
  }
  return Readable.from(document(), { objectMode: false });
}

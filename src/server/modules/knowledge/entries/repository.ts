import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { organisations, users } from '../../identity/schema.ts';
import {
  knowledgeAttachments,
  knowledgeEntries,
  knowledgeEntryVersions,
  knowledgePeerReviews,
  knowledgeReviewEvents,
  knowledgeTranslations,
} from '../schema.ts';

// The entries' queries, in the caller's transaction. Row-level security (migration 0014) lets a
// transaction read its own tenant's entries and the published ones other tenants share with it;
// writes go to the transaction's tenant only. Who within those may see what is the policy's say.

export type EntryRow = typeof knowledgeEntries.$inferSelect;
export type EntryValues = typeof knowledgeEntries.$inferInsert;
/** Columns to set: values, or SQL computed by the database. */
export type EntryChange = { [K in keyof EntryValues]?: EntryValues[K] | SQL };
export type TranslationRow = typeof knowledgeTranslations.$inferSelect;
export type AttachmentRow = typeof knowledgeAttachments.$inferSelect;
export type PeerReviewRow = typeof knowledgePeerReviews.$inferSelect;
export type ReviewEventKindRow = typeof knowledgeReviewEvents.$inferInsert.kind;

/** One entry, if the transaction may see it; `lock` takes its row for the rest of the transaction. */
export async function findEntry(tx: Tx, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(knowledgeEntries).where(eq(knowledgeEntries.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function findEntries(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(knowledgeEntries)
    .where(inArray(knowledgeEntries.id, [...ids]));
}

/** The translations of entries, original language first, then by language code. */
export async function findTranslations(tx: Tx, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return tx
    .select()
    .from(knowledgeTranslations)
    .where(inArray(knowledgeTranslations.entryId, [...entryIds]))
    .orderBy(asc(knowledgeTranslations.language));
}

export function findAttachments(tx: Tx, entryId: string) {
  return tx
    .select()
    .from(knowledgeAttachments)
    .where(and(eq(knowledgeAttachments.entryId, entryId), isNull(knowledgeAttachments.removedAt)))
    .orderBy(asc(knowledgeAttachments.addedAt), asc(knowledgeAttachments.id));
}

export async function findAttachment(tx: Tx, entryId: string, attachmentId: string) {
  const [row] = await tx
    .select()
    .from(knowledgeAttachments)
    .where(
      and(
        eq(knowledgeAttachments.id, attachmentId),
        eq(knowledgeAttachments.entryId, entryId),
        isNull(knowledgeAttachments.removedAt),
      ),
    );
  return row;
}

export function findPeerReviews(tx: Tx, entryId: string) {
  return tx
    .select()
    .from(knowledgePeerReviews)
    .where(eq(knowledgePeerReviews.entryId, entryId))
    .orderBy(asc(knowledgePeerReviews.recordedAt), asc(knowledgePeerReviews.id));
}

/** The name of a tenant (the tenants table is readable in any transaction). */
export async function findTenantName(tx: Tx, tenantId: string) {
  const [row] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.name;
}

export async function findTenantIds(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: tenants.id })
    .from(tenants)
    .where(inArray(tenants.id, [...ids]));
  return rows.map((row) => row.id);
}

/** Organisations of the transaction's tenant among `ids`. */
export function findOrganisations(tx: Tx, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: organisations.id, kind: organisations.kind, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, [...ids])));
}

export async function findDisplayNames(tx: Tx, tenantId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, row.displayName]));
}

export async function insertEntry(tx: Tx, values: EntryValues) {
  const [row] = await tx.insert(knowledgeEntries).values(values).returning();
  if (!row) throw new Error('the entry was not inserted');
  return row;
}

/**
 * Saves a change to an entry made on `expectedVersion`: raises the version by one and sets
 * `updated_at`, in one statement that only matches the version the change was made on, so two
 * changes at once never both win. Undefined: the entry is at another version now.
 */
export async function updateEntry(
  tx: Tx,
  id: string,
  expectedVersion: number,
  set: EntryChange,
  options: { touch?: boolean } = {},
) {
  const [row] = await tx
    .update(knowledgeEntries)
    .set({
      ...set,
      version: sql`${knowledgeEntries.version} + 1`,
      ...(options.touch === false ? {} : { updatedAt: sql`now()` }),
    })
    .where(and(eq(knowledgeEntries.id, id), eq(knowledgeEntries.version, expectedVersion)))
    .returning();
  return row;
}

export async function upsertTranslation(tx: Tx, values: typeof knowledgeTranslations.$inferInsert) {
  const { entryId, language, tenantId, addedBy, ...text } = values;
  await tx
    .insert(knowledgeTranslations)
    .values(values)
    .onConflictDoUpdate({
      target: [knowledgeTranslations.entryId, knowledgeTranslations.language],
      set: { ...text, updatedAt: sql`now()`, reviewedBy: null, reviewedAt: null },
    });
}

export async function markTranslationReviewed(
  tx: Tx,
  entryId: string,
  language: KnowledgeLanguage,
  userId: string,
) {
  const [row] = await tx
    .update(knowledgeTranslations)
    .set({ reviewedBy: userId, reviewedAt: sql`now()` })
    .where(and(eq(knowledgeTranslations.entryId, entryId), eq(knowledgeTranslations.language, language)))
    .returning({ language: knowledgeTranslations.language });
  return row !== undefined;
}

/** The entry as it is now, with its translations: what a version row keeps. */
export function snapshotOf(entry: EntryRow, translations: readonly TranslationRow[]) {
  return JSON.parse(JSON.stringify({ ...entry, translations })) as Record<string, unknown>;
}

/** Adds the version row of the entry's current version (one per saved change). */
export async function insertVersion(tx: Tx, entry: EntryRow, change: string, changedBy: string | null) {
  const translations = await findTranslations(tx, [entry.id]);
  await tx.insert(knowledgeEntryVersions).values({
    entryId: entry.id,
    tenantId: entry.tenantId,
    version: entry.version,
    change,
    snapshot: snapshotOf(entry, translations),
    changedBy,
  });
}

export function findVersions(tx: Tx, entryId: string) {
  return tx
    .select()
    .from(knowledgeEntryVersions)
    .where(eq(knowledgeEntryVersions.entryId, entryId))
    .orderBy(desc(knowledgeEntryVersions.version));
}

/** The level an entry was last published at (inspiring unless a version says peer_reviewed). */
export async function lastPublishedLevel(tx: Tx, entryId: string): Promise<'inspiring' | 'peer_reviewed'> {
  const [row] = await tx
    .select({ status: sql<string>`${knowledgeEntryVersions.snapshot} ->> 'status'` })
    .from(knowledgeEntryVersions)
    .where(
      and(
        eq(knowledgeEntryVersions.entryId, entryId),
        sql`${knowledgeEntryVersions.snapshot} ->> 'status' in ('inspiring', 'peer_reviewed')`,
      ),
    )
    .orderBy(desc(knowledgeEntryVersions.version))
    .limit(1);
  return row?.status === 'peer_reviewed' ? 'peer_reviewed' : 'inspiring';
}

export async function insertReviewEvent(
  tx: Tx,
  entry: Pick<EntryRow, 'id' | 'tenantId'>,
  kind: ReviewEventKindRow,
  body: string,
  authorId: string | null,
) {
  const [row] = await tx
    .insert(knowledgeReviewEvents)
    .values({ id: uuidv7(), entryId: entry.id, tenantId: entry.tenantId, kind, body, authorId })
    .returning();
  if (!row) throw new Error('the review event was not inserted');
  return row;
}

export function findReviewEvents(tx: Tx, entryId: string) {
  return tx
    .select()
    .from(knowledgeReviewEvents)
    .where(eq(knowledgeReviewEvents.entryId, entryId))
    .orderBy(asc(knowledgeReviewEvents.createdAt), asc(knowledgeReviewEvents.id));
}

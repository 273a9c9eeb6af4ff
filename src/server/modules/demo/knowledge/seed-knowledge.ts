import { createHash } from 'node:crypto';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import {
  knowledgeEntries,
  knowledgeEntryVersions,
  knowledgePeerReviews,
  knowledgeReviewEvents,
  knowledgeTranslations,
} from '../../knowledge/schema.ts';
import { reindexEntries } from '../../knowledge/search/index-entry.ts';
import type { DemoKnowledgeEntry } from './demo-entry.ts';
import { DEMO_ENTRIES } from './demo-library.ts';

// The demo library (demo-library.ts) written into the demo tenant as if each entry had gone through
// the workflow: proposed by a CSO coordinator, submitted, and (for most) published by the knowledge
// editor, with a peer review where the entry is peer-reviewed. Every entry is marked as
// demonstration content. Ids derive from the entries' keys, so a second run adds nothing
// (`on conflict do nothing`) and tests can name the entries they expect. Rows go in a few batched
// statements (one per table), then the new published entries are indexed for the search.

const DAY_MS = 24 * 60 * 60 * 1000;
const PUBLISHED = new Set(['inspiring', 'peer_reviewed']);

/** A UUID derived from the entry's key: SHA-256 of `pathways-demo-knowledge:<key>`, version 8, variant 10. */
export function demoEntryId(key: string): string {
  const bytes = createHash('sha256').update(`pathways-demo-knowledge:${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface DemoKnowledgeSummary {
  /** Entries added by this run (0 when the library was already there). */
  added: number;
  published: number;
}

/** Keys of other demo entries an entry names as related, when the data has them. */
const relatedKeysOf = (entry: DemoKnowledgeEntry): string[] =>
  (entry as DemoKnowledgeEntry & { relatedKeys?: string[] }).relatedKeys ?? [];

function checkLibrary(entries: readonly DemoKnowledgeEntry[]) {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (keys.has(entry.key)) throw new Error(`the demo library has the key ${entry.key} twice`);
    keys.add(entry.key);
    if (entry.status === 'peer_reviewed' && !entry.peerReview)
      throw new Error(`the demo entry ${entry.key} is peer-reviewed but records no peer review`);
  }
}

/**
 * Seeds the demo library into the tenant (the caller's transaction, the tenant's). `proposerUserId`
 * proposed every entry, `editorUserId` reviewed and published them; `now` anchors `updatedDaysAgo`.
 */
export async function seedDemoKnowledge(
  tx: Tx,
  tenantId: string,
  proposerUserId: string,
  editorUserId: string,
  now: Date,
  entries: readonly DemoKnowledgeEntry[] = DEMO_ENTRIES,
): Promise<DemoKnowledgeSummary> {
  checkLibrary(entries);
  const idOf = new Map(entries.map((entry) => [entry.key, demoEntryId(entry.key)]));
  const at = (entry: DemoKnowledgeEntry, extraDays = 0) =>
    new Date(now.getTime() - (entry.updatedDaysAgo + extraDays) * DAY_MS);
  const inserted = await tx
    .insert(knowledgeEntries)
    .values(
      entries.map((entry) => ({
        id: idOf.get(entry.key) ?? demoEntryId(entry.key),
        tenantId,
        kind: entry.kind,
        status: entry.status,
        visibility: entry.visibility,
        originalLanguage: entry.language,
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
        contributorName: entry.contributorName,
        relatedEntryIds: relatedKeysOf(entry).flatMap((key) => idOf.get(key) ?? []),
        demonstration: true,
        featured: entry.featured ?? false,
        proposedBy: proposerUserId,
        createdAt: at(entry, 30),
        updatedAt: at(entry),
        publishedAt: PUBLISHED.has(entry.status) ? at(entry) : null,
      })),
    )
    .onConflictDoNothing()
    .returning();
  if (inserted.length === 0) return { added: 0, published: 0 };
  const added = new Set(inserted.map((row) => row.id));
  const fresh = entries.filter((entry) => added.has(idOf.get(entry.key) ?? ''));

  const translations = await tx
    .insert(knowledgeTranslations)
    .values(
      fresh.flatMap((entry) => {
        const entryId = idOf.get(entry.key) ?? '';
        const published = PUBLISHED.has(entry.status);
        const texts = [
          { language: entry.language, origin: 'original' as const, text: entry.text },
          ...(entry.translations ?? []),
        ];
        return texts.map(({ language, origin, text }) => ({
          entryId,
          tenantId,
          language,
          origin,
          title: text.title,
          summary: text.summary,
          legalFramework: text.legalFramework ?? '',
          approach: text.approach ?? '',
          resources: text.resources ?? '',
          results: text.results ?? '',
          measurement: text.measurement ?? '',
          lessons: text.lessons ?? '',
          sustainability: text.sustainability ?? '',
          addedBy: proposerUserId,
          updatedAt: at(entry),
          reviewedBy: published ? editorUserId : null,
          reviewedAt: published ? at(entry) : null,
        }));
      }),
    )
    .returning();

  await tx.insert(knowledgeEntryVersions).values(
    inserted.map((row) => ({
      entryId: row.id,
      tenantId,
      version: 1,
      change: PUBLISHED.has(row.status) ? 'published' : row.status === 'draft' ? 'proposed' : 'submitted',
      snapshot: JSON.parse(
        JSON.stringify({ ...row, translations: translations.filter((text) => text.entryId === row.id) }),
      ) as Record<string, unknown>,
      changedBy: PUBLISHED.has(row.status) ? editorUserId : proposerUserId,
      changedAt: row.updatedAt,
    })),
  );

  const reviewed = fresh.filter((entry) => entry.peerReview);
  if (reviewed.length > 0)
    await tx.insert(knowledgePeerReviews).values(
      reviewed.map((entry) => ({
        id: uuidv7(at(entry, 1).getTime()),
        entryId: idOf.get(entry.key) ?? '',
        tenantId,
        reviewerName: entry.peerReview?.reviewerName ?? '',
        reviewerAffiliation: entry.peerReview?.reviewerAffiliation ?? '',
        reviewedOn: entry.peerReview?.reviewedOn ?? '',
        conclusion: entry.peerReview?.conclusion ?? '',
        recordedBy: editorUserId,
        recordedAt: at(entry, 1),
      })),
    );

  const events = fresh.flatMap((entry) => {
    const entryId = idOf.get(entry.key) ?? '';
    const event = (kind: string, body: string, authorId: string, when: Date) => ({
      id: uuidv7(when.getTime()),
      entryId,
      tenantId,
      kind,
      body,
      authorId,
      createdAt: when,
    });
    if (entry.status === 'draft') return [];
    const submitted = event('submitted', '', proposerUserId, at(entry, 7));
    if (entry.status === 'in_review') return [submitted];
    if (entry.status === 'changes_requested')
      return [
        submitted,
        event('changes_requested', 'Please describe how the results were measured.', editorUserId, at(entry)),
      ];
    return [submitted, event('published', '', editorUserId, at(entry))];
  });
  if (events.length > 0) await tx.insert(knowledgeReviewEvents).values(events);

  const published = inserted.filter((row) => PUBLISHED.has(row.status)).map((row) => row.id);
  await reindexEntries(tx, published);
  return { added: inserted.length, published: published.length };
}

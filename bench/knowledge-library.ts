import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  ENTRY_KINDS,
  EVIDENCE_LEVELS,
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
  REGIONS,
  TARGET_GROUPS,
  THEMES,
} from '../src/contracts/knowledge-taxonomy.ts';
import { knowledgeEntries, knowledgeTranslations } from '../src/server/modules/knowledge/schema.ts';
import { reindexEntries } from '../src/server/modules/knowledge/search/index-entry.ts';
import { queryRows } from '../src/server/platform/db/database.ts';
import { postgresDatabase } from '../src/server/platform/db/postgres.ts';
import { VOCABULARY } from './knowledge-vocabulary.ts';

// The benchmark's library: 10,000 published public entries in the six languages (a sixth each, one
// in five with a machine-assisted translation into another language), generated deterministically
// from the vocabulary of knowledge-vocabulary.ts into the demo tenant of a scratch database, and
// indexed for the search exactly as a published entry is (reindexEntries). Bench-only.

export const BENCH_LIBRARY_SIZE = 10_000;
const CHUNK = 250;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A small deterministic generator (mulberry32): the same library on every run. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], most: number): T[] => {
    const count = 1 + Math.floor(next() * most);
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  return { next, pick, some };
}

/** A stable UUID per generated entry (version 8, like the demo library's). */
function benchEntryId(index: number): string {
  const bytes = createHash('sha256').update(`pathways-bench-knowledge:${index}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function textIn(language: KnowledgeLanguage, random: ReturnType<typeof randomFrom>) {
  const words = VOCABULARY[language];
  const sentence = () =>
    words.withGroupIn(random.pick(words.activities), random.pick(words.groups), random.pick(words.places));
  const activity = random.pick(words.activities);
  const group = random.pick(words.groups);
  return {
    title: words.forGroup(activity, group),
    summary: `${words.withGroupIn(activity, group, random.pick(words.places))} ${random.pick(words.results)}.`,
    approach: [sentence(), sentence(), sentence()].join(' '),
    results: `${random.pick(words.results)}. ${random.pick(words.results)}.`,
    lessons: sentence(),
  };
}

/**
 * Generates the library into the database at `url`, in the demo tenant (which `pathways seed --demo`
 * created), proposed by its knowledge editor. Returns the number of entries.
 */
export async function generateKnowledgeLibrary(url: string, size = BENCH_LIBRARY_SIZE): Promise<number> {
  const db = postgresDatabase(url, 2, (error) => {
    throw error;
  });
  try {
    const [demo] = await db.unsafeAsOwner((tx) =>
      queryRows<{ tenant_id: string; user_id: string }>(
        tx,
        sql`select t.id as tenant_id, u.id as user_id from tenants t join users u on u.tenant_id = t.id
             where t.slug = 'demo' and u.username = 'editor'`,
      ),
    );
    if (!demo) throw new Error('the demo tenant (with its editor) must be seeded before the library');
    const random = randomFrom(20261129);
    const now = Date.now();
    for (let start = 0; start < size; start += CHUNK) {
      const indexes = Array.from({ length: Math.min(CHUNK, size - start) }, (_, offset) => start + offset);
      const entries = indexes.map((index) => {
        const language = KNOWLEDGE_LANGUAGES[index % KNOWLEDGE_LANGUAGES.length] ?? 'en';
        const at = new Date(now - Math.floor(random.next() * 900) * DAY_MS);
        const translation =
          random.next() < 0.2 ? random.pick(KNOWLEDGE_LANGUAGES.filter((other) => other !== language)) : null;
        return {
          row: {
            id: benchEntryId(index),
            tenantId: demo.tenant_id,
            kind: random.pick(ENTRY_KINDS),
            status: 'inspiring' as const,
            visibility: 'public' as const,
            originalLanguage: language,
            region: random.pick(REGIONS),
            themes: random.some(THEMES, 3),
            targetGroups: random.some(TARGET_GROUPS, 2),
            evidenceLevel: random.pick(EVIDENCE_LEVELS),
            contributorName: 'Benchmark generator',
            proposedBy: demo.user_id,
            createdAt: at,
            updatedAt: at,
            publishedAt: at,
          },
          texts: [
            { language, origin: 'original' as const, ...textIn(language, random) },
            ...(translation
              ? [
                  {
                    language: translation,
                    origin: 'machine_assisted' as const,
                    ...textIn(translation, random),
                  },
                ]
              : []),
          ],
        };
      });
      await db.withTenant(demo.tenant_id, async (tx) => {
        await tx
          .insert(knowledgeEntries)
          .values(entries.map((entry) => entry.row))
          .onConflictDoNothing();
        await tx
          .insert(knowledgeTranslations)
          .values(
            entries.flatMap((entry) =>
              entry.texts.map((text) => ({ ...text, entryId: entry.row.id, tenantId: demo.tenant_id })),
            ),
          )
          .onConflictDoNothing();
        await reindexEntries(
          tx,
          entries.map((entry) => entry.row.id),
        );
      });
    }
    await db.unsafeAsOwner((tx) =>
      tx.execute(sql`analyze knowledge_entries, knowledge_translations, knowledge_search`),
    );
    return size;
  } finally {
    await db.close();
  }
}

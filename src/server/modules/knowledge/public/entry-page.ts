import { and, eq, isNotNull, sql } from 'drizzle-orm';
import {
  EVIDENCE_LEVEL_NAMES,
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
} from '../../../../contracts/knowledge-taxonomy.ts';
import type { Database } from '../../../platform/db/database.ts';
import { tenants } from '../../../platform/db/schema.ts';
import { knowledgeEntries as entries, knowledgeTranslations as translations } from '../schema.ts';
import { shownTranslation } from './entry-summaries.ts';
import { word } from './library-words.ts';
import { escapeMarkup as e } from './markup.ts';
import type { PageHead } from './page-document.ts';
import type { PublicAddresses } from './public-addresses.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DESCRIPTION_LENGTH = 300;

export const isLanguage = (value: unknown): value is KnowledgeLanguage =>
  typeof value === 'string' && (KNOWLEDGE_LANGUAGES as readonly string[]).includes(value);

export const directionOf = (language: KnowledgeLanguage) => (language === 'ar' ? 'rtl' : 'ltr');

/** A description for link previews: the summary on one line, cut at a word near the limit. */
export function shortDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= DESCRIPTION_LENGTH) return line;
  const cut = line.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

/** Prose as paragraphs of text: one per non-empty line, each escaped, direction left to the text. */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p dir="auto">${e(line)}</p>`)
    .join('');

/**
 * A published public entry, for anyone: the entry, its publisher and its translations, read
 * without a tenant under row-level security, read-only. Undefined for an id that is not one, an
 * unknown entry, a draft, a restricted entry: one answer for all. An archived entry that was
 * published keeps its page (its address was shared).
 */
async function readPublicEntry(db: Database, id: string) {
  if (!UUID.test(id)) return undefined;
  return db.withoutTenant(async (tx) => {
    await tx.execute(sql`set transaction read only`);
    const [row] = await tx
      .select({ entry: entries, publisher: tenants.name })
      .from(entries)
      .innerJoin(tenants, eq(tenants.id, entries.tenantId))
      .where(
        and(
          eq(entries.id, id),
          eq(entries.visibility, 'public'),
          isNotNull(entries.publishedAt),
          sql`${entries.status} in ('inspiring', 'peer_reviewed', 'archived')`,
        ),
      );
    if (!row) return undefined;
    const texts = await tx.select().from(translations).where(eq(translations.entryId, id));
    return { ...row, texts };
  });
}

export interface RenderedPage {
  head: PageHead;
  content: string;
}

/** The entry page's head and readable content in the translation asked for (else the original). */
export async function renderEntryPage(
  db: Database,
  addresses: PublicAddresses,
  id: string,
  asked: KnowledgeLanguage | undefined,
): Promise<RenderedPage | undefined> {
  const found = await readPublicEntry(db, id);
  const shown = found && shownTranslation(found.texts, found.entry.originalLanguage, asked);
  if (!found || !shown) return undefined;
  const { entry, publisher } = found;
  const language = shown.language;
  const address = addresses.entryPage(entry.id, language === entry.originalLanguage ? undefined : language);
  const description = shortDescription(shown.summary);
  const libraryName = word('library', language);
  const head: PageHead = {
    lang: language,
    dir: directionOf(language),
    title: `${shown.title} · ${libraryName}`,
    description,
    meta: [
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: libraryName },
      { property: 'og:title', content: shown.title },
      { property: 'og:description', content: description },
      { property: 'og:locale', content: language },
      ...(addresses.absolute ? [{ property: 'og:url', content: address }] : []),
      ...(entry.publishedAt
        ? [{ property: 'article:published_time', content: entry.publishedAt.toISOString() }]
        : []),
      { property: 'article:modified_time', content: entry.updatedAt.toISOString() },
      { name: 'twitter:card', content: 'summary' },
      { name: 'twitter:title', content: shown.title },
      { name: 'twitter:description', content: description },
    ],
    links: [
      { rel: 'canonical', href: address },
      ...found.texts
        .filter((text) => text.language !== language)
        .map((text) => ({
          rel: 'alternate',
          hreflang: text.language,
          href: addresses.entryPage(
            entry.id,
            text.language === entry.originalLanguage ? undefined : text.language,
          ),
        })),
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: `${libraryName}: ${word('feed', language)}`,
        href: addresses.feed(language),
      },
    ],
  };
  const section = (key: 'summary' | 'approach' | 'results' | 'lessons', text: string) =>
    text.trim() === '' ? '' : `<h2>${e(word(key, language))}</h2>${paragraphs(text)}`;
  const content = [
    `<article lang="${language}" dir="${directionOf(language)}" data-testid="entry-page-static">`,
    `<h1 dir="auto">${e(shown.title)}</h1>`,
    entry.demonstration ? `<p><strong>${e(word('demonstration', language))}</strong></p>` : '',
    '<dl>',
    `<dt>${e(word('evidenceLevel', language))}</dt><dd>${e(EVIDENCE_LEVEL_NAMES[entry.evidenceLevel][language])}</dd>`,
    `<dt>${e(word('publisher', language))}</dt><dd dir="auto">${e(publisher)}</dd>`,
    '</dl>',
    section('summary', shown.summary),
    section('approach', shown.approach),
    section('results', shown.results),
    section('lessons', shown.lessons),
    `<p><a href="${e(addresses.home)}">${e(libraryName)}</a></p>`,
    '</article>',
  ].join('');
  return { head, content };
}

/** The library's home page: a generic title and description in the language asked for, and the feed. */
export function renderHomePage(
  addresses: PublicAddresses,
  asked: KnowledgeLanguage | undefined,
): RenderedPage {
  const language = asked ?? 'en';
  const title = word('library', language);
  const description = word('libraryDescription', language);
  return {
    head: {
      lang: language,
      dir: directionOf(language),
      title,
      description,
      meta: [
        { property: 'og:type', content: 'website' },
        { property: 'og:title', content: title },
        { property: 'og:description', content: description },
        ...(addresses.absolute ? [{ property: 'og:url', content: addresses.home }] : []),
        { name: 'twitter:card', content: 'summary' },
        { name: 'twitter:title', content: title },
        { name: 'twitter:description', content: description },
      ],
      links: [
        { rel: 'canonical', href: addresses.home },
        {
          rel: 'alternate',
          type: 'application/atom+xml',
          title: `${title}: ${word('feed', language)}`,
          href: addresses.feed(asked),
        },
      ],
    },
    content: `<main lang="${language}" dir="${directionOf(language)}"><h1>${e(title)}</h1><p>${e(description)}</p><p><a href="${e(addresses.feed(asked))}">${e(word('feed', language))}</a></p></main>`,
  };
}

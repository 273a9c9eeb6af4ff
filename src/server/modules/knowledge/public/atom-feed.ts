import { createHash } from 'node:crypto';
import { PUBLIC_KNOWLEDGE_PATHS } from '../../../../contracts/knowledge-public.ts';
import { type KnowledgeLanguage, THEME_NAMES, type Theme } from '../../../../contracts/knowledge-taxonomy.ts';
import { word } from './library-words.ts';
import { escapeXml as x } from './markup.ts';
import type { PublicAddresses } from './public-addresses.ts';

/** One entry of the feed, in the translation chosen for the feed's reader. */
export interface FeedItem {
  id: string;
  language: KnowledgeLanguage;
  title: string;
  summary: string;
  publisher: string;
  themes: readonly Theme[];
  publishedAt: Date;
  updatedAt: Date;
}

/** The feed's id when no public address is configured: one fixed name for "this library's feed". */
const UNNAMED_FEED = 'urn:uuid:6f0c2b7e-3d1a-4c55-9a0e-1b2d3c4e5f60';

/**
 * A stable id for the feed of the library at this address (a name-based UUID, RFC 9562 version 5
 * layout over SHA-1), so that the feed keeps its identity while the address stays the same.
 */
function feedId(addresses: PublicAddresses): string {
  if (!addresses.absolute) return UNNAMED_FEED;
  const hex = createHash('sha1').update(addresses.of(PUBLIC_KNOWLEDGE_PATHS.feed)).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const stamp = (time: Date) => time.toISOString();

/**
 * The Atom 1.0 document (RFC 4287) of these entries, newest first. Every piece of text is escaped;
 * titles and summaries are plain text (`type="text"`), never markup.
 */
export function atomFeed(
  items: readonly FeedItem[],
  language: KnowledgeLanguage,
  addresses: PublicAddresses,
  now: Date,
): string {
  const updated = new Date(Math.max(0, ...items.map((item) => item.updatedAt.getTime())));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
    `  <id>${feedId(addresses)}</id>`,
    `  <title type="text">${x(`${word('library', language)}: ${word('feed', language)}`)}</title>`,
    `  <subtitle type="text">${x(word('libraryDescription', language))}</subtitle>`,
    `  <updated>${stamp(items.length > 0 ? updated : now)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(addresses.feed(language))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(addresses.home)}"/>`,
    '  <author><name>Pathways</name></author>',
    '  <generator>Pathways</generator>',
  ];
  for (const item of items) {
    lines.push(
      `  <entry xml:lang="${item.language}">`,
      `    <id>urn:uuid:${item.id}</id>`,
      `    <title type="text">${x(item.title)}</title>`,
      `    <summary type="text">${x(item.summary)}</summary>`,
      `    <updated>${stamp(item.updatedAt)}</updated>`,
      `    <published>${stamp(item.publishedAt)}</published>`,
      `    <link rel="alternate" type="text/html" hreflang="${item.language}" href="${x(addresses.entryPage(item.id, item.language))}"/>`,
      `    <author><name>${x(item.publisher)}</name></author>`,
      ...item.themes.map(
        (theme) => `    <category term="${theme}" label="${x(THEME_NAMES[theme][item.language])}"/>`,
      ),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

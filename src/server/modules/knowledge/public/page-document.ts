import { escapeMarkup as e } from './markup.ts';

/** What the server says of a page in its HTML head, all plain text (escaped here, once). */
export interface PageHead {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** `<meta property=… content=…>` (Open Graph) and `<meta name=… content=…>` (Twitter), in order. */
  meta: ReadonlyArray<{ property: string; content: string } | { name: string; content: string }>;
  links: ReadonlyArray<{ rel: string; href: string; type?: string; hreflang?: string; title?: string }>;
}

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${e(value)}"`)
    .join('');

/**
 * The web app's index.html with this page's language, title, description, link-preview tags and
 * readable content. The content goes inside the app's root element, which the app replaces when it
 * starts: readers without JavaScript (and link-preview robots) read it, others never see it. No
 * script and no style is added, so the page stays within the Content-Security-Policy. `content` is
 * HTML already built with escaping (entry-page.ts); everything else is escaped here.
 */
export function writePage(indexHtml: string, head: PageHead, content: string): string {
  const tags = [
    ...head.meta.map(
      (tag) =>
        `<meta${attributes('property' in tag ? { property: tag.property, content: tag.content } : { name: tag.name, content: tag.content })}>`,
    ),
    ...head.links.map(
      (link) =>
        `<link${attributes({ rel: link.rel, type: link.type, hreflang: link.hreflang, title: link.title, href: link.href })}>`,
    ),
  ].join('\n    ');
  const title = `<title>${e(head.title)}</title>`;
  const description = `<meta name="description" content="${e(head.description)}" />`;
  let html = indexHtml.replace(/<html\b[^>]*>/i, `<html lang="${e(head.lang)}" dir="${head.dir}">`);
  html = /<title>[\s\S]*?<\/title>/i.test(html)
    ? html.replace(/<title>[\s\S]*?<\/title>/i, () => title)
    : html.replace(/<\/head>/i, () => `${title}\n  </head>`);
  html = /<meta\s+name="description"[^>]*>/i.test(html)
    ? html.replace(/<meta\s+name="description"[^>]*>/i, () => description)
    : html.replace(/<\/head>/i, () => `${description}\n  </head>`);
  html = html.replace(/<\/head>/i, () => `  ${tags}\n  </head>`);
  // Replacement functions, not strings: `$&` and its kind in user text must stay text.
  return /<div id="root"><\/div>/.test(html)
    ? html.replace(/<div id="root"><\/div>/, () => `<div id="root">${content}</div>`)
    : html.replace(/<body([^>]*)>/i, (_tag, rest: string) => `<body${rest}>${content}`);
}

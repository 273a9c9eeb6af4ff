import type { FastifyRequest } from 'fastify';
import type { Config } from '../../../platform/config/config.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { ServerPage } from '../../../platform/http/web-app.ts';
import { isLanguage, renderEntryPage, renderHomePage } from './entry-page.ts';
import { writePage } from './page-document.ts';
import { PublicAddresses } from './public-addresses.ts';

const askedLanguage = (request: FastifyRequest) => {
  const lang = (request.query as Record<string, unknown> | undefined)?.lang;
  return isLanguage(lang) ? lang : undefined;
};

/**
 * The library's pages that the server describes in their HTML, for link previews and readers
 * without JavaScript: the home, and each published public entry (404 with the plain app for
 * anything else: the signed-in app may still show a restricted entry to a reader allowed it).
 */
export function libraryPages(options: { db: Database; config: Config }): ServerPage[] {
  const addresses = new PublicAddresses(options.config.publicBaseUrl);
  return [
    {
      url: '/library',
      render: async (request) => {
        const page = renderHomePage(addresses, askedLanguage(request));
        return { status: 200, write: (html) => writePage(html, page.head, page.content) };
      },
    },
    {
      url: '/library/entries/:id',
      render: async (request) => {
        const { id } = request.params as { id: string };
        const page = await renderEntryPage(options.db, addresses, id, askedLanguage(request));
        if (!page) return { status: 404 };
        return { status: 200, write: (html) => writePage(html, page.head, page.content) };
      },
    },
  ];
}

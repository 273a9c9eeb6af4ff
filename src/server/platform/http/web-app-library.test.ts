import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertEntry,
  type KnowledgeWorld,
  makeKnowledgeWorld,
  textOf,
} from '../../../../test/knowledge/knowledge-world.ts';
import { buildTestApp } from '../../../../test/support/test-app.ts';
import { useTestDatabase } from '../../../../test/support/test-database.ts';
import { testDatabaseKind } from '../../../../test/support/test-database-kind.ts';
import { PUBLIC_KNOWLEDGE_PATHS as PATHS } from '../../../contracts/knowledge-public.ts';
import { EVIDENCE_LEVEL_NAMES } from '../../../contracts/knowledge-taxonomy.ts';

// The library's pages as the server writes them: index.html with the entry's title, description,
// link-preview tags, language and readable content, for link previews and readers without
// JavaScript; the plain app and 404 for anything not public and published.

const INDEX = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta name="csp-nonce" content="__CSP_NONCE__" />
    <meta name="description" content="Pathways: the shared workspace." />
    <title>Pathways</title>
  </head>
  <body>
    <noscript>Pathways needs JavaScript to run.</noscript>
    <div id="root"></div>
    <script type="module" src="/assets/index-Ab12Cd34.js"></script>
  </body>
</html>`;

/** The content attribute of the meta tag with this property or name. */
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace('.', '\\.')}" content="([^"]*)">`).exec(html)?.[1];

describe(`the library's server-written pages on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let bare: FastifyInstance;
  let webRoot: string;
  let world: KnowledgeWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    webRoot = await mkdtemp(path.join(tmpdir(), 'pathways-web-library-'));
    await writeFile(path.join(webRoot, 'index.html'), INDEX);
    app = await buildTestApp({
      db: database().db,
      webRoot,
      env: { PATHWAYS_PUBLIC_URL: 'https://library.example.org' },
    });
    bare = await buildTestApp({ db: database().db, webRoot });
    world = await makeKnowledgeWorld(database(), app);
    const base = { tenantId: world.tenant.id, proposedBy: world.members.editor.id };
    ids.entry = await insertEntry(database(), {
      ...base,
      language: 'fr',
      text: textOf('Ateliers de dialogue', {
        summary: 'Des ateliers hebdomadaires.\nAvec un suivi individuel.',
        lessons: 'Commencer petit.',
      }),
      translations: { ar: textOf('ورش الحوار'), en: textOf('Dialogue workshops') },
      evidenceLevel: 'evaluated_outcome',
      demonstration: true,
    });
    ids.script = await insertEntry(database(), {
      ...base,
      text: textOf('<script>alert(1)</script>', { summary: '"><img src=x onerror=alert(1)> $& $1' }),
    });
    ids.restricted = await insertEntry(database(), { ...base, visibility: 'restricted' });
    ids.draft = await insertEntry(database(), { ...base, status: 'draft' });
    ids.archived = await insertEntry(database(), { ...base, status: 'archived', text: textOf('Archived') });
  });
  afterAll(async () => {
    await app?.close();
    await bare?.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  const page = (url: string, on = app) => on.inject({ url, headers: { accept: 'text/html' } });

  it('writes the entry’s title, description, preview tags and readable content into index.html', async () => {
    const response = await page(PATHS.entryPage(ids.entry ?? ''));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<title>Ateliers de dialogue · Bibliothèque de connaissances Pathways</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toContain(
      '<meta name="description" content="Des ateliers hebdomadaires. Avec un suivi individuel." />',
    );
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:title')).toBe('Ateliers de dialogue');
    expect(metaOf(html, 'og:description')).toBe('Des ateliers hebdomadaires. Avec un suivi individuel.');
    expect(metaOf(html, 'og:url')).toBe(`https://library.example.org/library/entries/${ids.entry}`);
    expect(metaOf(html, 'twitter:card')).toBe('summary');
    expect(html).toContain(
      `<link rel="canonical" href="https://library.example.org/library/entries/${ids.entry}">`,
    );
    expect(html).toContain(
      `<link rel="alternate" hreflang="ar" href="https://library.example.org/library/entries/${ids.entry}?lang=ar">`,
    );
    expect(html).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="https:\/\/library\.example\.org\/api\/v1\/public\/knowledge\/feed\.atom\?lang=fr">/,
    );
    // The readable content, inside the root the app replaces when it starts.
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(html)?.[1] ?? '';
    expect(root).toContain('<h1 dir="auto">Ateliers de dialogue</h1>');
    expect(root).toContain(
      '<p dir="auto">Des ateliers hebdomadaires.</p><p dir="auto">Avec un suivi individuel.</p>',
    );
    expect(root).toContain('Commencer petit.');
    expect(root).toContain('Résultats');
    expect(root).toContain(`<dd>${EVIDENCE_LEVEL_NAMES.evaluated_outcome.fr}</dd>`);
    expect(root).toContain(world.tenant.name);
    expect(root).toContain('Contenu de démonstration');
    // Within the policy: a fresh nonce, nothing inline added.
    expect(html).not.toContain('__CSP_NONCE__');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<style|style="/);
  });

  it('shows the translation asked with ?lang=, right to left for Arabic', async () => {
    const html = (await page(`${PATHS.entryPage(ids.entry ?? '')}?lang=ar`)).body;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(metaOf(html, 'og:title')).toBe('ورش الحوار');
    expect(html).toContain(
      `<link rel="canonical" href="https://library.example.org/library/entries/${ids.entry}?lang=ar">`,
    );
    expect(html).toContain('<article lang="ar" dir="rtl"');
    // A language the entry lacks (or no language at all) shows the original.
    expect((await page(`${PATHS.entryPage(ids.entry ?? '')}?lang=zh`)).body).toContain(
      '<html lang="fr" dir="ltr">',
    );
    expect((await page(`${PATHS.entryPage(ids.entry ?? '')}?lang=klingon`)).body).toContain(
      '<html lang="fr"',
    );
  });

  it('keeps script injection inert in every place it is written', async () => {
    const html = (await page(PATHS.entryPage(ids.script ?? ''))).body;
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '<title>&lt;script&gt;alert(1)&lt;/script&gt; · Pathways knowledge library</title>',
    );
    expect(metaOf(html, 'og:description')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; $&amp; $1');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('answers the plain app with 404 for a restricted entry, a draft, an unknown id or not an id', async () => {
    for (const id of [ids.restricted, ids.draft, '01900000-0000-7000-8000-000000000000', 'not-an-id']) {
      const response = await page(PATHS.entryPage(id ?? ''));
      expect(response.statusCode, id).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<title>Pathways</title>');
      expect(response.body).toContain('<div id="root"></div>');
      expect(response.body).not.toContain('og:title');
    }
  });

  it('keeps the page of an entry published once and archived since', async () => {
    const response = await page(PATHS.entryPage(ids.archived ?? ''));
    expect(response.statusCode).toBe(200);
    expect(metaOf(response.body, 'og:title')).toBe('Archived');
  });

  it('leaves og:url out and addresses relative when no public address is configured', async () => {
    const html = (await page(PATHS.entryPage(ids.entry ?? ''), bare)).body;
    expect(metaOf(html, 'og:url')).toBeUndefined();
    expect(html).toContain(`<link rel="canonical" href="/library/entries/${ids.entry}">`);
  });

  it('describes the library’s home with a generic title and the feed', async () => {
    const response = await page('/library?lang=es');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="es" dir="ltr">');
    expect(response.body).toContain('<title>Biblioteca de conocimientos de Pathways</title>');
    expect(metaOf(response.body, 'og:url')).toBe('https://library.example.org/library');
    expect(response.body).toContain('type="application/atom+xml"');
    expect((await page('/library')).body).toContain('<html lang="en" dir="ltr">');
  });
});

import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../locales/catalogues';
import { flattenCatalogue } from './message-format';

// Every source file of the web app (tests excluded), as text, keyed by path relative to this folder.
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

// `t('key')`, `t("key")`, `t(`key`)`, also as `i18n.t(…)`.
const T_CALL = /\bt\(\s*(['"`])([^'"`$]+)\1/g;
// Keys held in data for a later `t(item.labelKey)`: `labelKey: 'nav.home'`, `i18nKey="…"`.
const KEY_PROPERTY = /\b(?:[a-z][A-Za-z]*Key|i18nKey)\s*[:=]\s*(['"])([^'"]+)\1/g;

/** Every key the source names, with where it was found. */
function usedKeys(): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const [file, text] of Object.entries(SOURCES)) {
    for (const pattern of [T_CALL, KEY_PROPERTY]) {
      for (const match of text.matchAll(pattern)) {
        const key = match[2];
        if (!key) continue;
        const line = text.slice(0, match.index).split('\n').length;
        uses.set(key, [...(uses.get(key) ?? []), `${file}:${line}`]);
      }
    }
  }
  return uses;
}

describe('translation keys in the web source', () => {
  // The shell's messages and, under one key per module, each module's own (locales/catalogues.ts).
  const catalogue = flattenCatalogue(CATALOGUES.en);
  const uses = usedKeys();

  it('finds the keys the shell uses', () => {
    expect(Object.keys(SOURCES)).toContain('../app/shell/SiteHeader.tsx');
    // Guards the scan itself: if the patterns stopped matching, the tests below would pass vacuously.
    expect(uses.size).toBeGreaterThan(25);
    expect(uses.has('nav.home')).toBe(true);
    expect(uses.has('shell.demoBanner')).toBe(true);
  });

  it('are all in the English catalogue', () => {
    const unknown = [...uses]
      .filter(([key]) => !catalogue.has(key))
      .map(([key, places]) => `${key} (${places.join(', ')})`);
    expect(unknown).toEqual([]);
  });

  it('cover every English message (no dead strings for translators)', () => {
    const unused = [...catalogue.keys()].filter((key) => !uses.has(key));
    expect(unused).toEqual([]);
  });
});

import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { argumentNames, flattenCatalogue, parseMessage, pluralUses } from '../i18n/message-format';
import { CATALOGUES } from './catalogues';

const catalogues: Record<string, unknown> = CATALOGUES;
const en = CATALOGUES.en;
const TRANSLATIONS = ['fr', 'es', 'ru', 'zh', 'ar'] as const;
const ALL = ['fr', 'es', 'ru', 'zh', 'ar'];

/** The only messages allowed to read exactly as in English, and in which languages. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // The product name stays in Latin script everywhere.
  'app.name': ALL,
  // "{page} · Pathways": nothing but the product name and a separator.
  'app.documentTitle': ALL,
  // "Version" is spelt the same in French.
  'footer.version': ['fr'],
  // "Sport" is the French word too.
  'registry.interventionTypes.sport': ['fr'],
};

const english = flattenCatalogue(en);

/** The parsed message, or null when it does not parse (the parsing test names those). */
function parsedOrNull(message: string, locale: string): ReturnType<typeof parseMessage> | null {
  try {
    return parseMessage(message, locale);
  } catch {
    return null;
  }
}

function messagesOf(language: string): Map<string, unknown> {
  return flattenCatalogue(catalogues[language]);
}

function stringMessages(language: string): [string, string][] {
  return [...messagesOf(language)].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

describe('the English catalogue', () => {
  it('is non-trivial and holds only strings', () => {
    expect(english.size).toBeGreaterThan(30);
    const notStrings = [...english].filter(([, value]) => typeof value !== 'string').map(([key]) => key);
    expect(notStrings).toEqual([]);
  });
});

describe.each(TRANSLATIONS)('the %s catalogue', (language) => {
  const messages = messagesOf(language);

  it('has exactly the English keys', () => {
    const missing = [...english.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] });
  });

  it('holds only non-empty strings', () => {
    const bad = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([key]) => key)).toEqual([]);
  });

  it('uses the same arguments as English in every message', () => {
    const mismatches: string[] = [];
    for (const [key, message] of stringMessages(language)) {
      const reference = english.get(key);
      if (typeof reference !== 'string') continue;
      const referenceAst = parsedOrNull(reference, 'en');
      const ast = parsedOrNull(message, language);
      if (!referenceAst || !ast) continue;
      const expected = [...argumentNames(referenceAst)].sort();
      const actual = [...argumentNames(ast)].sort();
      if (expected.join() !== actual.join()) {
        mismatches.push(`${key}: expected {${expected.join(', ')}}, found {${actual.join(', ')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('translates every message, apart from the allow-list', () => {
    const untranslated = stringMessages(language)
      .filter(([key, message]) => message === english.get(key))
      .filter(([key]) => !SAME_AS_ENGLISH[key]?.includes(language))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe.each(['en', ...TRANSLATIONS])('ICU messages in %s', (language) => {
  it('all parse as ICU MessageFormat', () => {
    const failures: string[] = [];
    for (const [key, message] of stringMessages(language)) {
      try {
        parseMessage(message, language);
      } catch (error) {
        failures.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('give every plural a branch for each CLDR plural category of the language', () => {
    const gaps: string[] = [];
    let plurals = 0;
    for (const [key, message] of stringMessages(language)) {
      for (const use of pluralUses(parsedOrNull(message, language) ?? [])) {
        plurals += 1;
        const required = new Intl.PluralRules(language, { type: use.kind }).resolvedOptions()
          .pluralCategories;
        const missing = required.filter((category) => !use.selectors.includes(category));
        if (missing.length > 0) gaps.push(`${key} (${use.argument}): missing ${missing.join(', ')}`);
      }
    }
    expect(gaps).toEqual([]);
    // The footer's language count is a real plural in every catalogue.
    expect(plurals).toBeGreaterThan(0);
  });
});

describe('plural forms', () => {
  it.each([
    ['en', 1, '1 language available'],
    ['en', 6, '6 languages available'],
    ['ru', 1, 'Доступен 1 язык'],
    ['ru', 3, 'Доступно 3 языка'],
    ['ru', 6, 'Доступно 6 языков'],
    ['ar', 0, 'لا توجد لغات متاحة'],
    ['ar', 2, 'لغتان متاحتان'],
  ])('%s with %d reads "%s"', (language, count, expected) => {
    const message = messagesOf(language).get('footer.languagesAvailable');
    expect(typeof message).toBe('string');
    const formatted = new IntlMessageFormat(String(message), language).format({ count });
    expect(formatted).toBe(expected);
  });
});

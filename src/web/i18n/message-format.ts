import { IntlMessageFormat } from 'intl-messageformat';

// Helpers for tests and tooling that look inside ICU messages. Not used by the running app.

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

// Values of the parser's TYPE enum (@formatjs/icu-messageformat-parser), which intl-messageformat does not re-export.
const ELEMENT = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, tag: 8 } as const;

/** Parses the way i18next-icu does at run time (tags are left as text). Throws on a syntax error. */
export function parseMessage(message: string, locale: string): MessageElement[] {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
}

/** Names of every argument the message reads: `{name}`, `{n, number}`, plural and select selectors. */
export function argumentNames(elements: readonly MessageElement[]): Set<string> {
  const names = new Set<string>();
  for (const element of elements) {
    if (
      element.type === ELEMENT.argument ||
      element.type === ELEMENT.number ||
      element.type === ELEMENT.date ||
      element.type === ELEMENT.time
    ) {
      names.add(element.value);
    } else if (element.type === ELEMENT.select || element.type === ELEMENT.plural) {
      names.add(element.value);
      for (const option of Object.values(element.options)) {
        for (const name of argumentNames(option.value)) names.add(name);
      }
    } else if (element.type === ELEMENT.tag) {
      for (const name of argumentNames(element.children)) names.add(name);
    }
  }
  return names;
}

export interface PluralUse {
  argument: string;
  kind: 'cardinal' | 'ordinal';
  /** The branch selectors as written: `one`, `few`, `=0`, `other`… */
  selectors: string[];
}

/** Every plural or selectordinal in the message, nested ones included. */
export function pluralUses(elements: readonly MessageElement[]): PluralUse[] {
  const uses: PluralUse[] = [];
  for (const element of elements) {
    if (element.type === ELEMENT.plural) {
      uses.push({
        argument: element.value,
        kind: element.pluralType ?? 'cardinal',
        selectors: Object.keys(element.options),
      });
    }
    if (element.type === ELEMENT.select || element.type === ELEMENT.plural) {
      for (const option of Object.values(element.options)) uses.push(...pluralUses(option.value));
    } else if (element.type === ELEMENT.tag) {
      uses.push(...pluralUses(element.children));
    }
  }
  return uses;
}

/** Flattens a nested catalogue into `a.b.c` keys; a leaf that is not a string is reported, not dropped. */
export function flattenCatalogue(node: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    entries.set(prefix, node);
    return entries;
  }
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [nestedKey, nestedValue] of flattenCatalogue(value, path))
        entries.set(nestedKey, nestedValue);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

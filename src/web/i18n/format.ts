// Dates and numbers are formatted only through Intl, in the language of the interface, with the
// regional conventions of the reader's browser when it names a region of that same language
// (an English interface read in Nairobi or London shows 28 November 2026, not November 28, 2026).

function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** The locale to format for: the browser's own variant of the interface language, or the language itself. */
export function formattingLocale(language: string, preferred: readonly string[] = browserLocales()): string {
  const regional = preferred.find((locale) => locale.toLowerCase().startsWith(`${language.toLowerCase()}-`));
  if (!regional) return language;
  try {
    return Intl.getCanonicalLocales(regional)[0] ?? language;
  } catch (error) {
    // A malformed browser locale is not the reader's fault; fall back to the plain language.
    if (error instanceof RangeError) return language;
    throw error;
  }
}

export function formatDate(
  value: Date | number,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  preferred?: readonly string[],
): string {
  return new Intl.DateTimeFormat(formattingLocale(language, preferred), options).format(value);
}

export function formatNumber(
  value: number | bigint,
  language: string,
  options?: Intl.NumberFormatOptions,
  preferred?: readonly string[],
): string {
  return new Intl.NumberFormat(formattingLocale(language, preferred), options).format(value);
}

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

/**
 * A wait as words in the interface language, rounded up to a whole unit: "in 45 seconds",
 * "dans 15 minutes", "через 2 часа" (Intl.RelativeTimeFormat; Intl.DurationFormat is not yet in
 * every supported browser).
 */
export function formatWait(seconds: number, language: string, preferred?: readonly string[]): string {
  const format = new Intl.RelativeTimeFormat(formattingLocale(language, preferred), { numeric: 'always' });
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return format.format(whole, 'second');
  if (whole < 3600) return format.format(Math.ceil(whole / 60), 'minute');
  return format.format(Math.ceil(whole / 3600), 'hour');
}

/** A file's size as the reader's language writes it: bytes, kilobytes or megabytes. */
export function formatFileSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / 1024 / 1024, 'megabyte'];
  return new Intl.NumberFormat(formattingLocale(language), {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

/** A language tag (`es`, `pt-BR`) by its name in the reader's language; the tag itself if Intl has none. */
export function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([formattingLocale(language)], { type: 'language' }).of(tag) ?? tag;
  } catch (error) {
    // A tag Intl cannot read (the server checks only its shape) is still worth showing as typed.
    if (error instanceof RangeError) return tag;
    throw error;
  }
}

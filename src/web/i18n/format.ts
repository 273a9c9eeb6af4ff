// Dates and numbers are formatted only through Intl, in the language of the interface.

export function formatDate(
  value: Date | number,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(language, options).format(value);
}

export function formatNumber(
  value: number | bigint,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(language, options).format(value);
}

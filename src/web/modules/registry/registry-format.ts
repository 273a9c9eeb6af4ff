import type { RegistryFacilityList } from '../../../contracts/registry';
import { bidiIsolate } from '../../i18n/bidi';
import { formatDate, formattingLocale } from '../../i18n/format';

// Words for the registry's records that Intl gives: lists, language names and instants. Calendar
// days (accreditation periods, expiries) are formatDay's (EligibilityAnswerView): they stay the day
// they are, whatever the reader's time zone.

/** "Mentoring, Sport and Education", joined as the reader's language joins a list. */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(formattingLocale(language), { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

/**
 * A list of values typed in any script (regions, names), each isolated, so that "Central Meridia"
 * stays whole in an Arabic sentence and the reader's own "and" sits between the items, not inside.
 */
export function formatIsolatedList(items: readonly string[], language: string): string {
  return formatList(items.map(bidiIsolate), language);
}

/** A country (ISO 3166 code) by its name in the reader's language, with the code; the code alone if Intl has no name. */
export function countryName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([formattingLocale(language)], { type: 'region' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch (error) {
    if (error instanceof RangeError) return code;
    throw error;
  }
}

// Decisions and records were made at an instant that belongs to no one facility: shown in the
// reader's own time zone, which it names.
const INSTANT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
};

export function formatInstant(iso: string, language: string): string {
  return formatDate(new Date(iso), language, INSTANT);
}

/** The facilities' names by id; an id the list lacks (another tenant's, or one since removed) stays unnamed. */
export function facilityNamer(list: RegistryFacilityList | undefined): (id: string) => string | null {
  const names = new Map(list?.facilities.map((facility) => [facility.id, facility.name]));
  return (id) => names.get(id) ?? null;
}

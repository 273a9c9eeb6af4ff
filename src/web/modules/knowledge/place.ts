import { REGION_NAMES, type Region } from '../../../contracts/knowledge-taxonomy';
import { formatDate } from '../../i18n/format';
import { taxonomyName } from './taxonomy-names';

/** A country's name (ISO 3166-1 alpha-2) in the interface language, or the code when Intl lacks it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch (error) {
    // A code Intl refuses (not two letters): show it as given rather than nothing.
    if (error instanceof RangeError) return code;
    throw error;
  }
}

/** "Country · Region", either part alone, or '' when the entry gives neither. */
export function placeOf(country: string | null, region: Region | null, language: string): string {
  return [
    country ? countryName(country, language) : '',
    region ? taxonomyName(REGION_NAMES, region, language) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A calendar day (YYYY-MM-DD) in words, in the interface language, without any time-zone shift. */
export function formatDay(day: string, language: string): string {
  return formatDate(new Date(`${day}T00:00:00Z`), language, { dateStyle: 'long', timeZone: 'UTC' });
}

/** A moment (ISO 8601) as a day in words, in the interface language. */
export function formatInstant(instant: string, language: string): string {
  return formatDate(new Date(instant), language, { dateStyle: 'long' });
}

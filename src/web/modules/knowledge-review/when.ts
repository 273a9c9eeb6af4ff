import { formatDate } from '../../i18n/format';

/** A moment (ISO 8601) as day and time, in the interface language and the reader's time zone. */
export function formatMoment(instant: string, language: string): string {
  return formatDate(new Date(instant), language, { dateStyle: 'medium', timeStyle: 'short' });
}

import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

// The trail belongs to no one facility: times are shown in the reader's own time zone, which they
// name, to the second (the order of events a few seconds apart matters to an inquiry).
export const INSTANT_FORMAT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
};

/** An instant of the trail as text, for a sentence ("Report produced on {date}"). */
export function formatInstant(iso: string, language: string): string {
  return formatDate(new Date(iso), language, INSTANT_FORMAT);
}

/** An instant of the trail in the reader's language, with the exact UTC time in `datetime`. */
export function Instant({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return <time dateTime={iso}>{formatInstant(iso, language)}</time>;
}

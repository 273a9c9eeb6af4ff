import type { TFunction } from 'i18next';

// What the registry's forms can tell before sending, by the rules of the shared contracts
// (src/contracts/registry-*.ts): lengths, lines without control characters, days, a country code.
// Whether a number is taken, a version issued or a day too late only the server knows.

const CONTROL = /\p{Cc}/u;
// A statement (reasons, conditions, findings) may run over several lines and hold tabs.
const CONTROL_BUT_LINES = /[^\P{Cc}\t\n\r]/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

/** The server counts characters, not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/** A one-line text field (trimmed before sending): empty, too long or holding a control character. */
export function lineProblem(
  text: string,
  rule: { required: boolean; max: number },
  t: TFunction,
): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return rule.required ? t('registry.errors.required') : undefined;
  if (lengthOf(trimmed) > rule.max) return t('registry.errors.tooLong', { max: rule.max });
  if (CONTROL.test(trimmed)) return t('registry.errors.control');
  return undefined;
}

/** A statement over several lines: blank, too long, or holding a control character other than a line break. */
export function statementProblem(
  text: string,
  rule: { required: boolean; max: number },
  t: TFunction,
): string | undefined {
  if (text.trim() === '') return rule.required ? t('registry.errors.required') : undefined;
  if (lengthOf(text) > rule.max) return t('registry.errors.tooLong', { max: rule.max });
  if (CONTROL_BUT_LINES.test(text)) return t('registry.errors.control');
  return undefined;
}

/** A calendar day from a date field (YYYY-MM-DD, whatever the browser shows). */
export function dayProblem(day: string, rule: { required: boolean }, t: TFunction): string | undefined {
  if (day === '') return rule.required ? t('registry.errors.dayRequired') : undefined;
  return DAY.test(day) ? undefined : t('registry.errors.dayFormat');
}

/** A last day before the first: days as YYYY-MM-DD compare as strings. */
export function endBeforeStart(start: string, end: string): boolean {
  return DAY.test(start) && DAY.test(end) && end < start;
}

/** A country as typed (`tn`) and as sent (`TN`); empty is none. */
export function countryProblem(country: string, t: TFunction): string | undefined {
  const trimmed = country.trim();
  return trimmed === '' || COUNTRY.test(trimmed) ? undefined : t('registry.errors.country');
}

/** An optional one-line field as sent: trimmed, or null when left empty (a profile's field is then cleared). */
export const optionalLine = (text: string): string | null => (text.trim() === '' ? null : text.trim());

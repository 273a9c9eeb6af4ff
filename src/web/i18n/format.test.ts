import { describe, expect, it } from 'vitest';
import { formatDate, formatFileSize, formatNumber, formattingLocale, formatWait } from './format';

// A fixed instant, read in UTC so the calendar day does not depend on the test machine's time zone.
const day = Date.UTC(2026, 2, 9, 12);
const longUtc: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

describe('formatDate', () => {
  it('writes a long date in the language of the interface', () => {
    expect(formatDate(day, 'en', longUtc)).toBe('March 9, 2026');
    expect(formatDate(day, 'fr', longUtc)).toBe('9 mars 2026');
    expect(formatDate(day, 'zh', longUtc)).toBe('2026年3月9日');
    expect(formatDate(day, 'ar', longUtc)).toBe(new Intl.DateTimeFormat('ar', longUtc).format(day));
  });

  it('uses the long date style by default', () => {
    expect(formatDate(day, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(day));
  });

  it('accepts other Intl options', () => {
    expect(formatDate(day, 'en', { year: 'numeric', timeZone: 'UTC' })).toBe('2026');
  });
});

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ru')).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(0.25, 'fr', { style: 'percent' })).toBe('25\u00a0%');
  });
});

describe('formattingLocale', () => {
  it("uses the browser's region of the interface language", () => {
    expect(formattingLocale('en', ['en-GB', 'fr-FR'])).toBe('en-GB');
    expect(formattingLocale('fr', ['en-GB', 'fr-ca'])).toBe('fr-CA');
    expect(formatDate(day, 'en', longUtc, ['en-GB'])).toBe('9 March 2026');
  });

  it('keeps the plain language when the browser names no region of it, or a malformed one', () => {
    expect(formattingLocale('ar', ['en-GB', 'fr-FR'])).toBe('ar');
    expect(formattingLocale('zh', [])).toBe('zh');
    expect(formattingLocale('en', ['en-%%'])).toBe('en');
  });
});

describe('formatWait', () => {
  it.each([
    [45, 'en', 'in 45 seconds'],
    [0.2, 'en', 'in 1 second'],
    [60, 'en', 'in 1 minute'],
    [840, 'en', 'in 14 minutes'],
    [841, 'en', 'in 15 minutes'],
    [7200, 'en', 'in 2 hours'],
  ])('%d s in %s reads "%s"', (seconds, language, expected) => {
    expect(formatWait(seconds, language, [])).toBe(expected);
  });

  it('speaks the interface language', () => {
    const rtf = (language: string) => new Intl.RelativeTimeFormat(language, { numeric: 'always' });
    for (const language of ['fr', 'es', 'ru', 'zh', 'ar']) {
      expect(formatWait(900, language, [])).toBe(rtf(language).format(15, 'minute'));
    }
    expect(formatWait(900, 'ru', [])).toBe('через 15 минут');
  });
});

describe('formatFileSize', () => {
  it('writes bytes, kilobytes and megabytes in the interface language', () => {
    expect(formatFileSize(512, 'en')).toMatch(/^512 byte/);
    expect(formatFileSize(240 * 1024, 'en')).toBe('240 kB');
    expect(formatFileSize(10 * 1024 * 1024, 'fr')).toMatch(/^10\s?Mo$/);
  });
});

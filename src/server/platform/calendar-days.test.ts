import { describe, expect, it } from 'vitest';
import { addDays, addMonths, lastDayOf, latestRecordableDay } from './calendar-days.ts';

describe('registry calendar days', () => {
  it.each([
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-01', 1, '2027-01-01'],
    ['2026-10-15', 24, '2028-10-15'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('ends a validity the day before the same date comes round', () => {
    expect(lastDayOf('2026-03-15', 12)).toBe('2027-03-14');
    expect(lastDayOf('2026-10-15', 24)).toBe('2028-10-14');
    expect(lastDayOf('2028-02-29', 12)).toBe('2029-02-27');
  });

  it('accepts records dated up to tomorrow in UTC, today somewhere on Earth', () => {
    expect(latestRecordableDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(latestRecordableDay(new Date('2026-06-01T00:00:00Z'))).toBe('2026-06-02');
  });

  it('refuses what is not a day', () => {
    expect(() => addMonths('1 March 2027', 1)).toThrow('not a calendar day');
  });
});

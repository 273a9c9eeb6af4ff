import { describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/calendar-days.ts';
import { dayOf, daysBetween, reminderStep } from './steps.ts';

describe('reminder steps', () => {
  const today = '2027-03-01';

  it.each([
    [61, null],
    [60, 60],
    [31, 60],
    [30, 30],
    [8, 30],
    [7, 7],
    [1, 7],
    [0, 7],
    [-1, null],
    [-400, null],
  ])('%i days ahead → step %s', (days, step) => {
    expect(reminderStep(addDays(today, days), today)).toBe(step);
  });

  it('counts calendar days across months, leap days and years', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-12-31', '2028-01-01')).toBe(1);
    expect(daysBetween('2027-03-01', '2027-01-30')).toBe(-30);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('reads today as the UTC day of the clock', () => {
    expect(dayOf(new Date('2027-03-01T23:59:59.999Z'))).toBe('2027-03-01');
    expect(dayOf(new Date('2027-03-02T00:00:00+01:00'))).toBe('2027-03-01');
  });
});

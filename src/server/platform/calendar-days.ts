// Calendar days as Pathways stores them (registry validity, reminders, demo dates): "YYYY-MM-DD"
// strings, already validated where they come in, so comparing them as strings compares the days.
// One place for the arithmetic, in UTC, where a day is always 24 hours.

const MS_PER_DAY = 86_400_000;

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const format = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `months` later; the 31st becomes the month's last day where it has none (as PostgreSQL does). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = parts(day);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total % 12;
  const lastDate = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return format(Date.UTC(targetYear, targetMonth, Math.min(date, lastDate)));
}

/** `day` moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day);
  return format(Date.UTC(year, month - 1, date) + days * MS_PER_DAY);
}

/**
 * The last day of something valid for `months` from `day`, counting `day` itself: a year's
 * clearance checked on 15 March runs through 14 March of the next year.
 */
export function lastDayOf(day: string, months: number): string {
  return addDays(addMonths(day, months), -1);
}

/**
 * The latest day a record may say it happened: tomorrow in UTC, which is today somewhere on Earth
 * (up to UTC+14), so that a record made today at any facility is accepted and one dated in the
 * future is not.
 */
export function latestRecordableDay(now: Date): string {
  return format(now.getTime() + MS_PER_DAY);
}

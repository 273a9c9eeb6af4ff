// Whole days between two calendar days (YYYY-MM-DD, already validated), in UTC where a day is
// always 24 hours: the queue's "waiting for N days" and "expires in N days".

const MS_PER_DAY = 86_400_000;

const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** How many days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((timeOf(to) - timeOf(from)) / MS_PER_DAY);
}

/** The UTC day of an instant: the server's today, for a queue of the whole tenant. */
export const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

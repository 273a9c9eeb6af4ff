import { EXPIRY_WINDOW } from '../../../contracts/registry-organisations';

// Where a last day stands from the reader's today: past (expired), within the reminders' first step
// (expires soon, the same 60 days the server's "what expires soon" and the reminders use), or later.
// Days are calendar days, "YYYY-MM-DD"; the reader's today is their own calendar day.

const DAY_MS = 86_400_000;

export type ExpiryStanding =
  | { state: 'expired'; daysLeft: number }
  | { state: 'expires_soon'; daysLeft: number }
  | { state: 'valid'; daysLeft: number };

const pad = (value: number) => String(value).padStart(2, '0');

/** The reader's calendar day now, where they are. */
export function readerToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to`, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Where something whose last day is `lastDay` stands on `today`: the last day itself is still valid. */
export function expiryStanding(lastDay: string, today: string): ExpiryStanding {
  const daysLeft = daysBetween(today, lastDay);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft <= EXPIRY_WINDOW.soonDays) return { state: 'expires_soon', daysLeft };
  return { state: 'valid', daysLeft };
}

import type { EntrySummary } from '../../../contracts/knowledge';

const DAY_MS = 24 * 60 * 60 * 1000;

type Waiting = Pick<EntrySummary, 'updatedAt' | 'staleSince' | 'waitingSince'>;

/**
 * Whole days an entry has waited for an editor: since the queue says it began waiting, else since it
 * was flagged stale, else since its last change; never below zero.
 */
export function daysWaiting(entry: Waiting, now: number): number {
  const since = Date.parse(entry.waitingSince ?? entry.staleSince ?? entry.updatedAt);
  return Math.max(0, Math.floor((now - since) / DAY_MS));
}

/** Longest waiting first. */
export function byWaiting<T extends Waiting>(entries: readonly T[], now: number) {
  return [...entries].sort((a, b) => daysWaiting(b, now) - daysWaiting(a, now));
}

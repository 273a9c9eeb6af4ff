import { REMINDER_STEPS, type ReminderStep } from '../../../../contracts/notifications.ts';

// When a reminder is due. Days are calendar days ("YYYY-MM-DD"); the round reads "today" as the UTC
// day of its clock (a tenant's facilities may be in several time zones, and a reminder weeks ahead
// does not need to know which).

const DAY_MS = 86_400_000;

/** The furthest step: nothing is reminded of earlier than this many days ahead. */
export const FIRST_STEP: ReminderStep = REMINDER_STEPS[0];

/** The UTC calendar day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The step whose reminder is due today for something whose last day is `dueOn`: the nearest step
 * not yet passed (31 to 60 days ahead: 60; 8 to 30: 30; 0 to 7: 7), or null when it is further than
 * 60 days ahead or already over. A round that did not run for a while therefore sends only the
 * step that matters now, never the ones it missed.
 */
export function reminderStep(dueOn: string, today: string): ReminderStep | null {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return null;
  const steps = [...REMINDER_STEPS].sort((a, b) => a - b);
  return steps.find((step) => daysLeft <= step) ?? null;
}

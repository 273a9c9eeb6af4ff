import type { NotificationKind, ReminderStep } from '../../../contracts/notifications.ts';

// The words of a notification, in English only for now: the API also gives the structured fields
// (kind, subject, course, due date, step) from which the web app will say it in the reader's
// language. Nothing here is sensitive: a name, a course and a date, never why (no vetting finding,
// no reason of a decision).

/** What a notification says, as stored (kind, due date, step) and as looked up (names). */
export interface NotificationWords {
  kind: NotificationKind;
  subjectName: string;
  courseName: string | null;
  dueOn: string;
  daysBefore: ReminderStep;
}

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "1 March 2027". */
export function englishDate(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

/** The notification in one English sentence. */
export function englishMessage(words: NotificationWords): string {
  const date = englishDate(words.dueOn);
  switch (words.kind) {
    case 'accreditation_expiring':
      return `The accreditation of ${words.subjectName} ends on ${date}.`;
    case 'vetting_expiring':
      return `The vetting clearance of ${words.subjectName} ends on ${date}.`;
    case 'certificate_expiring':
      return `The ${words.courseName ?? 'training'} certificate of ${words.subjectName} ends on ${date}.`;
  }
}

const RENEWAL: Record<NotificationKind, string> = {
  accreditation_expiring:
    'If the organisation is to keep working in prisons, its renewal should be decided before then.',
  vetting_expiring: 'A renewed check should be recorded before then for regular work to continue.',
  certificate_expiring: 'The course should be taken again before then where it is required.',
};

/** The reminder e-mail: the same sentence, what to do, and where to see it. */
export function reminderEmail(words: NotificationWords): { subject: string; text: string } {
  const message = englishMessage(words);
  return {
    subject: `Reminder: ${message.replace(/\.$/, '')}`,
    text: [
      message,
      '',
      RENEWAL[words.kind],
      '',
      `This is the ${words.daysBefore}-day reminder; it is also among your notifications in Pathways.`,
      '',
    ].join('\n'),
  };
}

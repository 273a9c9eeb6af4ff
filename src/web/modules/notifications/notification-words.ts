import type { ParseKeys, TFunction } from 'i18next';
import type { Notification, NotificationKind } from '../../../contracts/notifications';
import { formatDay } from '../registry/EligibilityAnswerView';

// A notification in the reader's language, from its structured fields (the server's `message` is
// the English e-mail's sentence). The date is a calendar day; whether it is still to come or past
// is judged against the reader's today, so a reminder read late does not say "ends" of a past day.

type Words = { endsKey: ParseKeys; endedKey: ParseKeys };

const WORDS: Readonly<Record<NotificationKind, Words>> = {
  accreditation_expiring: {
    endsKey: 'notifications.messages.accreditationEnds',
    endedKey: 'notifications.messages.accreditationEnded',
  },
  vetting_expiring: {
    endsKey: 'notifications.messages.vettingEnds',
    endedKey: 'notifications.messages.vettingEnded',
  },
  certificate_expiring: {
    endsKey: 'notifications.messages.certificateEnds',
    endedKey: 'notifications.messages.certificateEnded',
  },
};

/** Today as YYYY-MM-DD where the reader is. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "The vetting clearance of Yasmin Haddad ended on 3 March 2026.", in the reader's language. */
export function notificationSentence(
  t: TFunction,
  language: string,
  notification: Notification,
  today: string = localToday(),
): string {
  const words = WORDS[notification.kind];
  // Calendar days as YYYY-MM-DD compare as strings; the last day itself is still "ends".
  const key = notification.dueOn < today ? words.endedKey : words.endsKey;
  return t(key, {
    subject: notification.subject.name,
    course: notification.course?.name ?? '',
    date: formatDay(notification.dueOn, language),
  });
}

import { type Static, type TSchema, Type } from 'typebox';

/**
 * A user's own notifications: reminders of accreditations, vetting clearances and certificates
 * about to end. Shared by the server (route schemas, the CHECKs of
 * db/migrations/0009_notifications.sql repeat the lists) and the web app (the `Static` types and
 * the paths). Imports nothing but typebox.
 *
 * Each notification carries structured fields (kind, subject, course, due date, step) for the web
 * app to put into words in the reader's language, and `message`, the same in English, which is
 * also what the reminder e-mail says.
 */

/** What a notification is about. */
export const NOTIFICATION_KINDS = [
  'accreditation_expiring',
  'vetting_expiring',
  'certificate_expiring',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The steps of the reminders before an expiry, in days, earliest first. */
export const REMINDER_STEPS = [60, 30, 7] as const;
export type ReminderStep = (typeof REMINDER_STEPS)[number];

export const NOTIFICATION_SUBJECT_TYPES = ['organisation', 'practitioner'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

export const NOTIFICATION_LIST_LIMIT = { default: 20, max: 100 } as const;

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Where notifications answer. */
export const NOTIFICATION_PATHS = {
  notifications: '/api/v1/notifications',
  read: (id: string) => `/api/v1/notifications/${encodeURIComponent(id)}/read`,
} as const;

export const NotificationParams = Type.Object({ id: Id }, { additionalProperties: false });
export type NotificationParams = Static<typeof NotificationParams>;

export const NotificationListQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean({ description: 'true: only the notifications not yet read.' })),
    cursor: Type.Optional(Type.String({ format: 'uuid', description: 'nextCursor of the previous page.' })),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: NOTIFICATION_LIST_LIMIT.max,
        default: NOTIFICATION_LIST_LIMIT.default,
      }),
    ),
  },
  { additionalProperties: false },
);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const Notification = Type.Object({
  id: Id,
  kind: Type.Enum([...NOTIFICATION_KINDS]),
  /** The organisation (accreditation) or practitioner (vetting, certificate) it is about, by name. */
  subject: Type.Object({
    type: Type.Enum([...NOTIFICATION_SUBJECT_TYPES]),
    id: Id,
    name: Type.String(),
  }),
  /** The course of a certificate; null for the other kinds. */
  course: Nullable(Type.Object({ id: Id, code: Type.String(), name: Type.String() })),
  /** The last day the accreditation, clearance or certificate holds. */
  dueOn: Day,
  /** The reminder's step: 60, 30 or 7 days before `dueOn`. */
  daysBefore: Type.Enum([...REMINDER_STEPS]),
  /** The notification in English; the web app composes its own words from the fields above. */
  message: Type.String(),
  createdAt: Time,
  readAt: Nullable(Time),
});
export type Notification = Static<typeof Notification>;

export const NotificationList = Type.Object({
  items: Type.Array(Notification, { description: 'Newest first.' }),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: Nullable(Type.String()),
  /** How many of the user's notifications are unread, whatever the filter. */
  unreadCount: Type.Integer({ minimum: 0 }),
});
export type NotificationList = Static<typeof NotificationList>;

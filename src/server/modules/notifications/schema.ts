import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  NotificationKind,
  NotificationSubjectType,
  ReminderStep,
} from '../../../contracts/notifications.ts';

// Typed columns of db/migrations/0009_notifications.sql, which is the source of truth (the unique
// key that makes a reminder once, row-level security, the column grants).

/** The e-mail channel of a notification (see the migration for each status). */
export type EmailStatus = 'pending' | 'sent' | 'failed' | 'not_configured' | 'no_address';

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  recipientUserId: uuid('recipient_user_id').notNull(),
  kind: text('kind').$type<NotificationKind>().notNull(),
  subjectType: text('subject_type').$type<NotificationSubjectType>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  courseId: uuid('course_id'),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  daysBefore: integer('days_before').$type<ReminderStep>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp('read_at', { withTimezone: true }),
  emailStatus: text('email_status').$type<EmailStatus>().notNull().default('pending'),
  emailAttempts: integer('email_attempts').notNull().default(0),
  emailLastError: text('email_last_error'),
  emailNextAttemptAt: timestamp('email_next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  emailSentAt: timestamp('email_sent_at', { withTimezone: true }),
});

/** Where a user's notifications are e-mailed; a user without one gets them in the app only. */
export const notificationAddresses = pgTable('notification_addresses', {
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  address: text('address').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

import { date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AttendanceOutcome } from '../../../../contracts/registry-training.ts';

// Typed columns of db/migrations/0010_training.sql, which is the source of truth (constraints,
// row-level security, grants, the append-only attendance). Dates are calendar dates, as text.

const day = (name: string) => date(name, { mode: 'string' });

export const trainingSessions = pgTable('training_sessions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  courseId: uuid('course_id').notNull(),
  facilityId: uuid('facility_id'),
  place: text('place').notNull(),
  heldOn: day('held_on').notNull(),
  trainerName: text('trainer_name').notNull(),
  notes: text('notes'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const trainingAttendance = pgTable('training_attendance', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  sessionId: uuid('session_id').notNull(),
  practitionerId: uuid('practitioner_id'),
  userId: uuid('user_id'),
  outcome: text('outcome').$type<AttendanceOutcome>().notNull(),
  certificateId: uuid('certificate_id'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The certificates table as 0010 left it: held by a practitioner or by a member of staff, and
 * naming the session that gave it. (registry/schema.ts keeps the practitioners' view of it, which
 * every certificate by hand fits.)
 */
export const trainingCertificates = pgTable('certificates', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  practitionerId: uuid('practitioner_id'),
  userId: uuid('user_id'),
  sessionId: uuid('session_id'),
  courseId: uuid('course_id').notNull(),
  issuedOn: day('issued_on').notNull(),
  expiresOn: day('expires_on'),
  recordedBy: uuid('recorded_by'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The catalogue's columns with 0010's `added_by`. */
export const catalogueCourses = pgTable('courses', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  validityMonths: integer('validity_months'),
  addedBy: uuid('added_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

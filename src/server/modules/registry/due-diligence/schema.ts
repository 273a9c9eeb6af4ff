import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DueDiligenceKind, DueDiligenceResult } from '../../../../contracts/registry-review.ts';

// Typed columns of db/migrations/0011_due_diligence.sql, which is the source of truth (constraints,
// row-level security, grant, the append-only trigger). Days are calendar dates, as text.

export const dueDiligenceChecks = pgTable('due_diligence_checks', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  kind: text('check_kind').$type<DueDiligenceKind>().notNull(),
  result: text('result').$type<DueDiligenceResult>().notNull(),
  /** `security` class: never shown to civil society. */
  evidence: text('evidence').notNull(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
  checkedBy: uuid('checked_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

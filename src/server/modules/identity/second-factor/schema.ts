import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed columns of recovery_codes (db/migrations/0004_second_factor.sql is the source of truth).
// The second factor's columns on users are in ../schema.ts with the rest of the users table.

export const recoveryCodes = pgTable('recovery_codes', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  codeHash: text('code_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

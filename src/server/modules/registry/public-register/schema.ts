import { boolean, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

// Typed columns of db/migrations/0012_public_register.sql, which is the source of truth
// (row-level security, grants).

export const registryPublication = pgTable('registry_publication', {
  tenantId: uuid('tenant_id').primaryKey(),
  isPublic: boolean('is_public').notNull(),
  changedBy: uuid('changed_by'),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

import { bigint, boolean, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/db/schema.ts';
import type { AuditDetail } from './events.ts';

// Typed mirrors of db/migrations/0002_audit_trail.sql, for reads such as oversight searches. The
// migration is the source of truth (constraints, triggers, row-level security, grants). Entries are
// written only through recordAudit (service.ts), never with an insert built on these tables.

export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    personId: uuid('person_id'),
    purpose: text('purpose'),
    breakGlass: boolean('break_glass').notNull(),
    outcome: text('outcome').$type<'allowed' | 'denied'>().notNull(),
    requestId: text('request_id'),
    address: text('address'),
    details: jsonb('details').$type<Record<string, AuditDetail>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [unique().on(table.tenantId, table.seq)],
);

export const auditChainHeads = pgTable('audit_chain_heads', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});

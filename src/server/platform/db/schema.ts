import { boolean, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

// Table definitions for typed queries. The SQL files in db/migrations are the source of truth for
// the schema (constraints, row-level security, grants); these mirror the columns queries use.

/** The root of tenancy: one prison service (or other operator of a Pathways space). */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  defaultLanguage: text('default_language').notNull(),
  isDemo: boolean('is_demo').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const facilityKinds = ['men', 'women', 'juvenile', 'mixed'] as const;
export type FacilityKind = (typeof facilityKinds)[number];

/** A prison or centre of a tenant's prison service; times are shown in its time zone. */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<FacilityKind>().notNull(),
    timeZone: text('time_zone').notNull(),
    capacity: integer('capacity'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // The prison service that runs it (migration 0003); an organisation of the same tenant.
    organisationId: uuid('organisation_id'),
  },
  (table) => [unique().on(table.tenantId, table.code)],
);

/** One row about this installation as a whole. */
export const installation = pgTable('installation', {
  id: boolean('id').primaryKey().default(true),
  firstStartedAt: timestamp('first_started_at', { withTimezone: true }),
  demoDataLoadedAt: timestamp('demo_data_loaded_at', { withTimezone: true }),
});

export const schema = { tenants, facilities, installation };

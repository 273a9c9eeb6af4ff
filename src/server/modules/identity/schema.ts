import { bigint, boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OrganisationKind, Role, ScopeKind } from './roles.ts';

// Typed columns of db/migrations/0003_identity.sql, which is the source of truth (constraints,
// row-level security, grants, the login-name trigger).

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  kind: text('kind').$type<OrganisationKind>().notNull(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash'),
  active: boolean('active').notNull().default(true),
  totpSecretEncrypted: text('totp_secret_encrypted'),
  mfaEnrolledAt: timestamp('mfa_enrolled_at', { withTimezone: true }),
  // 0004: replay protection and a started, unconfirmed enrolment (second-factor/).
  totpLastTimeStep: bigint('totp_last_time_step', { mode: 'number' }),
  totpPendingSecretEncrypted: text('totp_pending_secret_encrypted'),
  totpPendingSince: timestamp('totp_pending_since', { withTimezone: true }),
  createdAt: createdAt(),
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
});

/** The pre-tenant sign-in directory; written only by the trigger on users. */
export const loginNames = pgTable('login_names', {
  username: text('username').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
});

export const roleAssignments = pgTable('role_assignments', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  role: text('role').$type<Role>().notNull(),
  scope: text('scope').$type<ScopeKind>().notNull(),
  facilityId: uuid('facility_id'),
  organisationId: uuid('organisation_id'),
  createdAt: createdAt(),
});

/** Why a session ended; `replaced`: a new session took its place when its level of trust changed. */
export type RevokedReason = 'sign_out' | 'revoked' | 'sign_out_everywhere' | 'replaced';

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedReason: text('revoked_reason').$type<RevokedReason>(),
  mfaVerifiedAt: timestamp('mfa_verified_at', { withTimezone: true }),
  userAgent: text('user_agent'),
  address: text('address'),
});

export const signInAttempts = pgTable('sign_in_attempts', {
  id: uuid('id').primaryKey(),
  accountKey: text('account_key').notNull(),
  addressKey: text('address_key').notNull(),
  succeeded: boolean('succeeded').notNull(),
  attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
});

import { randomBytes } from 'node:crypto';
import { type AuditEntry, entryHash, GENESIS_HASH } from '../../src/server/modules/audit/canonical.ts';
import type { AuditAction } from '../../src/server/modules/audit/events.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { hashPassword } from '../../src/server/modules/identity/passwords/hashing.ts';
import { assignmentOf, type OrganisationKind, type Role } from '../../src/server/modules/identity/roles.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { TEST_PASSWORD, type TestTenant, type TestUser } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// Factories for access and audit tests, beside the identity ones: organisations of any kind, more
// facilities, users with roles in any scope, and audit entries at chosen times. Each call makes
// fresh rows as the superuser.

const unique = () => randomBytes(4).toString('hex');
let passwordHash: Promise<string> | undefined;

export async function makeOrganisation(test: TestDatabase, tenant: TestTenant, kind: OrganisationKind) {
  const id = uuidv7();
  await test.superuser('insert into organisations (id, tenant_id, kind, name) values ($1, $2, $3, $4)', [
    id,
    tenant.id,
    kind,
    `${kind} ${unique()}`,
  ]);
  return id;
}

export async function makeFacility(test: TestDatabase, tenant: TestTenant) {
  const id = uuidv7();
  await test.superuser(
    `insert into facilities (id, tenant_id, organisation_id, code, name, kind, time_zone)
     values ($1, $2, $3, $4, 'Another facility', 'women', 'UTC')`,
    [id, tenant.id, tenant.organisationId, `F-${unique().toUpperCase()}`],
  );
  return id;
}

export interface Member extends TestUser {
  organisationId: string;
  displayName: string;
  /** The member as the access core sees them once signed in. */
  actor: Actor;
}

/**
 * A user of `organisationId` (default: the tenant's prison service) holding `role`, scoped to
 * `scopeId` (a facility for facility roles, an organisation for organisation roles; by default the
 * tenant's facility, or the user's own organisation).
 */
export async function makeMember(
  test: TestDatabase,
  tenant: TestTenant,
  role: Role,
  options: { organisationId?: string; scopeId?: string } = {},
): Promise<Member> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId = options.organisationId ?? tenant.organisationId;
  const member = {
    id: uuidv7(),
    username: `member.${unique()}`,
    password: TEST_PASSWORD,
    tenantId: tenant.id,
    organisationId,
    displayName: `Member ${unique()} ${role}`,
  };
  await test.superuser(
    `insert into users (id, tenant_id, organisation_id, username, display_name, password_hash)
     values ($1, $2, $3, $4, $5, $6)`,
    [member.id, tenant.id, organisationId, member.username, member.displayName, await passwordHash],
  );
  const assignment = assignmentOf(role, {
    facilityId: options.scopeId ?? tenant.facilityId,
    organisationId: options.scopeId ?? organisationId,
  });
  await test.superuser(
    `insert into role_assignments (id, tenant_id, user_id, role, scope, facility_id, organisation_id)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      uuidv7(),
      tenant.id,
      member.id,
      role,
      assignment.scope,
      assignment.facilityId,
      assignment.organisationId,
    ],
  );
  return {
    ...member,
    actor: { userId: member.id, tenantId: tenant.id, organisationId, roles: [assignment] },
  };
}

/** An entry to append; what is not given is a plain allowed read with no person. */
export interface SeedEntry {
  occurredAt: string;
  action?: AuditAction;
  outcome?: 'allowed' | 'denied';
  actorUserId?: string | null;
  actorOrganisationId?: string | null;
  personId?: string | null;
  breakGlass?: boolean;
  purpose?: string | null;
  subjectType?: string;
  subjectId?: string | null;
}

/**
 * Appends entries at chosen times to the tenant's chain, hashed as the application would, so that
 * searches by time can be tested and the chain still verifies. Returns their seqs.
 */
export async function appendEntries(test: TestDatabase, tenantId: string, entries: SeedEntry[]) {
  await test.superuser(
    `insert into audit_chain_heads (tenant_id, last_seq, last_hash) values ($1, 0, $2)
     on conflict (tenant_id) do nothing`,
    [tenantId, GENESIS_HASH],
  );
  const seqs: number[] = [];
  for (const seed of entries) {
    const [head] = await test.superuser<{ last_seq: string; last_hash: string }>(
      'select last_seq::text, last_hash from audit_chain_heads where tenant_id = $1',
      [tenantId],
    );
    const entry: AuditEntry = {
      id: uuidv7(),
      tenantId,
      seq: Number(head?.last_seq ?? 0) + 1,
      occurredAt: seed.occurredAt,
      actorUserId: seed.actorUserId ?? null,
      actorOrganisationId: seed.actorOrganisationId ?? null,
      action: seed.action ?? 'record.read',
      subjectType: seed.subjectType ?? 'case_file',
      subjectId: seed.subjectId ?? `CASE-2026-${unique()}`,
      personId: seed.personId ?? null,
      purpose: seed.purpose ?? null,
      breakGlass: seed.breakGlass ?? false,
      outcome: seed.outcome ?? 'allowed',
      requestId: `req-${unique()}`,
      address: '192.0.2.44',
      details: {},
      previousHash: head?.last_hash ?? GENESIS_HASH,
    };
    await test.superuser(
      `insert into audit_events (id, tenant_id, seq, occurred_at, actor_user_id, actor_organisation_id, action,
         subject_type, subject_id, person_id, purpose, break_glass, outcome, request_id, address, details,
         previous_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, '{}', $16, $17)`,
      [
        entry.id,
        tenantId,
        entry.seq,
        entry.occurredAt,
        entry.actorUserId,
        entry.actorOrganisationId,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.personId,
        entry.purpose,
        entry.breakGlass,
        entry.outcome,
        entry.requestId,
        entry.address,
        entry.previousHash,
        entryHash(entry),
      ],
    );
    seqs.push(entry.seq);
  }
  return seqs;
}

/** The tenant's entries of these actions, oldest first (as the superuser). */
export function entriesOf(test: TestDatabase, tenantId: string, actions: AuditAction[]) {
  return test.superuser<{
    seq: number;
    action: string;
    outcome: string;
    actor_user_id: string | null;
    subject_type: string | null;
    subject_id: string | null;
    person_id: string | null;
    purpose: string | null;
    break_glass: boolean;
    details: Record<string, unknown>;
  }>(
    `select seq::int, action, outcome, actor_user_id::text, subject_type, subject_id, person_id::text, purpose,
            break_glass, details
       from audit_events where tenant_id = $1 and action = any($2) order by seq`,
    [tenantId, actions],
  );
}

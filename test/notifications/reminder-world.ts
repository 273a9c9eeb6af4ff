import { randomBytes } from 'node:crypto';
import type { OutgoingEmail } from '../../src/server/modules/notifications/reminders/mailer.ts';
import { addDays } from '../../src/server/platform/calendar-days.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// A tenant to remind: a prison service (director, security officer, gate officer, administrator at
// its facility), a civil society organisation with its coordinator, and a second organisation with
// its own. Registry rows are written as the superuser, dated from TODAY; each test adds what expires.

const unique = () => randomBytes(4).toString('hex');

/** The reminder rounds' clock in these tests, and its day. */
export const NOW = new Date('2027-03-01T09:00:00Z');
export const TODAY = '2027-03-01';
export const inDays = (days: number) => addDays(TODAY, days);
/** The clock `days` later. */
export const later = (days: number, minutes = 0) =>
  new Date(NOW.getTime() + days * 86_400_000 + minutes * 60_000);

export interface ReminderWorld {
  tenant: TestTenant;
  organisation: string;
  organisationName: string;
  otherOrganisation: string;
  members: Record<
    'director' | 'security' | 'gate' | 'admin' | 'caseManager' | 'coordinator' | 'otherCoordinator',
    Member
  >;
}

/** A fresh demo tenant (its accounts sign in without a second factor) with the people above. */
export async function makeReminderWorld(test: TestDatabase): Promise<ReminderWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const organisation = await makeOrganisation(test, tenant, 'civil_society');
  const otherOrganisation = await makeOrganisation(test, tenant, 'civil_society');
  const [row] = await test.superuser<{ name: string }>('select name from organisations where id = $1', [
    organisation,
  ]);
  const member = (role: Parameters<typeof makeMember>[2], organisationId?: string) =>
    makeMember(test, tenant, role, organisationId ? { organisationId } : {});
  return {
    tenant,
    organisation,
    organisationName: row?.name ?? '',
    otherOrganisation,
    members: {
      director: await member('director'),
      security: await member('security_officer'),
      gate: await member('gate_officer'),
      admin: await member('administrator'),
      caseManager: await member('case_manager'),
      coordinator: await member('cso_coordinator', organisation),
      otherCoordinator: await member('cso_coordinator', otherOrganisation),
    },
  };
}

/** Appends an accreditation decision (accredited until `validUntil`, or another status); the latest holds. */
export async function decide(
  test: TestDatabase,
  tenantId: string,
  organisationId: string,
  decision:
    | { status: 'accredited'; validUntil: string }
    | { status: 'suspended' | 'revoked' | 'under_review' },
  decidedAt: string,
) {
  if (decision.status === 'accredited') {
    await test.superuser(
      `insert into accreditation_decisions (id, tenant_id, organisation_id, status, valid_from, valid_until,
         facility_ids, intervention_types, decided_at)
       values ($1, $2, $3, 'accredited', '2026-01-01', $4, array[$5]::uuid[], array['mentoring'], $6)`,
      [uuidv7(), tenantId, organisationId, decision.validUntil, await facilityOf(test, tenantId), decidedAt],
    );
    return;
  }
  await test.superuser(
    `insert into accreditation_decisions (id, tenant_id, organisation_id, status, reasons, decided_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      uuidv7(),
      tenantId,
      organisationId,
      decision.status,
      decision.status === 'under_review' ? null : 'Stated reasons, never in a reminder.',
      decidedAt,
    ],
  );
}

async function facilityOf(test: TestDatabase, tenantId: string) {
  const [row] = await test.superuser<{ id: string }>(
    'select id from facilities where tenant_id = $1 limit 1',
    [tenantId],
  );
  return row?.id ?? '';
}

/** A practitioner of the organisation, with an account of their own when `user` is given. */
export async function addPractitioner(
  test: TestDatabase,
  world: ReminderWorld,
  options: { user?: Member; accessTier?: 'occasional' | 'regular'; organisationId?: string } = {},
) {
  const id = uuidv7();
  const displayName = `Practitioner ${unique()}`;
  await test.superuser(
    `insert into practitioners (id, tenant_id, organisation_id, user_id, display_name, access_tier, languages)
     values ($1, $2, $3, $4, $5, $6, array['fr'])`,
    [
      id,
      world.tenant.id,
      options.organisationId ?? world.organisation,
      options.user?.id ?? null,
      displayName,
      options.accessTier ?? 'regular',
    ],
  );
  return { id, displayName };
}

/** The vetting findings of every check these tests record: security class, never in a reminder. */
export const FINDINGS = 'Confidential finding: an old caution in the records consulted.';

export async function vet(
  test: TestDatabase,
  tenantId: string,
  practitionerId: string,
  outcome: 'cleared' | 'not_cleared' | 'pending',
  checkedOn: string,
  expiresOn: string | null,
) {
  await test.superuser(
    `insert into vetting_checks (id, tenant_id, practitioner_id, level, outcome, checked_on, expires_on, findings)
     values ($1, $2, $3, 'enhanced', $4, $5, $6, $7)`,
    [uuidv7(), tenantId, practitionerId, outcome, checkedOn, expiresOn, FINDINGS],
  );
}

/** A course; `requiredOf` a tier makes the tenant's facility require it of that tier. */
export async function addCourse(
  test: TestDatabase,
  tenantId: string,
  options: { requiredOf?: 'occasional' | 'regular' } = {},
) {
  const id = uuidv7();
  const code = `course_${unique()}`;
  const name = `Course ${unique()}`;
  await test.superuser(
    `insert into courses (id, tenant_id, code, name, validity_months) values ($1, $2, $3, $4, 24)`,
    [id, tenantId, code, name],
  );
  if (options.requiredOf) {
    await test.superuser(
      `insert into course_requirements (tenant_id, facility_id, access_tier, course_id) values ($1, $2, $3, $4)`,
      [tenantId, await facilityOf(test, tenantId), options.requiredOf, id],
    );
  }
  return { id, code, name };
}

export async function certify(
  test: TestDatabase,
  tenantId: string,
  practitionerId: string,
  courseId: string,
  expiresOn: string | null,
) {
  await test.superuser(
    `insert into certificates (id, tenant_id, practitioner_id, course_id, issued_on, expires_on)
     values ($1, $2, $3, $4, '2025-06-01', $5)`,
    [uuidv7(), tenantId, practitionerId, courseId, expiresOn],
  );
}

/** Gives a user an address for reminder e-mails, unique to the test run. */
export async function giveAddress(test: TestDatabase, member: Member): Promise<string> {
  const address = `${member.username}@example.org`;
  await test.superuser(
    'insert into notification_addresses (tenant_id, user_id, address) values ($1, $2, $3)',
    [member.tenantId, member.id, address],
  );
  return address;
}

export interface StoredNotification {
  id: string;
  recipient: string;
  kind: string;
  subject_id: string;
  course_id: string | null;
  due_on: string;
  days_before: number;
  email_status: string;
  email_attempts: number;
  email_last_error: string | null;
  email_next_attempt_at: string;
  email_sent_at: string | null;
}

/** The tenant's notifications, as the superuser sees them. */
export function notificationsOf(test: TestDatabase, tenantId: string): Promise<StoredNotification[]> {
  return test.superuser<StoredNotification & Record<string, unknown>>(
    `select id::text, recipient_user_id::text as recipient, kind, subject_id::text, course_id::text,
            due_on::text, days_before, email_status, email_attempts, email_last_error,
            to_char(email_next_attempt_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as email_next_attempt_at,
            to_char(email_sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as email_sent_at
       from notifications where tenant_id = $1
      order by recipient_user_id, kind, subject_id, due_on, days_before`,
    [tenantId],
  );
}

/** A mailer double: keeps what it is given; `fail` decides, per e-mail, to throw instead. */
export function fakeMailer(fail: (email: OutgoingEmail) => Error | null = () => null) {
  const sent: OutgoingEmail[] = [];
  const attempts: OutgoingEmail[] = [];
  let closed = false;
  return {
    sent,
    attempts,
    get closed() {
      return closed;
    },
    async send(email: OutgoingEmail) {
      attempts.push(email);
      const failure = fail(email);
      if (failure) throw failure;
      sent.push(email);
    },
    close() {
      closed = true;
    },
  };
}

/** An error as nodemailer gives it: a message quoting the address, a code, an SMTP reply. */
export function smtpError(
  to: string,
  options: { code: string; responseCode?: number; permanent?: boolean },
): Error {
  return Object.assign(
    new Error(`Can't send mail - ${options.responseCode ?? ''} <${to}>: rejected`),
    options,
  );
}

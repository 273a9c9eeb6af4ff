import { sql } from 'drizzle-orm';
import type { NotificationKind, NotificationSubjectType } from '../../../../contracts/notifications.ts';
import { queryRows, type Tx } from '../../../platform/db/database.ts';

/** Something about to end, and one person to remind of it. */
export interface ExpiringForRecipient {
  recipientUserId: string;
  kind: NotificationKind;
  subjectType: NotificationSubjectType;
  subjectId: string;
  courseId: string | null;
  dueOn: string;
}

/**
 * Everything of the transaction's tenant that ends between `firstDay` and `lastDay` (both
 * included), once per person to remind, in a fixed order (so that two rounds inserting the same
 * reminders take their locks in the same order and cannot deadlock):
 *
 * - an accreditation: the organisation's latest decision (by decided_at, then id, as the registry
 *   reads it) is `accredited` and its valid_until falls in the window; a suspension, revocation or
 *   refusal since means there is nothing to renew;
 * - a vetting clearance: the practitioner's latest check that is not pending is `cleared` (a newer
 *   refusal overrides it, a pending renewal does not, as in the eligibility decision);
 * - a certificate: the practitioner's certificates of a course some facility requires of their
 *   access tier (a regular practitioner may also come occasionally) run out on the latest of their
 *   expiries; none if one of them never expires.
 *
 * Whom: the organisation's coordinators, for all three; the prison service's directors and
 * security officers (who decide renewals) for accreditations; the practitioner's own account for
 * vetting and certificates. Active accounts only.
 *
 * It reads the registry's and identity's tables directly: this is one set-based question over the
 * whole tenant, which no per-record service answers, and it only reads.
 */
export function findExpiring(tx: Tx, firstDay: string, lastDay: string): Promise<ExpiringForRecipient[]> {
  return queryRows<ExpiringForRecipient & Record<string, unknown>>(
    tx,
    sql`
      with latest_decisions as (
        select distinct on (organisation_id) organisation_id, status, valid_until
          from accreditation_decisions
         order by organisation_id, decided_at desc, id desc
      ),
      latest_vetting as (
        select distinct on (practitioner_id) practitioner_id, outcome, expires_on
          from vetting_checks
         where outcome <> 'pending'
         order by practitioner_id, checked_on desc, recorded_at desc, id desc
      ),
      required_certificates as (
        select c.practitioner_id, c.course_id, max(c.expires_on) as expires_on
          from certificates c
          join practitioners p on p.tenant_id = c.tenant_id and p.id = c.practitioner_id
         where exists (
                 select from course_requirements r
                  where r.tenant_id = c.tenant_id and r.course_id = c.course_id
                    and (r.access_tier = p.access_tier or p.access_tier = 'regular'))
         group by c.practitioner_id, c.course_id
        having bool_and(c.expires_on is not null)
      ),
      expiring as (
        select 'accreditation_expiring'::text as kind, 'organisation'::text as subject_type,
               d.organisation_id as subject_id, d.organisation_id, null::uuid as practitioner_user_id,
               null::uuid as course_id, d.valid_until as due_on
          from latest_decisions d
         where d.status = 'accredited' and d.valid_until between ${firstDay}::date and ${lastDay}::date
        union all
        select 'vetting_expiring', 'practitioner', p.id, p.organisation_id, p.user_id, null, v.expires_on
          from latest_vetting v
          join practitioners p on p.id = v.practitioner_id
         where v.outcome = 'cleared' and v.expires_on between ${firstDay}::date and ${lastDay}::date
        union all
        select 'certificate_expiring', 'practitioner', p.id, p.organisation_id, p.user_id, h.course_id,
               h.expires_on
          from required_certificates h
          join practitioners p on p.id = h.practitioner_id
         where h.expires_on between ${firstDay}::date and ${lastDay}::date
      ),
      recipients as (
        select e.kind, e.subject_type, e.subject_id, e.course_id, e.due_on, ra.user_id as recipient_user_id
          from expiring e
          join role_assignments ra on ra.role = 'cso_coordinator' and ra.organisation_id = e.organisation_id
        union all
        select e.kind, e.subject_type, e.subject_id, e.course_id, e.due_on, ra.user_id
          from expiring e
          join role_assignments ra on ra.role in ('director', 'security_officer')
         where e.kind = 'accreditation_expiring'
        union all
        select e.kind, e.subject_type, e.subject_id, e.course_id, e.due_on, e.practitioner_user_id
          from expiring e
         where e.practitioner_user_id is not null
      )
      select distinct r.recipient_user_id as "recipientUserId", r.kind, r.subject_type as "subjectType",
             r.subject_id as "subjectId", r.course_id as "courseId", r.due_on::text as "dueOn"
        from recipients r
        join users u on u.id = r.recipient_user_id and u.active
       order by "recipientUserId", r.kind, "subjectId", "courseId", "dueOn"`,
  );
}

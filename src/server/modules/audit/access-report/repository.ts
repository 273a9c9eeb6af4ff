import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.ts';

// The access report's reads: every entry that names the person, grouped by who acted. Both take the
// caller's `visible` condition (access/visible-rows.ts) on audit_events.

const ISO = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);
const iso = (expression: SQL) => sql`to_char((${expression}) at time zone 'UTC', ${ISO})`;

export interface ActorAccessRow extends Record<string, unknown> {
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  first_access_at: string | null;
  last_access_at: string | null;
  accesses: number;
  denied: number;
  last_denied_at: string | null;
  kinds: string;
}

/** Per acting user and organisation: first and last allowed entry, counts, denials; most recent first. */
export function accessesByActor(tx: Tx, visible: SQL, personId: string, limit: number) {
  return queryRows<ActorAccessRow>(
    tx,
    sql`select actor_user_id::text, actor_organisation_id::text,
          ${iso(sql`min(occurred_at) filter (where outcome = 'allowed')`)} as first_access_at,
          ${iso(sql`max(occurred_at) filter (where outcome = 'allowed')`)} as last_access_at,
          (count(*) filter (where outcome = 'allowed'))::int as accesses,
          (count(*) filter (where outcome = 'denied'))::int as denied,
          ${iso(sql`max(occurred_at) filter (where outcome = 'denied')`)} as last_denied_at,
          string_agg(distinct action, ',' order by action) as kinds
        from audit_events
        where ${visible} and person_id = ${personId}
        group by actor_user_id, actor_organisation_id
        order by max(occurred_at) desc, actor_user_id, actor_organisation_id
        limit ${limit}`,
  );
}

export interface BreakGlassRow extends Record<string, unknown> {
  seq: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  purpose: string | null;
}

/** The person's break-glass openings with their reasons, newest first. */
export function breakGlassOpenings(tx: Tx, visible: SQL, personId: string, limit: number) {
  return queryRows<BreakGlassRow>(
    tx,
    sql`select seq::text, ${iso(sql`occurred_at`)} as occurred_at, actor_user_id::text,
          actor_organisation_id::text, subject_type, subject_id, purpose
        from audit_events
        where ${visible} and person_id = ${personId} and break_glass
        order by audit_events.occurred_at desc, audit_events.seq desc
        limit ${limit}`,
  );
}

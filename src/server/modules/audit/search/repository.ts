import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { auditEvents } from '../schema.ts';
import type { AuditFilters, SearchPosition } from './filters.ts';

// Reads of the trail for oversight. Every function takes the caller's `visible` condition
// (access/visible-rows.ts): there is no unscoped search.

export interface FoundEvent {
  id: string;
  seq: number;
  hash: string;
  occurredAt: string;
  action: string;
  outcome: 'allowed' | 'denied';
  actorUserId: string | null;
  actorOrganisationId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
  purpose: string | null;
  breakGlass: boolean;
  requestId: string | null;
  details: Record<string, string | number | boolean | null>;
}

const ISO_UTC_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

function conditionsOf(filters: AuditFilters, after: SearchPosition | undefined): SQL[] {
  const where: SQL[] = [];
  if (filters.personId !== undefined) where.push(eq(auditEvents.personId, filters.personId));
  if (filters.actorUserId !== undefined) where.push(eq(auditEvents.actorUserId, filters.actorUserId));
  if (filters.actorOrganisationId !== undefined) {
    where.push(eq(auditEvents.actorOrganisationId, filters.actorOrganisationId));
  }
  if (filters.actions !== undefined) where.push(inArray(auditEvents.action, filters.actions));
  if (filters.outcome !== undefined) where.push(eq(auditEvents.outcome, filters.outcome));
  if (filters.breakGlass !== undefined) where.push(eq(auditEvents.breakGlass, filters.breakGlass));
  if (filters.from !== undefined) where.push(sql`${auditEvents.occurredAt} >= ${filters.from}::timestamptz`);
  if (filters.to !== undefined) where.push(sql`${auditEvents.occurredAt} < ${filters.to}::timestamptz`);
  if (after !== undefined) {
    where.push(
      sql`(${auditEvents.occurredAt}, ${auditEvents.seq}) < (${after.occurredAt}::timestamptz, ${after.seq}::bigint)`,
    );
  }
  return where;
}

/**
 * The entries the filters match, newest first (occurred_at, then seq, both descending), after
 * `after` when given, at most `limit`. Keyset pagination: a page stays the same however many
 * entries are added meanwhile, since new ones are newer than any page already shown.
 */
export async function findAuditEvents(
  tx: Tx,
  visible: SQL,
  filters: AuditFilters,
  after: SearchPosition | undefined,
  limit: number,
): Promise<FoundEvent[]> {
  const rows = await tx
    .select({
      id: auditEvents.id,
      seq: auditEvents.seq,
      hash: auditEvents.hash,
      // As text in the canonical form, so neither driver's date handling can shift a cursor.
      occurredAt: sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', ${sql.raw(ISO_UTC_MS)})`,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      actorUserId: auditEvents.actorUserId,
      actorOrganisationId: auditEvents.actorOrganisationId,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      personId: auditEvents.personId,
      purpose: auditEvents.purpose,
      breakGlass: auditEvents.breakGlass,
      requestId: auditEvents.requestId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(and(visible, ...conditionsOf(filters, after)))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.seq))
    .limit(limit);
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

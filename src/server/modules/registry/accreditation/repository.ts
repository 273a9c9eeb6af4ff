import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { users } from '../../identity/schema.ts';
import { accreditationDecisions } from '../schema.ts';

// The accreditation history, in the request's tenant transaction (row-level security is the second
// wall). Every function reads the decisions of organisations the caller has already authorized, or
// of the directory page the caller's visibility condition selected. The latest decision is what
// holds: ordered by decided_at, then id, as the eligibility decision reads it.

export type DecisionRow = typeof accreditationDecisions.$inferSelect;
export type DecisionWithDecider = DecisionRow & { deciderName: string | null };

const newestFirst = [desc(accreditationDecisions.decidedAt), desc(accreditationDecisions.id)];

/** Every decision about one organisation, newest first, with the name of whoever recorded it. */
export function decisionsOf(tx: Tx, organisationId: string): Promise<DecisionWithDecider[]> {
  return tx
    .select({ decision: accreditationDecisions, deciderName: users.displayName })
    .from(accreditationDecisions)
    .leftJoin(
      users,
      and(
        eq(users.tenantId, accreditationDecisions.tenantId),
        eq(users.id, accreditationDecisions.decidedBy),
      ),
    )
    .where(eq(accreditationDecisions.organisationId, organisationId))
    .orderBy(...newestFirst)
    .then((rows) => rows.map((row) => ({ ...row.decision, deciderName: row.deciderName })));
}

/** The decision that holds now for one organisation, if any. */
export async function latestDecision(tx: Tx, organisationId: string): Promise<DecisionRow | undefined> {
  const [row] = await tx
    .select()
    .from(accreditationDecisions)
    .where(eq(accreditationDecisions.organisationId, organisationId))
    .orderBy(...newestFirst)
    .limit(1);
  return row;
}

/** The decision that holds now for each of these organisations (those with none are absent). */
export async function latestDecisionsOf(
  tx: Tx,
  organisationIds: string[],
): Promise<Map<string, DecisionRow>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([accreditationDecisions.organisationId])
    .from(accreditationDecisions)
    .where(inArray(accreditationDecisions.organisationId, organisationIds))
    .orderBy(accreditationDecisions.organisationId, ...newestFirst);
  return new Map(rows.map((row) => [row.organisationId, row]));
}

/** Which of these facilities the tenant has (another tenant's are invisible, as unknown ones). */
export async function facilitiesOfTenant(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: facilities.id })
    .from(facilities)
    .where(inArray(facilities.id, [...ids]));
  return new Set(rows.map((row) => row.id));
}

export type NewDecision = Omit<DecisionRow, 'id' | 'decidedAt'>;

/**
 * Appends a decision, dated by the database's clock when the row is written, and always after the
 * organisation's latest decision. The caller holds the organisation locked, so a decision that
 * waited for another is judged from it and dated after it (not at its own transaction's start), and
 * a clock that reads in milliseconds (PGlite's) cannot give two decisions the same time: the latest
 * is always the one recorded last, by time alone.
 */
export async function insertDecision(tx: Tx, decision: NewDecision): Promise<string> {
  const id = uuidv7();
  const after = sql`(select max(${accreditationDecisions.decidedAt}) from ${accreditationDecisions}
    where ${accreditationDecisions.organisationId} = ${decision.organisationId})`;
  await tx.insert(accreditationDecisions).values({
    id,
    ...decision,
    decidedAt: sql`greatest(clock_timestamp(), ${after} + interval '1 microsecond')`,
  });
  return id;
}

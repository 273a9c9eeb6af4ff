import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DueDiligenceKind, DueDiligenceResult } from '../../../../contracts/registry-review.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { users } from '../../identity/schema.ts';
import { dueDiligenceChecks } from './schema.ts';

// The due diligence history, in the request's tenant transaction (row-level security is the second
// wall). Every function is about organisations the caller has authorized, or, for the review
// queue, the tenant the caller was authorized to review. The latest check of a kind is the one done
// last (checked_on), then recorded last: the same order everywhere.

export type CheckRow = typeof dueDiligenceChecks.$inferSelect;
export type CheckWithChecker = CheckRow & { checkerName: string | null };

const newestFirst = [
  desc(dueDiligenceChecks.checkedOn),
  desc(dueDiligenceChecks.recordedAt),
  desc(dueDiligenceChecks.id),
];

/** Every check of one organisation, newest first, with the name of whoever checked. */
export function checksOf(tx: Tx, tenantId: string, organisationId: string): Promise<CheckWithChecker[]> {
  return tx
    .select({ check: dueDiligenceChecks, checkerName: users.displayName })
    .from(dueDiligenceChecks)
    .leftJoin(
      users,
      and(eq(users.tenantId, dueDiligenceChecks.tenantId), eq(users.id, dueDiligenceChecks.checkedBy)),
    )
    .where(
      and(eq(dueDiligenceChecks.tenantId, tenantId), eq(dueDiligenceChecks.organisationId, organisationId)),
    )
    .orderBy(...newestFirst)
    .then((rows) => rows.map((row) => ({ ...row.check, checkerName: row.checkerName })));
}

export interface LatestCheck {
  kind: DueDiligenceKind;
  result: DueDiligenceResult;
}

/** The check that holds for each kind, for each of these organisations (none: absent). */
export async function latestChecksOf(
  tx: Tx,
  tenantId: string,
  organisationIds: readonly string[],
): Promise<Map<string, Map<DueDiligenceKind, LatestCheck>>> {
  const latest = new Map<string, Map<DueDiligenceKind, LatestCheck>>();
  if (organisationIds.length === 0) return latest;
  const rows = await tx
    .selectDistinctOn([dueDiligenceChecks.organisationId, dueDiligenceChecks.kind], {
      organisationId: dueDiligenceChecks.organisationId,
      kind: dueDiligenceChecks.kind,
      result: dueDiligenceChecks.result,
    })
    .from(dueDiligenceChecks)
    .where(
      and(
        eq(dueDiligenceChecks.tenantId, tenantId),
        inArray(dueDiligenceChecks.organisationId, [...organisationIds]),
      ),
    )
    .orderBy(dueDiligenceChecks.organisationId, dueDiligenceChecks.kind, ...newestFirst);
  for (const { organisationId, kind, result } of rows) {
    const ofOrganisation = latest.get(organisationId) ?? new Map<DueDiligenceKind, LatestCheck>();
    ofOrganisation.set(kind, { kind, result });
    latest.set(organisationId, ofOrganisation);
  }
  return latest;
}

export type NewCheck = Omit<CheckRow, 'id' | 'recordedAt'>;

/**
 * Appends a check, recorded after the organisation's latest one. The caller holds the organisation
 * locked, so two checks of one day are ordered as they were recorded even on a clock that reads in
 * milliseconds (PGlite's), and the latest is always the one recorded last.
 */
export async function insertCheck(tx: Tx, check: NewCheck): Promise<string> {
  const id = uuidv7();
  const after = sql`(select max(${dueDiligenceChecks.recordedAt}) from ${dueDiligenceChecks}
    where ${dueDiligenceChecks.organisationId} = ${check.organisationId})`;
  await tx.insert(dueDiligenceChecks).values({
    id,
    ...check,
    recordedAt: sql`greatest(clock_timestamp(), ${after} + interval '1 microsecond')`,
  });
  return id;
}

import { and, type Column, desc, eq, gte, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { organisations } from '../../identity/schema.ts';
import { latestChecksOf } from '../due-diligence/repository.ts';
import { latestVettingOf } from '../practitioners/repository.ts';
import { accreditationDecisions, agreements, csoProfiles, practitioners, vettingChecks } from '../schema.ts';
import { type QueueFacts, VETTED_STANDINGS } from './queue.ts';

// The facts of a tenant's review queue, in the request's tenant transaction (row-level security is
// the second wall). `within` is the condition of the authorized queue: the caller's tenant
// (withinAuthorizedRecord), given per table. A registry is a few hundred organisations and a few
// thousand practitioners at most: read whole, sorted into sections by queue.ts.

type Within = (tenantColumn: Column) => SQL;

const newestFirst = [desc(accreditationDecisions.decidedAt), desc(accreditationDecisions.id)];
const dayOf = (column: typeof accreditationDecisions.decidedAt) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`;

export async function queueFacts(tx: Tx, within: Within, tenantId: string, on: string): Promise<QueueFacts> {
  const [cso, latest, applications, endingAgreements] = await Promise.all([
    tx
      .select({ id: organisations.id, name: organisations.name, mandate: csoProfiles.mandate })
      .from(organisations)
      .leftJoin(csoProfiles, eq(csoProfiles.organisationId, organisations.id))
      .where(and(within(organisations.tenantId), eq(organisations.kind, 'civil_society'))),
    tx
      .selectDistinctOn([accreditationDecisions.organisationId], {
        organisationId: accreditationDecisions.organisationId,
        status: accreditationDecisions.status,
        validUntil: accreditationDecisions.validUntil,
        decidedOn: dayOf(accreditationDecisions.decidedAt),
      })
      .from(accreditationDecisions)
      .where(within(accreditationDecisions.tenantId))
      .orderBy(accreditationDecisions.organisationId, ...newestFirst),
    tx
      .selectDistinctOn([accreditationDecisions.organisationId], {
        organisationId: accreditationDecisions.organisationId,
        appliedOn: dayOf(accreditationDecisions.decidedAt),
      })
      .from(accreditationDecisions)
      .where(and(within(accreditationDecisions.tenantId), eq(accreditationDecisions.status, 'applied')))
      .orderBy(accreditationDecisions.organisationId, ...newestFirst),
    // Agreements still running on the day: those ending soon, and those that may follow them.
    tx
      .select({
        id: agreements.id,
        organisationId: agreements.organisationId,
        title: agreements.title,
        startsOn: agreements.startsOn,
        endsOn: agreements.endsOn,
      })
      .from(agreements)
      .where(and(within(agreements.tenantId), or(isNull(agreements.endsOn), gte(agreements.endsOn, on)))),
  ]);
  const latestOf = new Map(latest.map(({ organisationId, ...decision }) => [organisationId, decision]));
  const appliedOn = new Map(applications.map((row) => [row.organisationId, row.appliedOn]));
  const checks = await latestChecksOf(
    tx,
    tenantId,
    cso.map((organisation) => organisation.id),
  );

  const vetted = cso
    .filter((organisation) => {
      const status = latestOf.get(organisation.id)?.status;
      return status !== undefined && VETTED_STANDINGS.includes(status);
    })
    .map((organisation) => organisation.id);
  const people =
    vetted.length === 0
      ? []
      : await tx
          .select({
            id: practitioners.id,
            displayName: practitioners.displayName,
            organisationId: practitioners.organisationId,
          })
          .from(practitioners)
          .where(and(within(practitioners.tenantId), inArray(practitioners.organisationId, vetted)));
  const vetting = await latestVettingOf(
    tx,
    within(vettingChecks.tenantId),
    people.map((person) => person.id),
  );

  return {
    organisations: cso.map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      mandate: organisation.mandate,
      latest: latestOf.get(organisation.id),
      appliedOn: appliedOn.get(organisation.id) ?? null,
      checks: checks.get(organisation.id) ?? new Map(),
    })),
    practitioners: people.map((person) => {
      const last = vetting.get(person.id);
      return {
        ...person,
        latestVetting: last ? { outcome: last.outcome, expiresOn: last.expiresOn } : null,
      };
    }),
    agreements: endingAgreements,
  };
}

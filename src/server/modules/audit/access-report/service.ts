import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { withinAuthorizedRecord } from '../../access/visible-rows.ts';
import { currentRolesOf, namesOf } from '../../identity/directory/names.ts';
import { personAccessReportPolicy } from '../policy.ts';
import { auditEvents } from '../schema.ts';
import { accessesByActor, type BreakGlassRow, breakGlassOpenings } from './repository.ts';
import type { PersonAccessReport } from './schemas.ts';

/** The most actors, and the most break-glass openings, one report shows. */
export const REPORT_LIMIT = 1000;

/** The people on a person's case team (their user ids); the case module supplies it. */
export type CaseTeamLookup = (tx: Tx, personId: string) => Promise<readonly string[]>;

/** Until case files exist, nobody is on any case team. */
export const noCaseTeams: CaseTeamLookup = async () => [];

const actorKey = (userId: string | null, organisationId: string | null) =>
  `${userId ?? ''}|${organisationId ?? ''}`;

/**
 * Who has seen this person's record: every entry that names the person, per acting user and
 * organisation, with first and last access, counts, denied attempts and break-glass reasons. The
 * viewing is audited (`audit.access_report_viewed`, with the person), so it shows in the next report.
 */
export async function personAccessReport(
  tx: Tx,
  access: AccessContext,
  personId: string,
  caseTeamOf: CaseTeamLookup,
): Promise<PersonAccessReport> {
  const { actor } = access;
  const record = { tenantId: actor.tenantId, personId, caseTeamUserIds: await caseTeamOf(tx, personId) };
  const report = authorize(access, personAccessReportPolicy, 'read', record);
  // The entries about this one person are read on the report's authority, just decided (a case
  // manager will see the report of their case without being able to search the trail).
  const visible = withinAuthorizedRecord(report, actor, auditEvents.tenantId);
  const rows = await accessesByActor(tx, visible, personId, REPORT_LIMIT + 1);
  const openings = await breakGlassOpenings(tx, visible, personId, REPORT_LIMIT + 1);
  const shownRows = rows.slice(0, REPORT_LIMIT);
  const shownOpenings = openings.slice(0, REPORT_LIMIT);
  const userIds = shownRows.flatMap((row) => (row.actor_user_id ? [row.actor_user_id] : []));
  const organisationIds = shownRows.flatMap((row) =>
    row.actor_organisation_id ? [row.actor_organisation_id] : [],
  );
  const names = await namesOf(tx, { userIds, organisationIds });
  const roles = await currentRolesOf(tx, userIds);
  const openingsBy = groupOpenings(shownOpenings);

  access.audit({
    action: 'audit.access_report_viewed',
    outcome: 'allowed',
    subject: { type: 'person', id: personId },
    personId,
    details: { actors: shownRows.length, breakGlass: shownOpenings.length },
  });
  return {
    personId,
    generatedAt: new Date().toISOString(),
    actors: shownRows.map((row) => ({
      user: row.actor_user_id
        ? { id: row.actor_user_id, displayName: names.users.get(row.actor_user_id)?.displayName ?? null }
        : null,
      organisation: row.actor_organisation_id
        ? {
            id: row.actor_organisation_id,
            name: names.organisations.get(row.actor_organisation_id)?.name ?? null,
            kind: names.organisations.get(row.actor_organisation_id)?.kind ?? null,
          }
        : null,
      roles: row.actor_user_id ? (roles.get(row.actor_user_id) ?? []) : [],
      firstAccessAt: row.first_access_at,
      lastAccessAt: row.last_access_at,
      accesses: row.accesses,
      denied: { count: row.denied, lastAt: row.last_denied_at },
      breakGlass: openingsBy.get(actorKey(row.actor_user_id, row.actor_organisation_id)) ?? [],
      eventKinds: row.kinds.split(','),
    })),
    truncated: rows.length > REPORT_LIMIT || openings.length > REPORT_LIMIT,
    actions: report.actions,
  };
}

function groupOpenings(rows: readonly BreakGlassRow[]) {
  const grouped = new Map<string, PersonAccessReport['actors'][number]['breakGlass']>();
  for (const row of rows) {
    const key = actorKey(row.actor_user_id, row.actor_organisation_id);
    const list = grouped.get(key) ?? [];
    list.push({
      seq: Number(row.seq),
      occurredAt: row.occurred_at,
      reason: row.purpose,
      subject: row.subject_type === null ? null : { type: row.subject_type, id: row.subject_id },
    });
    grouped.set(key, list);
  }
  return grouped;
}

import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { visibleRowsCondition } from '../../access/visible-rows.ts';
import { namesOf } from '../../identity/directory/names.ts';
import { auditTrailPolicy } from '../policy.ts';
import { auditEvents } from '../schema.ts';
import { type AuditFilters, encodeCursor, type SearchPosition, searchDetails } from './filters.ts';
import { actorIdsOf, presentEvent } from './presenter.ts';
import { type FoundEvent, findAuditEvents } from './repository.ts';
import type { AuditEventItem, AuditEventPage } from './schemas.ts';

/** Which screen a search serves, recorded in its audit entry. */
export type SearchView = 'events' | 'break_glass';

/** The most entries one export holds; a larger set is cut to the newest and says so. */
export const EXPORT_LIMIT = 10_000;

const trailOf = (access: AccessContext) => ({ tenantId: access.actor.tenantId });
// Entries are never changed by anyone: reading is all that can be done with one.
const ENTRY_ACTIONS = ['read'];

/** One page of the trail, newest first, for an oversight monitor; the search itself is audited. */
export async function searchTrail(
  tx: Tx,
  access: AccessContext,
  filters: AuditFilters,
  page: { after: SearchPosition | undefined; limit: number; view: SearchView },
): Promise<AuditEventPage> {
  const trail = authorize(access, auditTrailPolicy, 'read', trailOf(access));
  const visible = visibleRowsCondition(auditTrailPolicy, access.actor, { tenantId: auditEvents.tenantId });
  const found = await findAuditEvents(tx, visible, filters, page.after, page.limit + 1);
  const shown = found.slice(0, page.limit);
  const last = shown.at(-1);
  access.audit({
    action: 'audit.searched',
    outcome: 'allowed',
    subject: { type: 'audit_trail', id: null },
    personId: filters.personId ?? null,
    details: {
      ...searchDetails(filters),
      view: page.view,
      nextPage: page.after !== undefined,
      results: shown.length,
    },
  });
  return {
    items: await present(tx, shown),
    nextCursor: found.length > page.limit && last ? encodeCursor(last) : null,
    actions: trail.actions,
  };
}

/** Up to EXPORT_LIMIT entries the filters match, newest first, for a CSV export; audited. */
export async function exportTrail(
  tx: Tx,
  access: AccessContext,
  filters: AuditFilters,
): Promise<{ items: AuditEventItem[]; truncated: boolean }> {
  authorize(access, auditTrailPolicy, 'export', trailOf(access));
  const visible = visibleRowsCondition(auditTrailPolicy, access.actor, { tenantId: auditEvents.tenantId });
  const found = await findAuditEvents(tx, visible, filters, undefined, EXPORT_LIMIT + 1);
  const truncated = found.length > EXPORT_LIMIT;
  const shown = found.slice(0, EXPORT_LIMIT);
  access.audit({
    action: 'audit.exported',
    outcome: 'allowed',
    subject: { type: 'audit_trail', id: null },
    personId: filters.personId ?? null,
    details: { ...searchDetails(filters), format: 'csv', rows: shown.length, truncated },
  });
  return { items: await present(tx, shown), truncated };
}

async function present(tx: Tx, events: FoundEvent[]): Promise<AuditEventItem[]> {
  const names = await namesOf(tx, actorIdsOf(events));
  return events.map((event) => presentEvent(event, names, ENTRY_ACTIONS));
}

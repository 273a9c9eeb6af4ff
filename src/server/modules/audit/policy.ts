import { definePolicy } from '../access/policy.ts';

// Who may read the audit trail. The trail shows who looked at whose record, so it is itself
// personal data: only oversight monitors search it, and a person's access report goes to monitors
// and (once case files exist) to the case managers on that person's case team. Nobody may change
// it: the database refuses that to everyone (docs/audit.md).

/** The tenant's trail as a whole, which searches and exports read. */
export interface AuditTrailRecord {
  tenantId: string;
}

export const auditTrailPolicy = definePolicy({
  entity: 'audit_trail',
  actions: ['read', 'export'],
  relationships: ['tenant'],
  // A tenant-scoped role reaches the tenant's whole trail; whether it may read it is the table's say.
  relate: (held, actor, record: AuditTrailRecord) =>
    held.scope === 'tenant' && record.tenantId === actor.tenantId ? ['tenant'] : [],
  table: {
    oversight_monitor: { tenant: ['read', 'export'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: null, personId: null }),
  listScopes: { tenant: 'tenant' },
});

/**
 * A person's "who has seen this record" report. `caseTeamUserIds` is the hook for case managers:
 * today no case files exist and it is always empty; the case module will supply the person's case
 * team (see `CaseTeamLookup` in access-report/routes.ts) and the route's marking will then admit
 * case managers, whom this table already lets read the report of their own cases only.
 */
export interface PersonAccessReportRecord {
  tenantId: string;
  personId: string;
  caseTeamUserIds: readonly string[];
}

export const personAccessReportPolicy = definePolicy({
  entity: 'person_access_report',
  actions: ['read'],
  relationships: ['tenant', 'case_team'],
  relate: (held, actor, record: PersonAccessReportRecord) => {
    const relationships: ('tenant' | 'case_team')[] = [];
    if (held.scope === 'tenant' && record.tenantId === actor.tenantId) relationships.push('tenant');
    if (record.caseTeamUserIds.includes(actor.userId)) relationships.push('case_team');
    return relationships;
  },
  table: {
    oversight_monitor: { tenant: ['read'] },
    case_manager: { case_team: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.personId, personId: record.personId }),
});

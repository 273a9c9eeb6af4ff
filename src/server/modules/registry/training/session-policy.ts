import { SESSION_ACTIONS, type SessionAction } from '../../../../contracts/registry-training.ts';
import { definePolicy } from '../../access/policy.ts';

// Who may see and keep training sessions:
// - the administrator, across the tenant, everything;
// - a director or security officer plans sessions held at their own facility or held outside any
//   prison (no facility), and takes their attendance; sessions of the other facilities they read,
//   attendance included (training counts at every facility, as the practitioners' standing does);
// - a civil society coordinator reads the sessions (their people are invited to them) but sees the
//   attendance of their own organisation's practitioners only (`read_all_attendance` withheld:
//   sessions.ts filters the rows), and not the session's notes (session-sensitivity.ts).
// Gate officers, case managers and everyone else are kept out by the route marking.

/** A session (`id` null: the sessions as a whole, for planning one). */
export interface SessionRecord {
  tenantId: string;
  id: string | null;
  /** Where it is held; null outside any prison. */
  facilityId: string | null;
}

export type SessionRelationship = 'tenant' | 'facility' | 'prison_service' | 'civil_society';

const OWN: SessionAction[] = ['read', 'create', 'read_all_attendance', 'record_attendance'];
const OTHER_FACILITY: SessionAction[] = ['read', 'read_all_attendance'];

export const trainingSessionPolicy = definePolicy({
  entity: 'training_session',
  actions: SESSION_ACTIONS,
  relationships: ['tenant', 'facility', 'prison_service', 'civil_society'],
  relate: (held, actor, record: SessionRecord): SessionRelationship[] => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant'];
    if (held.scope === 'organisation') return ['civil_society'];
    return record.facilityId === null || record.facilityId === held.facilityId
      ? ['facility']
      : ['prison_service'];
  },
  table: {
    administrator: { tenant: SESSION_ACTIONS },
    director: { facility: OWN, prison_service: OTHER_FACILITY },
    security_officer: { facility: OWN, prison_service: OTHER_FACILITY },
    cso_coordinator: { civil_society: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
});

// A member of staff's training record: the administrator, any director or security officer of the
// tenant (they vouch for staff trained anywhere in the service), and the member themself. Anyone
// else, and any account that is not of the prison service, gets 404.

export interface StaffTrainingRecord {
  tenantId: string;
  userId: string;
  /** Whether the account belongs to the tenant's prison service (not civil society). */
  isStaff: boolean;
}

export const staffTrainingPolicy = definePolicy({
  entity: 'staff_training',
  actions: ['read'],
  relationships: ['tenant', 'prison_service', 'self'],
  relate: (held, actor, record: StaffTrainingRecord) => {
    if (record.tenantId !== actor.tenantId || !record.isStaff) return [];
    const relationships: ('tenant' | 'prison_service' | 'self')[] = [];
    if (held.scope === 'tenant') relationships.push('tenant');
    if (held.scope === 'facility') relationships.push('prison_service');
    if (record.userId === actor.userId) relationships.push('self');
    return relationships;
  },
  table: {
    administrator: { tenant: ['read'], self: ['read'] },
    director: { prison_service: ['read'], self: ['read'] },
    security_officer: { prison_service: ['read'], self: ['read'] },
    gate_officer: { self: ['read'] },
    case_manager: { self: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.userId, personId: null }),
});

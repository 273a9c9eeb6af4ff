import {
  CATALOGUE_ACTIONS,
  COURSE_ACTIONS,
  REQUIREMENT_ACTIONS,
} from '../../../../contracts/registry-training.ts';
import { definePolicy } from '../../access/policy.ts';

// The course catalogue and the requirements are the rules everyone works by, not personal data:
// every role that works with the registry reads them, and case managers too (prison staff take
// courses). Only the administrator keeps the catalogue. A facility's requirements are changed by
// the administrator or by that facility's director: another facility's director reads them (403
// when trying to change them), a tenant they are not in sees nothing (404).

/** The catalogue as a whole (`id` null: adding a course) or one course. */
export interface CourseRecord {
  tenantId: string;
  id: string | null;
}

const CATALOGUE_POLICY_ACTIONS = [...CATALOGUE_ACTIONS, ...COURSE_ACTIONS.filter((a) => a !== 'read')];
type CatalogueAction = (typeof CATALOGUE_POLICY_ACTIONS)[number];
const READ_ONLY: CatalogueAction[] = ['read'];

export const coursePolicy = definePolicy({
  entity: 'course',
  actions: CATALOGUE_POLICY_ACTIONS,
  relationships: ['tenant', 'member'],
  relate: (held, actor, record: CourseRecord) => {
    if (record.tenantId !== actor.tenantId) return [];
    return held.scope === 'tenant' ? ['tenant', 'member'] : ['member'];
  },
  table: {
    administrator: { tenant: CATALOGUE_POLICY_ACTIONS },
    director: { member: READ_ONLY },
    security_officer: { member: READ_ONLY },
    gate_officer: { member: READ_ONLY },
    case_manager: { member: READ_ONLY },
    cso_coordinator: { member: READ_ONLY },
    cso_practitioner: { member: READ_ONLY },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: null }),
});

/** One facility's requirements (both tiers). */
export interface RequirementsRecord {
  tenantId: string;
  facilityId: string;
}

type RequirementAction = (typeof REQUIREMENT_ACTIONS)[number];
const READ_REQUIREMENTS: RequirementAction[] = ['read'];

export const courseRequirementsPolicy = definePolicy({
  entity: 'course_requirements',
  actions: REQUIREMENT_ACTIONS,
  relationships: ['tenant', 'facility', 'member'],
  relate: (held, actor, record: RequirementsRecord) => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant', 'member'];
    if (held.scope === 'facility' && held.facilityId === record.facilityId) return ['facility', 'member'];
    return ['member'];
  },
  table: {
    administrator: { tenant: REQUIREMENT_ACTIONS },
    director: { facility: REQUIREMENT_ACTIONS, member: READ_REQUIREMENTS },
    security_officer: { member: READ_REQUIREMENTS },
    gate_officer: { member: READ_REQUIREMENTS },
    case_manager: { member: READ_REQUIREMENTS },
    cso_coordinator: { member: READ_REQUIREMENTS },
    cso_practitioner: { member: READ_REQUIREMENTS },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.facilityId, personId: null }),
});

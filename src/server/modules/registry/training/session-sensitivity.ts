import type { SessionAction } from '../../../../contracts/registry-training.ts';
import { defineSensitivity, type SensitivityClass } from '../../access/sensitivity.ts';
import { type SessionRecord, type SessionRelationship, trainingSessionPolicy } from './session-policy.ts';

// Which parts of a session each reader sees. When and where a course is given, and who teaches it,
// is `internal`: the prison service's training staff plan it, and the coordinators whose people are
// invited read it. The notes are `personal`: free text the training staff write for themselves,
// which may name people (participants of any organisation, staff, visitors) and the service's own
// arrangements; prison staff and the administrator see them, civil society never does. The
// attendance is filtered by organisation, not by field (sessions.ts).

/** A session's fields that are judged here, before the reader's classes filter them. */
export interface SessionFields extends SessionRecord {
  notes: string | null;
}

const PRISON_STAFF: SensitivityClass[] = ['internal', 'personal'];

export const sessionSensitivity = defineSensitivity<
  SessionFields,
  SessionRecord,
  SessionRelationship,
  SessionAction
>(trainingSessionPolicy, {
  fields: { tenantId: 'internal', id: 'internal', facilityId: 'internal', notes: 'personal' },
  table: {
    administrator: { tenant: PRISON_STAFF },
    director: { facility: PRISON_STAFF, prison_service: PRISON_STAFF },
    security_officer: { facility: PRISON_STAFF, prison_service: PRISON_STAFF },
    cso_coordinator: { civil_society: ['internal'] },
  },
});

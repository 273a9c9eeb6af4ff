import type { ParseKeys } from 'i18next';
import type { RoleName } from '../../../contracts/identity';

/** Each role's name in words, as the catalogues hold it. */
export const ROLE_LABELS: Readonly<Record<RoleName, { labelKey: ParseKeys }>> = {
  director: { labelKey: 'roles.director' },
  security_officer: { labelKey: 'roles.securityOfficer' },
  gate_officer: { labelKey: 'roles.gateOfficer' },
  case_manager: { labelKey: 'roles.caseManager' },
  cso_coordinator: { labelKey: 'roles.csoCoordinator' },
  cso_practitioner: { labelKey: 'roles.csoPractitioner' },
  community_partner: { labelKey: 'roles.communityPartner' },
  probation_officer: { labelKey: 'roles.probationOfficer' },
  oversight_monitor: { labelKey: 'roles.oversightMonitor' },
  knowledge_editor: { labelKey: 'roles.knowledgeEditor' },
  analyst: { labelKey: 'roles.analyst' },
  administrator: { labelKey: 'roles.administrator' },
};

import type { ParseKeys } from 'i18next';
import type { RoleName } from '../../../contracts/identity';

/**
 * Something a role does here: with `to`, a screen that exists, linked from the home; without, a
 * plan for a module still to come. `roles` narrows it within the family.
 */
export interface PlannedCapability {
  labelKey: ParseKeys;
  roles?: readonly RoleName[];
  to?: string;
}

/** Roles whose homes read alike: one heading, one introduction, one list of what they will do. */
export interface RoleFamily {
  id: string;
  roles: readonly RoleName[];
  headingKey: ParseKeys;
  introKey: ParseKeys;
  capabilities: readonly PlannedCapability[];
}

// Order decides which family speaks first for someone holding several roles: the widest
// responsibility first. Add a role home by adding a family here and its strings (docs/web.md).
export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    id: 'administration',
    roles: ['administrator'],
    headingKey: 'roleHome.administration.heading',
    introKey: 'roleHome.administration.intro',
    capabilities: [
      { labelKey: 'roleHome.administration.organisations', to: '/admin/organisations' },
      { labelKey: 'roleHome.administration.users', to: '/admin/users' },
      { labelKey: 'roleHome.administration.registry', to: '/registry/organisations' },
      { labelKey: 'roleHome.administration.training', to: '/registry/training' },
      { labelKey: 'roleHome.administration.noCaseContent' },
    ],
  },
  {
    id: 'direction',
    roles: ['director'],
    headingKey: 'roleHome.direction.heading',
    introKey: 'roleHome.direction.intro',
    capabilities: [
      { labelKey: 'roleHome.direction.registry', to: '/registry/organisations' },
      { labelKey: 'roleHome.direction.training', to: '/registry/training' },
      { labelKey: 'roleHome.direction.reviewQueue', to: '/registry/review' },
      { labelKey: 'roleHome.direction.approveEngagement' },
      { labelKey: 'roleHome.direction.dashboards' },
      { labelKey: 'roleHome.direction.caseSummaries' },
    ],
  },
  {
    id: 'security',
    roles: ['security_officer', 'gate_officer'],
    headingKey: 'roleHome.security.heading',
    introKey: 'roleHome.security.intro',
    capabilities: [
      { labelKey: 'roleHome.security.vetting', roles: ['security_officer'], to: '/registry/review' },
      { labelKey: 'roleHome.security.training', roles: ['security_officer'], to: '/registry/training' },
      { labelKey: 'roleHome.security.approveAccess', roles: ['security_officer'] },
      { labelKey: 'roleHome.security.expectedVisitors' },
      { labelKey: 'roleHome.security.checkInOut' },
      { labelKey: 'roleHome.security.incidents', roles: ['security_officer'] },
      { labelKey: 'roleHome.security.noCaseNotes' },
    ],
  },
  {
    id: 'caseManagement',
    roles: ['case_manager'],
    headingKey: 'roleHome.caseManagement.heading',
    introKey: 'roleHome.caseManagement.intro',
    capabilities: [
      { labelKey: 'roleHome.caseManagement.cases' },
      { labelKey: 'roleHome.caseManagement.assessments' },
      { labelKey: 'roleHome.caseManagement.conferences' },
      { labelKey: 'roleHome.caseManagement.accessReport' },
    ],
  },
  {
    id: 'civilSociety',
    roles: ['cso_coordinator', 'cso_practitioner'],
    headingKey: 'roleHome.civilSociety.heading',
    introKey: 'roleHome.civilSociety.intro',
    capabilities: [
      {
        labelKey: 'roleHome.civilSociety.profile',
        roles: ['cso_coordinator'],
        to: '/registry/organisations',
      },
      { labelKey: 'roleHome.civilSociety.staff', roles: ['cso_coordinator'], to: '/admin/users' },
      { labelKey: 'roleHome.civilSociety.accessRequests', roles: ['cso_coordinator'] },
      { labelKey: 'roleHome.civilSociety.assignedPeople', roles: ['cso_practitioner'] },
      { labelKey: 'roleHome.civilSociety.sessions' },
    ],
  },
  {
    id: 'community',
    roles: ['community_partner'],
    headingKey: 'roleHome.community.heading',
    introKey: 'roleHome.community.intro',
    capabilities: [{ labelKey: 'roleHome.community.referrals' }, { labelKey: 'roleHome.community.outcomes' }],
  },
  {
    id: 'probation',
    roles: ['probation_officer'],
    headingKey: 'roleHome.probation.heading',
    introKey: 'roleHome.probation.intro',
    capabilities: [
      { labelKey: 'roleHome.probation.releasePlans' },
      { labelKey: 'roleHome.probation.referrals' },
      { labelKey: 'roleHome.probation.followUp' },
    ],
  },
  {
    id: 'oversight',
    roles: ['oversight_monitor'],
    headingKey: 'roleHome.oversight.heading',
    introKey: 'roleHome.oversight.intro',
    capabilities: [
      { labelKey: 'roleHome.oversight.auditTrail', to: '/audit' },
      { labelKey: 'roleHome.oversight.breakGlass', to: '/audit/break-glass' },
      { labelKey: 'roleHome.oversight.complaints' },
      { labelKey: 'roleHome.oversight.verify' },
    ],
  },
  {
    id: 'knowledge',
    roles: ['knowledge_editor'],
    headingKey: 'roleHome.knowledge.heading',
    introKey: 'roleHome.knowledge.intro',
    capabilities: [
      { labelKey: 'roleHome.knowledge.review', to: '/library/review' },
      { labelKey: 'roleHome.knowledge.publish', to: '/library' },
      { labelKey: 'roleHome.knowledge.statistics', to: '/library/statistics' },
      { labelKey: 'roleHome.knowledge.import', to: '/library/import' },
    ],
  },
  {
    id: 'analysis',
    roles: ['analyst'],
    headingKey: 'roleHome.analysis.heading',
    introKey: 'roleHome.analysis.intro',
    capabilities: [
      { labelKey: 'roleHome.analysis.indicators' },
      { labelKey: 'roleHome.analysis.noPersonalData' },
    ],
  },
];

/** A family as one user sees it: only the capabilities of the roles they hold. */
export interface FamilyHome {
  family: RoleFamily;
  capabilities: PlannedCapability[];
}

/** The families of the roles held, in ROLE_FAMILIES order, each with the capabilities that apply. */
export function familyHomesFor(
  roles: readonly RoleName[],
  families: readonly RoleFamily[] = ROLE_FAMILIES,
): FamilyHome[] {
  return families
    .filter((family) => family.roles.some((role) => roles.includes(role)))
    .map((family) => ({
      family,
      capabilities: family.capabilities.filter(
        (capability) => !capability.roles || capability.roles.some((role) => roles.includes(role)),
      ),
    }));
}

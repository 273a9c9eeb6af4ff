import type {
  AccreditationDecision,
  DirectoryEntry,
  ProfileField,
  ProfileVersion,
  RegistryAgreement,
  RegistryOrganisation,
  RegistryOrganisationAction,
  RegistryProfile,
} from '../../../../contracts/registry-organisations.ts';
import { type AccreditationStanding, NEXT_STATUSES, nextStatusesFor } from '../accreditation/lifecycle.ts';
import type { DecisionRow, DecisionWithDecider } from '../accreditation/repository.ts';
import { valuesOfRow } from './profile-values.ts';
import type { ProfileVersionRow } from './profile-versions.ts';
import type { AgreementRow, DirectoryRow, ProfileRow, RegistryOrganisationRow } from './repository.ts';

// Registry rows as the API answers them; the response schema is the last filter.

export function standingOf(latest: DecisionRow | undefined): AccreditationStanding {
  return latest?.status ?? 'none';
}

/**
 * The policy's actions narrowed to what the organisation's standing allows now, so the screen offers
 * nothing the server would refuse: `apply` when an application may follow and there is a profile to
 * apply with; `decide` when a decision of the prison service may follow.
 */
export function actionsNow(
  allowed: readonly RegistryOrganisationAction[],
  standing: AccreditationStanding,
  hasProfile: boolean,
): RegistryOrganisationAction[] {
  const next = NEXT_STATUSES[standing];
  return allowed.filter((action) => {
    if (action === 'apply') return hasProfile && next.includes('applied');
    if (action === 'decide') return next.some((status) => status !== 'applied');
    return true;
  });
}

export function presentProfile(row: ProfileRow): RegistryProfile {
  return { ...valuesOfRow(row), updatedAt: row.updatedAt.toISOString() };
}

/**
 * One version of the profile: who changed which fields, when, and (for those who may read the
 * profile) the values it left. The snapshot is the one the write stored, whatever came after.
 */
export function presentProfileVersion(row: ProfileVersionRow, mayReadProfile: boolean): ProfileVersion {
  return {
    version: row.version,
    changedFields: row.changedFields as ProfileField[],
    changedBy: row.changedBy === null ? null : { userId: row.changedBy, displayName: row.changerName ?? '' },
    changedAt: row.changedAt.toISOString(),
    values: mayReadProfile ? row.profile : null,
  };
}

export function presentDecision(row: DecisionWithDecider): AccreditationDecision {
  return {
    id: row.id,
    status: row.status,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    facilityIds: row.facilityIds,
    interventionTypes: row.interventionTypes,
    requiresAgreement: row.requiresAgreement,
    conditions: row.conditions,
    reasons: row.reasons,
    decidedBy: row.decidedBy === null ? null : { userId: row.decidedBy, displayName: row.deciderName ?? '' },
    decidedAt: row.decidedAt.toISOString(),
  };
}

export function presentAgreement(row: AgreementRow): RegistryAgreement {
  return {
    id: row.id,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    signedOn: row.signedOn,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDirectoryEntry(
  row: DirectoryRow,
  latest: DecisionRow | undefined,
  allowed: readonly RegistryOrganisationAction[],
): DirectoryEntry {
  return {
    id: row.id,
    name: row.name,
    mandate: row.profile?.mandate ?? null,
    legalName: row.profile?.legalName ?? null,
    registrationNumber: row.profile?.registrationNumber ?? null,
    status: latest?.status ?? null,
    validUntil: latest?.validUntil ?? null,
    facilityIds: latest?.facilityIds ?? [],
    interventionTypes: latest?.interventionTypes ?? [],
    actions: actionsNow(allowed, standingOf(latest), row.profile !== null),
  };
}

export function presentRecord(
  organisation: RegistryOrganisationRow,
  parts: {
    profile: ProfileRow | undefined;
    profileVersions: ProfileVersionRow[];
    decisions: DecisionWithDecider[];
    agreements: AgreementRow[];
  },
  allowed: readonly RegistryOrganisationAction[],
): RegistryOrganisation {
  const [latest] = parts.decisions;
  const standing = standingOf(latest);
  const actions = actionsNow(allowed, standing, parts.profile !== undefined);
  const steps = actions.filter((action) => action === 'apply' || action === 'decide');
  return {
    id: organisation.id,
    name: organisation.name,
    profile: parts.profile ? presentProfile(parts.profile) : null,
    accreditation: latest ? presentDecision(latest) : null,
    decisions: parts.decisions.map(presentDecision),
    agreements: parts.agreements.map(presentAgreement),
    profileHistory: parts.profileVersions.map((row) => presentProfileVersion(row, allowed.includes('read'))),
    nextStatuses: nextStatusesFor(standing, steps),
    actions,
  };
}

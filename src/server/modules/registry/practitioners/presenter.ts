import {
  type Certificate,
  type DocumentSignature,
  PRACTITIONER_ACTIONS,
  type PractitionerAction,
  type PractitionerStanding,
  type PractitionerSummary,
} from '../../../../contracts/registry-practitioners.ts';
import { type SensitivityClass, withoutHiddenFields } from '../../access/sensitivity.ts';
import type { PractitionerPolicyAction, PractitionerRecord } from './policy.ts';
import type { LatestVetting, PractitionerRow } from './repository.ts';
import {
  type PractitionerDetails,
  practitionerSensitivity,
  type VettingCheckDetails,
  vettingCheckSensitivity,
} from './sensitivity.ts';

// Practitioners as the API answers them. Each reader's classes drop the fields they may not see
// (withoutHiddenFields) before anything is shaped, and the response schema is the last filter.

/** The practitioner as the policy judges their standing (not a question about one facility). */
export const recordOf = (row: PractitionerRow): PractitionerRecord => ({
  tenantId: row.tenantId,
  id: row.id,
  organisationId: row.organisationId,
  userId: row.userId,
  facilityId: null,
});

export const detailsOf = (row: PractitionerRow): PractitionerDetails => ({
  ...recordOf(row),
  id: row.id,
  displayName: row.displayName,
  roleTitle: row.roleTitle,
  accessTier: row.accessTier,
  gender: row.gender,
  languages: row.languages,
  createdAt: row.createdAt,
  suspendedAt: row.suspendedAt,
  suspensionReason: row.suspensionReason,
});

/**
 * The actions to offer on one practitioner: the policy's, less `create` (which belongs to the
 * organisation's list) and less whichever of suspend and reinstate does not apply now (the server
 * would answer 409).
 */
export function practitionerActions(
  allowed: readonly PractitionerPolicyAction[],
  suspended: boolean,
): PractitionerAction[] {
  const inapplicable = suspended ? 'suspend' : 'reinstate';
  return PRACTITIONER_ACTIONS.filter((action) => action !== inapplicable && allowed.includes(action));
}

/**
 * A field every reader of the record sees (the table gives `personal` with every `read`, as
 * practitioners-policy.test.ts checks); hidden means a class was declared without the answer
 * following, which must fail loudly rather than show it.
 */
function shown<Rec extends object, K extends keyof Rec>(seen: Partial<Rec>, key: K): Rec[K] {
  if (!(key in seen)) throw new Error(`the field ${String(key)} is hidden from a reader of the record`);
  return seen[key] as Rec[K];
}

/** The practitioner's own fields, as this reader may see them. */
function ownFields(row: PractitionerRow, classes: ReadonlySet<SensitivityClass>) {
  const seen = withoutHiddenFields(practitionerSensitivity, detailsOf(row), classes);
  const suspendedAt = shown(seen, 'suspendedAt');
  const fields = {
    id: shown(seen, 'id'),
    displayName: shown(seen, 'displayName'),
    roleTitle: shown(seen, 'roleTitle'),
    accessTier: shown(seen, 'accessTier'),
    gender: shown(seen, 'gender'),
    languages: shown(seen, 'languages'),
    suspension: {
      suspended: suspendedAt !== null,
      since: suspendedAt?.toISOString() ?? null,
      ...('suspensionReason' in seen ? { reason: seen.suspensionReason ?? null } : {}),
    },
  };
  return { fields, seen };
}

export function presentSummary(
  row: PractitionerRow,
  latest: LatestVetting | undefined,
  classes: ReadonlySet<SensitivityClass>,
  allowed: readonly PractitionerPolicyAction[],
): PractitionerSummary {
  return {
    ...ownFields(row, classes).fields,
    vetting: latest ?? null,
    actions: practitionerActions(allowed, row.suspendedAt !== null),
  };
}

export interface PractitionerHistories {
  vetting: VettingCheckDetails[];
  signatures: {
    id: string;
    document: DocumentSignature['document'];
    version: string;
    signedOn: string;
    recordedAt: Date;
  }[];
  certificates: {
    id: string;
    course: Certificate['course'];
    issuedOn: string;
    expiresOn: string | null;
    recordedAt: Date;
  }[];
}

export function presentStanding(
  row: PractitionerRow,
  histories: PractitionerHistories,
  classes: ReadonlySet<SensitivityClass>,
  allowed: readonly PractitionerPolicyAction[],
): PractitionerStanding {
  const { fields, seen } = ownFields(row, classes);
  return {
    ...fields,
    organisation: { id: shown(seen, 'organisationId'), name: row.organisationName },
    userId: shown(seen, 'userId'),
    createdAt: shown(seen, 'createdAt').toISOString(),
    vetting: histories.vetting.map((check) => {
      const visible = withoutHiddenFields(vettingCheckSensitivity, check, classes);
      return {
        id: shown(visible, 'id'),
        level: shown(visible, 'level'),
        outcome: shown(visible, 'outcome'),
        checkedOn: shown(visible, 'checkedOn'),
        expiresOn: shown(visible, 'expiresOn'),
        ...('findings' in visible ? { findings: visible.findings ?? null } : {}),
        recordedAt: shown(visible, 'recordedAt').toISOString(),
      };
    }),
    signatures: histories.signatures.map((signature) => ({
      ...signature,
      recordedAt: signature.recordedAt.toISOString(),
    })),
    certificates: histories.certificates.map((certificate) => ({
      ...certificate,
      recordedAt: certificate.recordedAt.toISOString(),
    })),
    actions: practitionerActions(allowed, row.suspendedAt !== null),
  };
}

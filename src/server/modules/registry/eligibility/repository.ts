import { and, desc, eq, lte } from 'drizzle-orm';
import type { AccessTier } from '../../../../contracts/registry.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { facilities } from '../../../platform/db/schema.ts';
import {
  accreditationDecisions,
  agreements,
  certificates,
  courseRequirements,
  courses,
  csoProfiles,
  documentSignatures,
  documentVersions,
  practitioners,
  vettingChecks,
} from '../schema.ts';
import type { EligibilityFacts } from './facts.ts';

// Everything the eligibility decision needs, read in the caller's transaction (so in one snapshot:
// a suspension committed before it is seen by all of it). The queries do not depend on each other
// and are asked at once.

export type PractitionerRow = typeof practitioners.$inferSelect;

/** One practitioner of the tenant; the caller must authorize it before use. */
export async function findPractitioner(tx: Tx, id: string): Promise<PractitionerRow | undefined> {
  const [row] = await tx.select().from(practitioners).where(eq(practitioners.id, id));
  return row;
}

/** One facility of the tenant: its id and time zone. */
export async function findFacility(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: facilities.id, timeZone: facilities.timeZone, name: facilities.name })
    .from(facilities)
    .where(eq(facilities.id, id));
  return row;
}

/** The facts about this practitioner, for work of this tier at this facility. */
export async function loadEligibilityFacts(
  tx: Tx,
  practitioner: PractitionerRow,
  facilityId: string,
  accessTier: AccessTier,
): Promise<EligibilityFacts> {
  const organisationId = practitioner.organisationId;
  const [profile, decisions, agreementRows, vetting, signatures, versions, certificateRows, required] =
    await Promise.all([
      tx
        .select({ mandate: csoProfiles.mandate })
        .from(csoProfiles)
        .where(eq(csoProfiles.organisationId, organisationId)),
      tx
        .select()
        .from(accreditationDecisions)
        .where(eq(accreditationDecisions.organisationId, organisationId))
        .orderBy(desc(accreditationDecisions.decidedAt), desc(accreditationDecisions.id))
        .limit(1),
      tx
        .select({ startsOn: agreements.startsOn, endsOn: agreements.endsOn })
        .from(agreements)
        .where(eq(agreements.organisationId, organisationId)),
      tx
        .select({
          outcome: vettingChecks.outcome,
          checkedOn: vettingChecks.checkedOn,
          expiresOn: vettingChecks.expiresOn,
        })
        .from(vettingChecks)
        .where(eq(vettingChecks.practitionerId, practitioner.id))
        .orderBy(vettingChecks.checkedOn, vettingChecks.recordedAt, vettingChecks.id),
      tx
        .select({
          document: documentSignatures.document,
          version: documentSignatures.version,
          signedOn: documentSignatures.signedOn,
        })
        .from(documentSignatures)
        .where(eq(documentSignatures.practitionerId, practitioner.id)),
      // The version in force of each document: the latest that has taken effect.
      tx
        .selectDistinctOn([documentVersions.document], {
          document: documentVersions.document,
          version: documentVersions.version,
        })
        .from(documentVersions)
        .where(lte(documentVersions.effectiveOn, new Date().toISOString().slice(0, 10)))
        .orderBy(documentVersions.document, desc(documentVersions.effectiveOn)),
      tx
        .select({
          courseId: certificates.courseId,
          issuedOn: certificates.issuedOn,
          expiresOn: certificates.expiresOn,
        })
        .from(certificates)
        .where(eq(certificates.practitionerId, practitioner.id)),
      tx
        .select({ id: courses.id, code: courses.code, name: courses.name })
        .from(courseRequirements)
        .innerJoin(courses, eq(courses.id, courseRequirements.courseId))
        .where(
          and(eq(courseRequirements.facilityId, facilityId), eq(courseRequirements.accessTier, accessTier)),
        )
        .orderBy(courses.code),
    ]);
  const [decision] = decisions;
  return {
    // An organisation without a profile yet has not declared a monitoring mandate.
    organisation: { id: organisationId, mandate: profile[0]?.mandate ?? 'service_provider' },
    accreditation: decision
      ? {
          status: decision.status,
          validFrom: decision.validFrom,
          validUntil: decision.validUntil,
          facilityIds: decision.facilityIds,
          interventionTypes: decision.interventionTypes,
          requiresAgreement: decision.requiresAgreement,
        }
      : null,
    agreements: agreementRows,
    practitioner: {
      id: practitioner.id,
      organisationId,
      accessTier: practitioner.accessTier,
      suspendedAt: practitioner.suspendedAt,
    },
    vetting,
    signatures,
    requiredDocuments: versions,
    certificates: certificateRows,
    requiredCourses: required,
  };
}

import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import {
  accreditationDecisions,
  agreements,
  certificates,
  courses,
  practitioners,
  vettingChecks,
} from '../schema.ts';
import type { ExpiryFacts } from './expiring.ts';

// The records of one organisation that something can expire in, as expiringOf reads them, in the
// request's tenant transaction (row-level security is the second wall). The caller has authorized
// the organisation; every query names the tenant and the organisation. Vetting findings are never
// selected: this list carries an expiry, not what a check found.

export async function expiryFactsOf(
  tx: Tx,
  organisation: { tenantId: string; id: string; name: string },
): Promise<ExpiryFacts> {
  const { tenantId, id } = organisation;
  const ofPractitioners = and(eq(practitioners.tenantId, tenantId), eq(practitioners.organisationId, id));
  const [decisions, agreementRows, practitionerRows, vetting, certificateRows] = await Promise.all([
    tx
      .select({
        id: accreditationDecisions.id,
        status: accreditationDecisions.status,
        validUntil: accreditationDecisions.validUntil,
        decidedAt: accreditationDecisions.decidedAt,
      })
      .from(accreditationDecisions)
      .where(
        and(eq(accreditationDecisions.tenantId, tenantId), eq(accreditationDecisions.organisationId, id)),
      ),
    tx
      .select({
        id: agreements.id,
        title: agreements.title,
        startsOn: agreements.startsOn,
        endsOn: agreements.endsOn,
      })
      .from(agreements)
      .where(and(eq(agreements.tenantId, tenantId), eq(agreements.organisationId, id))),
    tx
      .select({ id: practitioners.id, displayName: practitioners.displayName })
      .from(practitioners)
      .where(ofPractitioners),
    tx
      .select({
        id: vettingChecks.id,
        practitionerId: vettingChecks.practitionerId,
        outcome: vettingChecks.outcome,
        checkedOn: vettingChecks.checkedOn,
        expiresOn: vettingChecks.expiresOn,
        recordedAt: vettingChecks.recordedAt,
      })
      .from(vettingChecks)
      .innerJoin(practitioners, eq(practitioners.id, vettingChecks.practitionerId))
      .where(and(eq(vettingChecks.tenantId, tenantId), ofPractitioners)),
    tx
      .select({
        id: certificates.id,
        practitionerId: certificates.practitionerId,
        course: { id: courses.id, code: courses.code, name: courses.name },
        issuedOn: certificates.issuedOn,
        expiresOn: certificates.expiresOn,
        recordedAt: certificates.recordedAt,
      })
      .from(certificates)
      .innerJoin(practitioners, eq(practitioners.id, certificates.practitionerId))
      .innerJoin(courses, eq(courses.id, certificates.courseId))
      .where(and(eq(certificates.tenantId, tenantId), ofPractitioners)),
  ]);
  return {
    organisation: { id, name: organisation.name },
    decisions,
    agreements: agreementRows,
    practitioners: practitionerRows,
    vetting,
    certificates: certificateRows,
  };
}

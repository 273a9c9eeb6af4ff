import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { SignedDocument, VettingOutcome } from '../../../../contracts/registry.ts';
import type { VettingLevel } from '../../../../contracts/registry-practitioners.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { certificates, courses, documentSignatures, documentVersions, vettingChecks } from '../schema.ts';
import type { VettingCheckDetails } from './sensitivity.ts';

// A practitioner's histories: vetting checks, signatures and certificates. They are only ever added
// to (the tables refuse UPDATE and DELETE): a correction is a new record. Reads take the condition
// of the practitioner the caller authorized (withinAuthorizedRecord); each list is newest first.

export function vettingChecksOf(tx: Tx, within: SQL, practitionerId: string): Promise<VettingCheckDetails[]> {
  return tx
    .select({
      id: vettingChecks.id,
      level: vettingChecks.level,
      outcome: vettingChecks.outcome,
      checkedOn: vettingChecks.checkedOn,
      expiresOn: vettingChecks.expiresOn,
      findings: vettingChecks.findings,
      recordedAt: vettingChecks.recordedAt,
    })
    .from(vettingChecks)
    .where(and(within, eq(vettingChecks.practitionerId, practitionerId)))
    .orderBy(desc(vettingChecks.checkedOn), desc(vettingChecks.recordedAt), desc(vettingChecks.id));
}

export function signaturesOf(tx: Tx, within: SQL, practitionerId: string) {
  return tx
    .select({
      id: documentSignatures.id,
      document: documentSignatures.document,
      version: documentSignatures.version,
      signedOn: documentSignatures.signedOn,
      recordedAt: documentSignatures.recordedAt,
    })
    .from(documentSignatures)
    .where(and(within, eq(documentSignatures.practitionerId, practitionerId)))
    .orderBy(
      desc(documentSignatures.signedOn),
      desc(documentSignatures.recordedAt),
      desc(documentSignatures.id),
    );
}

export function certificatesOf(tx: Tx, within: SQL, practitionerId: string) {
  return tx
    .select({
      id: certificates.id,
      course: { id: courses.id, code: courses.code, name: courses.name },
      issuedOn: certificates.issuedOn,
      expiresOn: certificates.expiresOn,
      recordedAt: certificates.recordedAt,
    })
    .from(certificates)
    .innerJoin(courses, eq(courses.id, certificates.courseId))
    .where(and(within, eq(certificates.practitionerId, practitionerId)))
    .orderBy(desc(certificates.issuedOn), desc(certificates.recordedAt), desc(certificates.id));
}

/** A course of the tenant's catalogue, with how long its certificates last (null: for good). */
export async function findCourse(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: courses.id, code: courses.code, validityMonths: courses.validityMonths })
    .from(courses)
    .where(and(eq(courses.tenantId, tenantId), eq(courses.id, id)));
  return row;
}

/** Whether the tenant has issued this version of the document. */
export async function isIssuedVersion(tx: Tx, tenantId: string, document: SignedDocument, version: string) {
  const [row] = await tx
    .select({ version: documentVersions.version })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.tenantId, tenantId),
        eq(documentVersions.document, document),
        eq(documentVersions.version, version),
      ),
    );
  return row !== undefined;
}

export async function insertVettingCheck(
  tx: Tx,
  values: {
    tenantId: string;
    practitionerId: string;
    level: VettingLevel;
    outcome: VettingOutcome;
    checkedOn: string;
    expiresOn: string | null;
    findings: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(vettingChecks).values({ id, ...values });
  return id;
}

export async function insertSignature(
  tx: Tx,
  values: {
    tenantId: string;
    practitionerId: string;
    document: SignedDocument;
    version: string;
    signedOn: string;
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(documentSignatures).values({ id, ...values });
  return id;
}

export async function insertCertificate(
  tx: Tx,
  values: {
    tenantId: string;
    practitionerId: string;
    courseId: string;
    issuedOn: string;
    expiresOn: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const id = uuidv7();
  await tx.insert(certificates).values({ id, ...values });
  return id;
}

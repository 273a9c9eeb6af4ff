import type {
  AccessTier,
  AccreditationStatus,
  IneligibilityReasonCode,
  InterventionType,
  Mandate,
  SignedDocument,
  VettingOutcome,
} from '../../../../contracts/registry.ts';

// What the eligibility decision is made from, gathered by the repository in one transaction, and
// what it answers. Dates are calendar dates ("YYYY-MM-DD"), in the facility's time zone: "valid
// until 2026-12-31" means through the whole of that day where the facility is. Instants are Date.

/** The organisation's accreditation as it stands (the latest decision), or none yet. */
export interface AccreditationFacts {
  status: AccreditationStatus;
  /** First and last day of validity; null until accredited. */
  validFrom: string | null;
  validUntil: string | null;
  facilityIds: readonly string[];
  interventionTypes: readonly InterventionType[];
  /** When true, a current agreement with the prison service is also needed. */
  requiresAgreement: boolean;
}

/** An agreement (memorandum of understanding) between the organisation and the prison service. */
export interface AgreementFacts {
  startsOn: string;
  /** Null: open-ended. */
  endsOn: string | null;
}

export interface VettingFacts {
  outcome: VettingOutcome;
  checkedOn: string;
  /** The last day the check counts; null while pending. */
  expiresOn: string | null;
}

export interface SignatureFacts {
  document: SignedDocument;
  version: string;
  signedOn: string;
}

export interface CertificateFacts {
  courseId: string;
  issuedOn: string;
  /** The last day it counts; null: it does not expire. */
  expiresOn: string | null;
}

export interface CourseRef {
  id: string;
  /** For the answer's words: the course's code (e.g. security_induction) and name. */
  code: string;
  name: string;
}

export interface EligibilityFacts {
  organisation: { id: string; mandate: Mandate };
  accreditation: AccreditationFacts | null;
  agreements: readonly AgreementFacts[];
  practitioner: {
    id: string;
    organisationId: string;
    accessTier: AccessTier;
    /** Set while suspended; lifting the suspension clears it. */
    suspendedAt: Date | null;
  };
  vetting: readonly VettingFacts[];
  signatures: readonly SignatureFacts[];
  /** The versions in force that every practitioner must have signed. */
  requiredDocuments: readonly { document: SignedDocument; version: string }[];
  certificates: readonly CertificateFacts[];
  /** The courses the facility requires for the tier asked about. */
  requiredCourses: readonly CourseRef[];
}

/** The question: this practitioner, at this facility, on this day (the facility's), in this capacity. */
export interface EligibilityQuestion {
  facility: { id: string; timeZone: string };
  /** A calendar day at the facility, or an instant (then read as the facility's day at that instant). */
  on: string | Date;
  interventionType: InterventionType;
  accessTier: AccessTier;
  /** The moment the question is asked: suspensions in force at this instant count. */
  now: Date;
}

/** One reason, with what the words need (dates, a course, a document and its version). */
export interface IneligibilityReason {
  code: IneligibilityReasonCode;
  /** A day that matters to the reason: when it expired, from when it is valid, since when suspended. */
  date?: string;
  status?: AccreditationStatus;
  course?: { code: string; name: string };
  document?: { document: SignedDocument; version: string };
}

export interface EligibilityAnswer {
  eligible: boolean;
  /** `monitoring_mandate`: a formal monitoring body, not decided on operational grounds. */
  basis: 'accreditation' | 'monitoring_mandate';
  /** The facility's day the question was about. */
  day: string;
  /** Every reason, in INELIGIBILITY_REASONS' order; empty when eligible. */
  reasons: IneligibilityReason[];
  /** When eligible: the last day it holds, the earliest of the expiries that bear on it (null: none). */
  validUntil: string | null;
}

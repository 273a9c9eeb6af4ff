import { type Static, type TSchema, Type } from 'typebox';

/**
 * The civil society registry's reference lists (accreditation, vetting, training, eligibility) and
 * its API's requests and answers. Shared by the server (CHECK constraints mirror the lists, in
 * db/migrations/0007_registry.sql; route schemas) and the web app (the `Static` types only).
 * Imports nothing but typebox and the other contracts.
 */

/** What an organisation may offer in a prison (REFERENCE.md, "Intervention types"). */
export const INTERVENTION_TYPES = [
  'education',
  'vocational_training',
  'work',
  'cognitive_behavioural_skills',
  'psychosocial_counselling',
  'mentoring',
  'religious_dialogue',
  'creative_arts',
  'sport',
  'family_engagement',
  'restorative_justice',
  'employment_assistance',
  'health',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

/**
 * The expertise an organisation may offer (REFERENCE.md, "Actor roles"); its profile lists which.
 * db/migrations/0013_profile_details.sql repeats the list in a CHECK.
 */
export const ACTOR_ROLES = [
  'psychologist',
  'social_worker',
  'mental_health_worker',
  'religious_scholar',
  'teacher_trainer',
  'mentor',
  'former_extremist_mentor',
  'family_liaison',
  'victims_advocate',
  'community_leader',
  'lawyer',
  'probation_officer',
  'prison_officer',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/**
 * How a practitioner comes in (REFERENCE.md, "Access tiers"): occasionally, escorted and
 * supervised with a day pass; or regularly, vetted, trained and with a permit and badge. A regular
 * practitioner may also come in occasionally; an occasional one may not work regularly.
 */
export const ACCESS_TIERS = ['occasional', 'regular'] as const;
export type AccessTier = (typeof ACCESS_TIERS)[number];

/**
 * An organisation's mandate: a service provider is accredited for what it offers; a formal
 * monitoring body follows its own legal path and is never refused on operational grounds.
 */
export const MANDATES = ['service_provider', 'monitoring_body'] as const;
export type Mandate = (typeof MANDATES)[number];

/** The accreditation lifecycle: applied → under review → accredited → suspended → revoked, or refused. */
export const ACCREDITATION_STATUSES = [
  'applied',
  'under_review',
  'accredited',
  'suspended',
  'revoked',
  'refused',
] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

/** The outcome of a background check. Only `cleared` lets a practitioner work regularly. */
export const VETTING_OUTCOMES = ['pending', 'cleared', 'not_cleared'] as const;
export type VettingOutcome = (typeof VETTING_OUTCOMES)[number];

/** The documents every practitioner signs, in a version: the current one must be signed. */
export const SIGNED_DOCUMENTS = ['code_of_conduct', 'confidentiality'] as const;
export type SignedDocument = (typeof SIGNED_DOCUMENTS)[number];

/** The courses every catalogue starts with (administrators add others). */
export const STANDARD_COURSES = [
  'security_induction',
  'dynamic_security',
  'human_rights_in_prisons',
  'gender_and_trauma_informed_practice',
  'data_protection',
  'assessment_tool_certification',
] as const;

/**
 * Every reason the eligibility answer can give, in the order it lists them: the organisation's
 * standing first, then the agreement, then the person, their vetting, signatures and training.
 */
export const INELIGIBILITY_REASONS = [
  'organisation_not_accredited',
  'accreditation_suspended',
  'accreditation_revoked',
  'accreditation_not_yet_valid',
  'accreditation_expired',
  'facility_not_accredited',
  'intervention_type_not_accredited',
  'agreement_missing',
  'agreement_expired',
  'practitioner_suspended',
  'access_tier_not_held',
  'vetting_missing',
  'vetting_pending',
  'vetting_not_cleared',
  'vetting_expired',
  'document_not_signed',
  'course_missing',
  'course_expired',
] as const;
export type IneligibilityReasonCode = (typeof INELIGIBILITY_REASONS)[number];

const Id = Type.String({ format: 'uuid' });
const Day = Type.String({ format: 'date', description: 'A calendar day, YYYY-MM-DD.' });
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Where the registry API answers. */
export const REGISTRY_PATHS = {
  facilities: '/api/v1/registry/facilities',
  eligibility: (practitionerId: string) =>
    `/api/v1/registry/practitioners/${encodeURIComponent(practitionerId)}/eligibility`,
} as const;

export const EligibilityQuery = Type.Object(
  {
    facilityId: Id,
    /** Absent: today, at the facility. */
    on: Type.Optional(Day),
    interventionType: Type.Enum([...INTERVENTION_TYPES]),
    accessTier: Type.Enum([...ACCESS_TIERS]),
  },
  { additionalProperties: false },
);
export type EligibilityQuery = Static<typeof EligibilityQuery>;

export const IneligibilityReason = Type.Object(
  {
    code: Type.Enum([...INELIGIBILITY_REASONS]),
    date: Type.Optional(Day),
    status: Type.Optional(Type.Enum([...ACCREDITATION_STATUSES])),
    course: Type.Optional(Type.Object({ code: Type.String(), name: Type.String() })),
    document: Type.Optional(
      Type.Object({ document: Type.Enum([...SIGNED_DOCUMENTS]), version: Type.String() }),
    ),
  },
  { additionalProperties: false },
);
export type IneligibilityReason = Static<typeof IneligibilityReason>;

/** The answer to "may this practitioner work here, on this day, in this capacity?", with every reason. */
export const EligibilityAnswer = Type.Object(
  {
    practitioner: Type.Object({ id: Id, displayName: Type.String(), organisationId: Id }),
    facility: Type.Object({ id: Id, name: Type.String(), timeZone: Type.String() }),
    interventionType: Type.Enum([...INTERVENTION_TYPES]),
    accessTier: Type.Enum([...ACCESS_TIERS]),
    eligible: Type.Boolean(),
    basis: Type.Enum(['accreditation', 'monitoring_mandate']),
    day: Day,
    reasons: Type.Array(IneligibilityReason),
    validUntil: Nullable(Day),
  },
  { additionalProperties: false },
);
export type EligibilityAnswer = Static<typeof EligibilityAnswer>;

/** The tenant's facilities, by name, for the registry's questions. */
export const RegistryFacilityList = Type.Object(
  {
    facilities: Type.Array(
      Type.Object({
        id: Id,
        name: Type.String(),
        kind: Type.String(),
        timeZone: Type.String(),
      }),
    ),
  },
  { additionalProperties: false },
);
export type RegistryFacilityList = Static<typeof RegistryFacilityList>;

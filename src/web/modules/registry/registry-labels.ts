import type { ParseKeys, TFunction } from 'i18next';
import type {
  AccessTier,
  AccreditationStatus,
  ActorRole,
  IneligibilityReasonCode,
  InterventionType,
  Mandate,
  SignedDocument,
  VettingOutcome,
} from '../../../contracts/registry';
import type { OrganisationDocumentKind } from '../../../contracts/registry-documents';
import type { ProfileField } from '../../../contracts/registry-organisations';
import type { PractitionerGender, VettingLevel } from '../../../contracts/registry-practitioners';

// The registry's codes in words. Keys are written out (not built from the code) so the key scan of
// translation-keys.test.ts sees every one of them, and a code without words fails type-checking.

type Label = { labelKey: ParseKeys };

export const INTERVENTION_TYPE_LABELS: Readonly<Record<InterventionType, Label>> = {
  education: { labelKey: 'registry.interventionTypes.education' },
  vocational_training: { labelKey: 'registry.interventionTypes.vocationalTraining' },
  work: { labelKey: 'registry.interventionTypes.work' },
  cognitive_behavioural_skills: { labelKey: 'registry.interventionTypes.cognitiveBehaviouralSkills' },
  psychosocial_counselling: { labelKey: 'registry.interventionTypes.psychosocialCounselling' },
  mentoring: { labelKey: 'registry.interventionTypes.mentoring' },
  religious_dialogue: { labelKey: 'registry.interventionTypes.religiousDialogue' },
  creative_arts: { labelKey: 'registry.interventionTypes.creativeArts' },
  sport: { labelKey: 'registry.interventionTypes.sport' },
  family_engagement: { labelKey: 'registry.interventionTypes.familyEngagement' },
  restorative_justice: { labelKey: 'registry.interventionTypes.restorativeJustice' },
  employment_assistance: { labelKey: 'registry.interventionTypes.employmentAssistance' },
  health: { labelKey: 'registry.interventionTypes.health' },
};

export const ACCESS_TIER_LABELS: Readonly<Record<AccessTier, Label>> = {
  occasional: { labelKey: 'registry.accessTiers.occasional' },
  regular: { labelKey: 'registry.accessTiers.regular' },
};

export const ACCREDITATION_STATUS_LABELS: Readonly<Record<AccreditationStatus, Label>> = {
  applied: { labelKey: 'registry.accreditationStatuses.applied' },
  under_review: { labelKey: 'registry.accreditationStatuses.underReview' },
  accredited: { labelKey: 'registry.accreditationStatuses.accredited' },
  suspended: { labelKey: 'registry.accreditationStatuses.suspended' },
  revoked: { labelKey: 'registry.accreditationStatuses.revoked' },
  refused: { labelKey: 'registry.accreditationStatuses.refused' },
};

export const DOCUMENT_LABELS: Readonly<Record<SignedDocument, Label>> = {
  code_of_conduct: { labelKey: 'registry.documents.codeOfConduct' },
  confidentiality: { labelKey: 'registry.documents.confidentiality' },
};

export const REASON_LABELS: Readonly<Record<IneligibilityReasonCode, Label>> = {
  organisation_not_accredited: { labelKey: 'registry.reasons.organisationNotAccredited' },
  accreditation_suspended: { labelKey: 'registry.reasons.accreditationSuspended' },
  accreditation_revoked: { labelKey: 'registry.reasons.accreditationRevoked' },
  accreditation_not_yet_valid: { labelKey: 'registry.reasons.accreditationNotYetValid' },
  accreditation_expired: { labelKey: 'registry.reasons.accreditationExpired' },
  facility_not_accredited: { labelKey: 'registry.reasons.facilityNotAccredited' },
  intervention_type_not_accredited: { labelKey: 'registry.reasons.interventionTypeNotAccredited' },
  agreement_missing: { labelKey: 'registry.reasons.agreementMissing' },
  agreement_expired: { labelKey: 'registry.reasons.agreementExpired' },
  practitioner_suspended: { labelKey: 'registry.reasons.practitionerSuspended' },
  access_tier_not_held: { labelKey: 'registry.reasons.accessTierNotHeld' },
  vetting_missing: { labelKey: 'registry.reasons.vettingMissing' },
  vetting_pending: { labelKey: 'registry.reasons.vettingPending' },
  vetting_not_cleared: { labelKey: 'registry.reasons.vettingNotCleared' },
  vetting_expired: { labelKey: 'registry.reasons.vettingExpired' },
  document_not_signed: { labelKey: 'registry.reasons.documentNotSigned' },
  course_missing: { labelKey: 'registry.reasons.courseMissing' },
  course_expired: { labelKey: 'registry.reasons.courseExpired' },
};

/** The organisation-not-accredited reason when the answer names the accreditation's status. */
export const NOT_ACCREDITED_WITH_STATUS: Label = {
  labelKey: 'registry.reasons.organisationNotAccreditedStatus',
};

/** An organisation's mandate, as the profile and the directory name it. */
export const MANDATE_LABELS: Readonly<Record<Mandate, Label>> = {
  service_provider: { labelKey: 'registry.mandates.serviceProvider' },
  monitoring_body: { labelKey: 'registry.mandates.monitoringBody' },
};

/** A document on its own (a table cell, a choice), where DOCUMENT_LABELS are for inside a sentence. */
export const SIGNED_DOCUMENT_LABELS: Readonly<Record<SignedDocument, Label>> = {
  code_of_conduct: { labelKey: 'registry.signedDocuments.codeOfConduct' },
  confidentiality: { labelKey: 'registry.signedDocuments.confidentiality' },
};

export const VETTING_OUTCOME_LABELS: Readonly<Record<VettingOutcome, Label>> = {
  pending: { labelKey: 'registry.vettingOutcomes.pending' },
  cleared: { labelKey: 'registry.vettingOutcomes.cleared' },
  not_cleared: { labelKey: 'registry.vettingOutcomes.notCleared' },
};

export const VETTING_LEVEL_LABELS: Readonly<Record<VettingLevel, Label>> = {
  basic: { labelKey: 'registry.vettingLevels.basic' },
  enhanced: { labelKey: 'registry.vettingLevels.enhanced' },
};

export const GENDER_LABELS: Readonly<Record<PractitionerGender, Label>> = {
  woman: { labelKey: 'registry.genders.woman' },
  man: { labelKey: 'registry.genders.man' },
  other: { labelKey: 'registry.genders.other' },
  undisclosed: { labelKey: 'registry.genders.undisclosed' },
};

export const ORGANISATION_DOCUMENT_KIND_LABELS: Readonly<Record<OrganisationDocumentKind, Label>> = {
  registration_certificate: { labelKey: 'registry.documentKinds.registrationCertificate' },
  statutes: { labelKey: 'registry.documentKinds.statutes' },
  agreement: { labelKey: 'registry.documentKinds.agreement' },
  insurance: { labelKey: 'registry.documentKinds.insurance' },
  reference: { labelKey: 'registry.documentKinds.reference' },
};

/** The directory's and the record's status: the latest decision's, or none before the first application. */
export const NO_APPLICATION: Label = { labelKey: 'registry.directory.noApplication' };

/** The expertise an organisation offers (REFERENCE.md, "Actor roles"). */
export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, Label>> = {
  psychologist: { labelKey: 'registry.actorRoles.psychologist' },
  social_worker: { labelKey: 'registry.actorRoles.socialWorker' },
  mental_health_worker: { labelKey: 'registry.actorRoles.mentalHealthWorker' },
  religious_scholar: { labelKey: 'registry.actorRoles.religiousScholar' },
  teacher_trainer: { labelKey: 'registry.actorRoles.teacherTrainer' },
  mentor: { labelKey: 'registry.actorRoles.mentor' },
  former_extremist_mentor: { labelKey: 'registry.actorRoles.formerExtremistMentor' },
  family_liaison: { labelKey: 'registry.actorRoles.familyLiaison' },
  victims_advocate: { labelKey: 'registry.actorRoles.victimsAdvocate' },
  community_leader: { labelKey: 'registry.actorRoles.communityLeader' },
  lawyer: { labelKey: 'registry.actorRoles.lawyer' },
  probation_officer: { labelKey: 'registry.actorRoles.probationOfficer' },
  prison_officer: { labelKey: 'registry.actorRoles.prisonOfficer' },
};

/** A profile's field as its view names it, for the history's "fields changed". */
export const PROFILE_FIELD_LABELS: Readonly<Record<ProfileField, Label>> = {
  mandate: { labelKey: 'registry.organisation.profile.mandate' },
  legalName: { labelKey: 'registry.organisation.profile.legalName' },
  otherNames: { labelKey: 'registry.organisation.profile.otherNames' },
  registrationNumber: { labelKey: 'registry.organisation.profile.registrationNumber' },
  registrationRegistry: { labelKey: 'registry.organisation.profile.registrationRegistry' },
  country: { labelKey: 'registry.organisation.profile.country' },
  regionsServed: { labelKey: 'registry.organisation.profile.regionsServed' },
  expertise: { labelKey: 'registry.organisation.profile.expertise' },
  interventionTypes: { labelKey: 'registry.organisation.profile.interventionTypes' },
  languages: { labelKey: 'registry.organisation.profile.languages' },
  staffCount: { labelKey: 'registry.organisation.profile.staffCount' },
  contacts: { labelKey: 'registry.organisation.profile.contacts' },
};

/**
 * A select's options: the placeholder first (value ''), then each code in words, in the order given.
 * The one way every registry form offers a list of codes.
 */
export function codeOptions<Code extends string>(
  t: TFunction,
  placeholder: string,
  codes: readonly Code[],
  labels: Readonly<Record<Code, Label>>,
): { value: string; label: string }[] {
  return [
    { value: '', label: placeholder },
    ...codes.map((code) => ({ value: code, label: t(labels[code].labelKey) })),
  ];
}

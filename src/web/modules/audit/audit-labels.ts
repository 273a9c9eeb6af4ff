import type { ParseKeys, TFunction } from 'i18next';
import { ROLES, type RoleName } from '../../../contracts/identity';
import { ROLE_LABELS } from '../home/role-names';
import type { AuditAction } from './audit-types';

// The trail's codes in words. Keys are written out (not built from the code) so the key scan of
// translation-keys.test.ts sees every one of them.

type Label = { labelKey: ParseKeys };

export const ACTION_LABELS: Readonly<Record<AuditAction, Label>> = {
  'auth.sign_in': { labelKey: 'audit.actions.authSignIn' },
  'auth.sign_in_failed': { labelKey: 'audit.actions.authSignInFailed' },
  'auth.locked_out': { labelKey: 'audit.actions.authLockedOut' },
  'auth.sign_out': { labelKey: 'audit.actions.authSignOut' },
  'auth.sign_out_everywhere': { labelKey: 'audit.actions.authSignOutEverywhere' },
  'auth.session_revoked': { labelKey: 'audit.actions.authSessionRevoked' },
  'auth.mfa_enrolled': { labelKey: 'audit.actions.authMfaEnrolled' },
  'auth.mfa_disabled': { labelKey: 'audit.actions.authMfaDisabled' },
  'auth.recovery_code_used': { labelKey: 'audit.actions.authRecoveryCodeUsed' },
  'auth.mfa_enrolment_started': { labelKey: 'audit.actions.authMfaEnrolmentStarted' },
  'auth.recovery_codes_regenerated': { labelKey: 'audit.actions.authRecoveryCodesRegenerated' },
  'auth.password_changed': { labelKey: 'audit.actions.authPasswordChanged' },
  'organisation.created': { labelKey: 'audit.actions.organisationCreated' },
  'organisation.updated': { labelKey: 'audit.actions.organisationUpdated' },
  'facility.created': { labelKey: 'audit.actions.facilityCreated' },
  'facility.updated': { labelKey: 'audit.actions.facilityUpdated' },
  'user.created': { labelKey: 'audit.actions.userCreated' },
  'user.updated': { labelKey: 'audit.actions.userUpdated' },
  'user.roles_changed': { labelKey: 'audit.actions.userRolesChanged' },
  'user.deactivated': { labelKey: 'audit.actions.userDeactivated' },
  'user.reactivated': { labelKey: 'audit.actions.userReactivated' },
  'registry.profile_updated': { labelKey: 'audit.actions.registryProfileUpdated' },
  'accreditation.decided': { labelKey: 'audit.actions.accreditationDecided' },
  'agreement.recorded': { labelKey: 'audit.actions.agreementRecorded' },
  'practitioner.created': { labelKey: 'audit.actions.practitionerCreated' },
  'practitioner.updated': { labelKey: 'audit.actions.practitionerUpdated' },
  'practitioner.suspended': { labelKey: 'audit.actions.practitionerSuspended' },
  'practitioner.reinstated': { labelKey: 'audit.actions.practitionerReinstated' },
  'vetting.recorded': { labelKey: 'audit.actions.vettingRecorded' },
  'document.signed': { labelKey: 'audit.actions.documentSigned' },
  'certificate.recorded': { labelKey: 'audit.actions.certificateRecorded' },
  'registry.publication_changed': { labelKey: 'audit.actions.registryPublicationChanged' },
  'due_diligence.recorded': { labelKey: 'audit.actions.dueDiligenceRecorded' },
  'course.created': { labelKey: 'audit.actions.courseCreated' },
  'course.updated': { labelKey: 'audit.actions.courseUpdated' },
  'course_requirements.changed': { labelKey: 'audit.actions.courseRequirementsChanged' },
  'training.session_created': { labelKey: 'audit.actions.trainingSessionCreated' },
  'training.attendance_recorded': { labelKey: 'audit.actions.trainingAttendanceRecorded' },
  'knowledge.entry_proposed': { labelKey: 'audit.actions.knowledgeEntryProposed' },
  'knowledge.entry_updated': { labelKey: 'audit.actions.knowledgeEntryUpdated' },
  'knowledge.translation_saved': { labelKey: 'audit.actions.knowledgeTranslationSaved' },
  'knowledge.translation_reviewed': { labelKey: 'audit.actions.knowledgeTranslationReviewed' },
  'knowledge.entry_submitted': { labelKey: 'audit.actions.knowledgeEntrySubmitted' },
  'knowledge.review_comment_added': { labelKey: 'audit.actions.knowledgeReviewCommentAdded' },
  'knowledge.changes_requested': { labelKey: 'audit.actions.knowledgeChangesRequested' },
  'knowledge.peer_review_recorded': { labelKey: 'audit.actions.knowledgePeerReviewRecorded' },
  'knowledge.entry_published': { labelKey: 'audit.actions.knowledgeEntryPublished' },
  'knowledge.entry_archived': { labelKey: 'audit.actions.knowledgeEntryArchived' },
  'knowledge.entry_restored': { labelKey: 'audit.actions.knowledgeEntryRestored' },
  'knowledge.attachment_added': { labelKey: 'audit.actions.knowledgeAttachmentAdded' },
  'knowledge.entries_imported': { labelKey: 'audit.actions.knowledgeEntriesImported' },
  'knowledge.results_exported': { labelKey: 'audit.actions.knowledgeResultsExported' },
  'record.read': { labelKey: 'audit.actions.recordRead' },
  'record.break_glass': { labelKey: 'audit.actions.recordBreakGlass' },
  'access.denied': { labelKey: 'audit.actions.accessDenied' },
  'audit.searched': { labelKey: 'audit.actions.auditSearched' },
  'audit.exported': { labelKey: 'audit.actions.auditExported' },
  'audit.access_report_viewed': { labelKey: 'audit.actions.auditAccessReportViewed' },
};

/** The action filter's groups, as docs/audit.md sorts the vocabulary. */
export const ACTION_GROUPS: readonly { id: string; labelKey: ParseKeys; prefixes: readonly string[] }[] = [
  { id: 'auth', labelKey: 'audit.actionGroups.auth', prefixes: ['auth.'] },
  {
    id: 'administration',
    labelKey: 'audit.actionGroups.administration',
    prefixes: ['organisation.', 'facility.', 'user.'],
  },
  {
    id: 'registry',
    labelKey: 'audit.actionGroups.registry',
    prefixes: [
      'registry.',
      'accreditation.',
      'agreement.',
      'practitioner.',
      'vetting.',
      'document.',
      'certificate.',
      'due_diligence.',
      'course.',
      'course_requirements.',
      'training.',
    ],
  },
  { id: 'knowledge', labelKey: 'audit.actionGroups.knowledge', prefixes: ['knowledge.'] },
  { id: 'records', labelKey: 'audit.actionGroups.records', prefixes: ['record.', 'access.'] },
  { id: 'trail', labelKey: 'audit.actionGroups.trail', prefixes: ['audit.'] },
];

const SUBJECT_LABELS: Readonly<Record<string, Label>> = {
  user: { labelKey: 'audit.subjects.user' },
  session: { labelKey: 'audit.subjects.session' },
  route: { labelKey: 'audit.subjects.route' },
  person: { labelKey: 'audit.subjects.person' },
  case: { labelKey: 'audit.subjects.case' },
  organisation: { labelKey: 'audit.subjects.organisation' },
  facility: { labelKey: 'audit.subjects.facility' },
  practitioner: { labelKey: 'audit.subjects.practitioner' },
  audit_trail: { labelKey: 'audit.subjects.auditTrail' },
  public_register: { labelKey: 'audit.subjects.publicRegister' },
  review_queue: { labelKey: 'audit.subjects.reviewQueue' },
  course: { labelKey: 'audit.subjects.course' },
  training_session: { labelKey: 'audit.subjects.trainingSession' },
  staff_training: { labelKey: 'audit.subjects.staffTraining' },
  course_requirements: { labelKey: 'audit.subjects.courseRequirements' },
};

const ORGANISATION_KIND_LABELS: Readonly<Record<string, Label>> = {
  prison_service: { labelKey: 'audit.organisationKinds.prisonService' },
  probation_service: { labelKey: 'audit.organisationKinds.probationService' },
  civil_society: { labelKey: 'audit.organisationKinds.civilSociety' },
  oversight_body: { labelKey: 'audit.organisationKinds.oversightBody' },
  operator: { labelKey: 'audit.organisationKinds.operator' },
};

const hasOwn = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/** An action in words; a code this version does not know stays as the code. */
export function actionLabel(t: TFunction, action: string): string {
  return hasOwn(ACTION_LABELS, action) ? t(ACTION_LABELS[action].labelKey) : action;
}

export function subjectTypeLabel(t: TFunction, type: string): string {
  const label = SUBJECT_LABELS[type];
  return hasOwn(SUBJECT_LABELS, type) && label ? t(label.labelKey) : type;
}

export function organisationKindLabel(t: TFunction, kind: string): string {
  const label = ORGANISATION_KIND_LABELS[kind];
  return hasOwn(ORGANISATION_KIND_LABELS, kind) && label ? t(label.labelKey) : kind;
}

export function roleLabel(t: TFunction, role: string): string {
  return (ROLES as readonly string[]).includes(role) ? t(ROLE_LABELS[role as RoleName].labelKey) : role;
}

/** The actions of one filter group, in the vocabulary's order. */
export function actionsInGroup(prefixes: readonly string[], actions: readonly AuditAction[]): AuditAction[] {
  return actions.filter((action) => prefixes.some((prefix) => action.startsWith(prefix)));
}

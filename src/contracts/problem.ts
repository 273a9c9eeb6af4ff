import { type Static, Type } from 'typebox';

/**
 * The error body of every Pathways API answer (RFC 9457 problem details, CONTRACT.md "HTTP").
 * Shared by the server (response schema) and the web app (type only): import nothing from src/web here.
 */

/** One field at fault in a request, as a JSON pointer into the request part (`/body/username`). */
export const FieldError = Type.Object({
  path: Type.String(),
  code: Type.String(),
  message: Type.String(),
});
export type FieldError = Static<typeof FieldError>;

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldError)),
  },
  { description: 'An RFC 9457 problem document (application/problem+json).' },
);
export type Problem = Static<typeof Problem>;

/**
 * The stable codes a client may branch on. The list grows with the modules; a client meets codes it
 * does not know yet and must treat them by their HTTP status.
 */
export const PROBLEM_CODES = [
  // Any route.
  'request.validation',
  'request.malformed_json',
  'request.empty_body',
  'request.unsupported_media_type',
  'request.body_too_large',
  'request.invalid_content_length',
  'request.invalid',
  'rate_limited',
  'not_found',
  'internal',
  // Identity: sign-in and sessions.
  'auth.invalid_credentials',
  'auth.mfa_required',
  'auth.throttled',
  'auth.unauthenticated',
  'auth.csrf',
  'auth.forbidden',
  // Identity: the second factor (TOTP and recovery codes).
  'auth.invalid_totp',
  'auth.totp_replayed',
  'auth.invalid_recovery_code',
  'auth.mfa_enrolment_required',
  'auth.wrong_password',
  'auth.mfa_already_enrolled',
  'auth.mfa_not_enrolled',
  'auth.mfa_enrolment_not_started',
  // The civil society registry.
  'registry.registration_number_taken',
  'registry.not_civil_society',
  'registry.profile_missing',
  'accreditation.transition_not_allowed',
  'accreditation.due_diligence_incomplete',
  'practitioner.already_suspended',
  'practitioner.not_suspended',
  'practitioner.account_taken',
  'document.content_mismatch',
  'document.corrupt',
  'training.course_code_taken',
  'training.session_not_held',
  'training.attendance_already_recorded',
  // The knowledge hub's entries.
  'knowledge.version_conflict',
  'knowledge.incomplete',
  'knowledge.peer_review_missing',
  'knowledge.personal_data_warning',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

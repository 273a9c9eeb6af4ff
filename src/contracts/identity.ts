import { type Static, Type } from 'typebox';

/**
 * The identity API's requests and answers: sign-in, the signed-in user (`/me`) and one's own sessions.
 * Shared by the server (route schemas) and the web app (the `Static` types only: TypeBox's runtime
 * checks compile with `new Function`, which the page's CSP forbids). Imports nothing but typebox.
 */

// The server's own lists (src/server/modules/identity/roles.ts, passwords/hashing.ts) must equal
// these; identity/schemas.ts fails type-checking when they drift apart.

/** Every role of DESIGN.md §1: facility-scoped, then organisation-scoped, then tenant-scoped. */
export const ROLES = [
  'director',
  'security_officer',
  'gate_officer',
  'case_manager',
  'cso_coordinator',
  'cso_practitioner',
  'community_partner',
  'probation_officer',
  'oversight_monitor',
  'knowledge_editor',
  'analyst',
  'administrator',
] as const;
export type RoleName = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'prison_service',
  'probation_service',
  'civil_society',
  'oversight_body',
  'operator',
] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];

export const SCOPE_KINDS = ['facility', 'organisation', 'tenant'] as const;

/** The longest password sign-in accepts; longer input is refused before any hashing. */
export const PASSWORD_MAX_LENGTH = 1024;

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });

export const LoginRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 128 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  // The second factor, asked for after `401 auth.mfa_required`: the six-digit code of the
  // authenticator app, or one of the recovery codes (docs/security.md, "Second factor").
  totp: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
});
export type LoginRequest = Static<typeof LoginRequest>;

/** One role the user holds, with the facility or organisation it applies to (null for the tenant). */
export const RoleHeld = Type.Object({
  role: Type.Enum([...ROLES]),
  scope: Type.Enum([...SCOPE_KINDS]),
  facility: Type.Union([Type.Object({ id: Id, code: Type.String(), name: Type.String() }), Type.Null()]),
  organisation: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
});
export type RoleHeld = Static<typeof RoleHeld>;

/** Whether the user must have a second factor (`required`), may have one, or is exempt (demo data). */
export const MFA_REQUIREMENTS = ['exempt', 'required', 'optional'] as const;
export type MfaRequirement = (typeof MFA_REQUIREMENTS)[number];

/** The second factor of the signed-in user, as `/me` and sign-in report it. */
export const MfaState = Type.Object({
  requirement: Type.Enum([...MFA_REQUIREMENTS]),
  enrolled: Type.Boolean(),
});
export type MfaState = Static<typeof MfaState>;

/** The signed-in user as the web app sees it: the answer of sign-in and of GET /api/v1/me. */
export const SignedIn = Type.Object({
  user: Type.Object({
    id: Id,
    username: Type.String(),
    displayName: Type.String(),
    mfa: MfaState,
  }),
  tenant: Type.Object({ id: Id, slug: Type.String(), name: Type.String(), isDemo: Type.Boolean() }),
  organisation: Type.Object({ id: Id, kind: Type.Enum([...ORGANISATION_KINDS]), name: Type.String() }),
  roles: Type.Array(RoleHeld),
  session: Type.Object({ id: Id, expiresAt: Time }),
  csrfToken: Type.String({
    description: 'Send as the X-CSRF-Token header with every state-changing request.',
  }),
});
export type SignedIn = Static<typeof SignedIn>;

/** One of the user's own live sessions (GET /api/v1/auth/sessions). */
export const SessionSummary = Type.Object({
  id: Id,
  createdAt: Time,
  lastSeenAt: Time,
  expiresAt: Time,
  userAgent: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean({ description: 'The session this request was made with.' }),
});
export type SessionSummary = Static<typeof SessionSummary>;

export const SessionList = Type.Object({ sessions: Type.Array(SessionSummary) });
export type SessionList = Static<typeof SessionList>;

export const SessionParams = Type.Object({ id: Id });

/** The paths of the identity API, so that the web app and the tests name them once. */
export const IDENTITY_PATHS = {
  login: '/api/v1/auth/login',
  logout: '/api/v1/auth/logout',
  me: '/api/v1/me',
  sessions: '/api/v1/auth/sessions',
  revokeAllSessions: '/api/v1/auth/sessions/revoke-all',
  secondFactor: '/api/v1/auth/mfa',
  secondFactorEnrolment: '/api/v1/auth/mfa/enrolment',
  secondFactorEnrolmentConfirm: '/api/v1/auth/mfa/enrolment/confirm',
  recoveryCodes: '/api/v1/auth/mfa/recovery-codes',
} as const;

// The second factor's own answers (the server's second-factor/schemas.ts holds the schemas with their
// limits); the web app needs only their shapes.

/** GET /api/v1/auth/mfa. */
export interface SecondFactorStatus {
  enrolled: boolean;
  enrolledAt: string | null;
  recoveryCodesLeft: number;
  enrolmentPending: boolean;
}

/** POST /api/v1/auth/mfa/enrolment: the new secret, its otpauth URI and the QR code as a data: URL. */
export interface EnrolmentStarted {
  secret: string;
  otpauthUri: string;
  qrCode: string;
  expiresAt: string;
}

/** POST /api/v1/auth/mfa/enrolment/confirm: the recovery codes (shown once) and the new session. */
export interface EnrolmentConfirmed {
  recoveryCodes: string[];
  signedIn: SignedIn;
}

/** POST /api/v1/auth/mfa/recovery-codes. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** Whether this signed-in user must set up a second factor before anything else. */
export function mustEnrolSecondFactor(signedIn: Pick<SignedIn, 'user'>): boolean {
  return signedIn.user.mfa.requirement === 'required' && !signedIn.user.mfa.enrolled;
}

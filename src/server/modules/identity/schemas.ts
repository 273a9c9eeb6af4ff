import { type Static, Type } from 'typebox';
import { Problem } from '../../platform/http/problem.ts';
import { PASSWORD_MAX_LENGTH } from './passwords/hashing.ts';
import { ORGANISATION_KINDS, ROLES } from './roles.ts';

// The identity API's request and response shapes. A later issue moves those the web app needs into
// src/contracts; the server is their only user so far.

const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });

export const LoginRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 128 }),
  password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  // Accepted now so that clients can send it; checked once TOTP enrolment exists (docs/security.md).
  totp: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
});
export type LoginRequest = Static<typeof LoginRequest>;

const RoleHeld = Type.Object({
  role: Type.Enum([...ROLES]),
  scope: Type.Enum(['facility', 'organisation', 'tenant']),
  facility: Type.Union([Type.Object({ id: Id, code: Type.String(), name: Type.String() }), Type.Null()]),
  organisation: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
});

/** The signed-in user as the web app sees it: the answer of sign-in and of GET /api/v1/me. */
export const SignedIn = Type.Object({
  user: Type.Object({
    id: Id,
    username: Type.String(),
    displayName: Type.String(),
    mfa: Type.Object({
      requirement: Type.Enum(['exempt', 'required', 'optional']),
      enrolled: Type.Boolean(),
    }),
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

export const SessionSummary = Type.Object({
  id: Id,
  createdAt: Time,
  lastSeenAt: Time,
  expiresAt: Time,
  userAgent: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean({ description: 'The session this request was made with.' }),
});

export const SessionList = Type.Object({ sessions: Type.Array(SessionSummary) });
export type SessionList = Static<typeof SessionList>;

export const SessionParams = Type.Object({ id: Id });

/** The error answers every signed-in route can give (401 auth.unauthenticated, 403 auth.csrf), for OpenAPI. */
export const SIGNED_IN_ERRORS = { 401: Problem, 403: Problem };

/** Sign-in's errors: 400 request.validation, 401 auth.invalid_credentials or auth.mfa_required, 429 auth.throttled. */
export const LOGIN_ERRORS = { 400: Problem, 401: Problem, 429: Problem };

import type { FastifyRequest } from 'fastify';
import type { OpeningCheck } from '../../../platform/db/opening-check.ts';
import { AppError } from '../../../platform/http/problem.ts';
import type { SessionStanding } from '../mfa-policy.ts';
import type { RoleAssignment } from '../roles.ts';

/**
 * Who is acting: resolved from the database, or remembered and checked in the database by the
 * request's first transaction (access-hook.ts); never used unchecked.
 */
export interface Actor {
  userId: string;
  tenantId: string;
  organisationId: string;
  roles: RoleAssignment[];
}

/** The live session a request was made with. */
export interface ActiveSession {
  id: string;
  tenantId: string;
  userId: string;
  expiresAt: Date;
  /** The token page scripts must echo in X-CSRF-Token. */
  csrfToken: string;
  /** Full, or limited to setting up the second factor the user must have (mfa-policy.ts). */
  standing: Exclude<SessionStanding, 'ended'>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null: set by the access hook before any handler runs. */
    actor: Actor | null;
    session: ActiveSession | null;
    /**
     * Set when the request starts from a remembered session: the check its first transaction owes
     * (access-hook.ts). Taken by the handler's wrapper before the handler runs.
     */
    sessionCheck: OpeningCheck | null;
  }
}

export const unauthenticated = () =>
  new AppError(
    401,
    'auth.unauthenticated',
    'Not signed in',
    'Sign in to continue; your session may have ended.',
  );

/** The actor and session of a route that requires signing in (the access hook has already refused others). */
export function signedIn(request: FastifyRequest): { actor: Actor; session: ActiveSession } {
  if (!request.actor || !request.session) throw unauthenticated();
  return { actor: request.actor, session: request.session };
}

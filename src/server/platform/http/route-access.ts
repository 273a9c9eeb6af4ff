import type { Role } from '../../modules/identity/roles.ts';

/**
 * How a route is reached; every `/api` route declares one in `config.access`, and a test walks the
 * route table to hold them to it (test/identity/route-access.test.ts). Enforced for every request
 * by the identity module's access hook (modules/identity/access/access-hook.ts):
 *
 * - `'public'`: anyone, signed in or not;
 * - `'sign-in'`: public, and the one route exempt from the CSRF check (it makes the session);
 * - `'signed-in'`: any user with a live session, else 401 `auth.unauthenticated`; a session still
 *   waiting for the second factor its user must set up gets 403 `auth.mfa_enrolment_required`;
 * - `'second-factor-setup'`: any user with a live session, that one included: `/me` and the routes
 *   that set up the second factor, the only ones a new user can reach before having one;
 * - `{ roles: [...] }`: a signed-in user holding at least one of these roles (any scope), else 403
 *   `auth.forbidden`. Finer decisions (which facility, which case) belong to each entity's policy.
 *
 * An `/api` route that declares nothing is treated as `'signed-in'`: refused without a session.
 */
export type RouteAccess =
  | 'public'
  | 'sign-in'
  | 'signed-in'
  | 'second-factor-setup'
  | { roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

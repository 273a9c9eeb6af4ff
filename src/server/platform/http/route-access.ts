/**
 * How a route is reached. Every route either says `access: 'public'` (anyone, signed in or not)
 * or goes through the access core of the identity module; a test walks the route table to hold
 * every route to one or the other.
 */
export type RouteAccess = 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

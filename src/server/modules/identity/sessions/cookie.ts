import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './tokens.ts';

// HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it), Path=/, and
// Secure whenever the request came over HTTPS (directly, or through a trusted proxy). No Max-Age:
// the browser forgets it when it closes; the server enforces the idle and absolute timeouts anyway.
const options = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: request.protocol === 'https',
});

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, options(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, options(request));
}

export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}

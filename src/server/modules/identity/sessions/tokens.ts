import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// A session token is "<tenant id>.<43 characters of base64url>": 256 random bits, prefixed with the
// tenant it belongs to. The tenant part is no secret; it only tells the server which tenant's
// transaction to look the session up in, so no table outside row-level security is needed. A
// forged prefix just looks in another tenant, where the hash of the whole token matches nothing.

export const SESSION_COOKIE = 'pathways_session';

const TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{43}$/;

export function newSessionToken(tenantId: string): string {
  return `${tenantId}.${randomBytes(32).toString('base64url')}`;
}

/** The tenant a well-formed token names, or undefined for anything else. */
export function tenantOfToken(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

const digest = (purpose: string, token: string) =>
  createHash('sha256').update(purpose).update('\0').update(token).digest();

/** What the database stores: SHA-256 of the token, hex. The token itself is never stored. */
export function sessionTokenHash(token: string): string {
  return digest('pathways session', token).toString('hex');
}

/**
 * The CSRF token of a session, derived from the session token with a different purpose: the server
 * recomputes it from the cookie on every request, so nothing is stored, and knowing it reveals
 * nothing about the cookie. Page scripts read it from /me or the sign-in answer; another site's
 * page can read neither, so it cannot forge the X-CSRF-Token header.
 */
export function csrfTokenFor(token: string): string {
  return digest('pathways csrf', token).toString('base64url');
}

/** Compares a presented CSRF token with the session's in constant time. */
export function csrfTokenMatches(token: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(token));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../platform/ids.ts';
import {
  csrfTokenFor,
  csrfTokenMatches,
  newSessionToken,
  sessionTokenHash,
  tenantOfToken,
} from './tokens.ts';

describe('session tokens', () => {
  const tenantId = uuidv7();

  it('carries its tenant in clear and 256 random bits', () => {
    const token = newSessionToken(tenantId);
    expect(token).toMatch(new RegExp(`^${tenantId}\\.[A-Za-z0-9_-]{43}$`));
    expect(tenantOfToken(token)).toBe(tenantId);
    expect(newSessionToken(tenantId)).not.toBe(token);
  });

  it('names no tenant when malformed', () => {
    for (const bad of [
      '',
      'abc',
      `${tenantId}.short`,
      `${tenantId}.${'a'.repeat(44)}`,
      `x${tenantId}.${'a'.repeat(43)}`,
    ]) {
      expect(tenantOfToken(bad)).toBeUndefined();
    }
  });

  it('stores a hash and derives a CSRF token, neither of which is the token or each other', () => {
    const token = newSessionToken(tenantId);
    const hash = sessionTokenHash(token);
    const csrf = csrfTokenFor(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain(token.split('.')[1]);
    expect(Buffer.from(csrf, 'base64url').toString('hex')).not.toBe(hash);
  });

  it('matches only the CSRF token of the same session', () => {
    const token = newSessionToken(tenantId);
    expect(csrfTokenMatches(token, csrfTokenFor(token))).toBe(true);
    expect(csrfTokenMatches(token, csrfTokenFor(newSessionToken(tenantId)))).toBe(false);
    expect(csrfTokenMatches(token, undefined)).toBe(false);
    expect(csrfTokenMatches(token, '')).toBe(false);
  });
});

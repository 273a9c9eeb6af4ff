import { describe, expect, it } from 'vitest';
import { PublicAddresses } from '../../src/server/modules/knowledge/public/public-addresses.ts';
import { loadConfig } from '../../src/server/platform/config/config.ts';

// Where the public reaches the library: PATHWAYS_PUBLIC_URL, checked at start, makes the library's
// addresses absolute; without it they stay relative (never taken from a request's Host header).

describe('the library’s public addresses', () => {
  it('reads PATHWAYS_PUBLIC_URL without its trailing slash, and none by default', () => {
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    expect(loadConfig({ PATHWAYS_PUBLIC_URL: 'https://example.org/pathways/' }).publicBaseUrl).toBe(
      'https://example.org/pathways',
    );
  });

  it('refuses an address that is not plain http(s)', () => {
    for (const value of [
      'ftp://example.org',
      'example.org',
      'https://example.org/?a=1',
      'https://u:p@example.org',
    ]) {
      expect(() => loadConfig({ PATHWAYS_PUBLIC_URL: value }), value).toThrow(/PATHWAYS_PUBLIC_URL must be/);
    }
  });

  it('makes absolute addresses with a base, relative ones without', () => {
    const id = '01900000-0000-7000-8000-000000000000';
    expect(new PublicAddresses('https://example.org').entryPage(id, 'ar')).toBe(
      `https://example.org/library/entries/${id}?lang=ar`,
    );
    expect(new PublicAddresses(undefined).entryPage(id)).toBe(`/library/entries/${id}`);
    expect(new PublicAddresses(undefined).absolute).toBe(false);
  });
});

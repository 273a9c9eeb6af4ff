// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readStyleNonce } from './style-nonce';

function setNonceMeta(content: string | null) {
  document.head.querySelector('meta[name="csp-nonce"]')?.remove();
  if (content === null) return;
  const meta = document.createElement('meta');
  meta.name = 'csp-nonce';
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => setNonceMeta(null));

describe('readStyleNonce', () => {
  it('returns the nonce the server wrote into the page', () => {
    setNonceMeta('r4nd0m+N0nce/==');
    expect(readStyleNonce()).toBe('r4nd0m+N0nce/==');
  });

  it('ignores the placeholder left by the development server', () => {
    setNonceMeta('__CSP_NONCE__');
    expect(readStyleNonce()).toBeUndefined();
  });

  it('is undefined without the meta tag or with an empty one', () => {
    expect(readStyleNonce()).toBeUndefined();
    setNonceMeta('');
    expect(readStyleNonce()).toBeUndefined();
  });
});

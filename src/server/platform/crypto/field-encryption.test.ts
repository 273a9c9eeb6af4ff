import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldDecryptionError, fieldCipher } from './field-encryption.ts';

describe('field encryption', () => {
  const key = randomBytes(32);
  const cipher = fieldCipher(key, 'pathways test');
  const context = 'tenant-1:user-1';

  it('round-trips a value, with a fresh IV each time and nothing of the value in clear', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const first = cipher.encrypt(secret, context);
    const second = cipher.encrypt(secret, context);
    expect(first).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain(secret);
    expect(cipher.decrypt(first, context)).toBe(secret);
    expect(cipher.decrypt(second, context)).toBe(secret);
    expect(cipher.decrypt(cipher.encrypt('', context), context)).toBe('');
    expect(cipher.decrypt(cipher.encrypt('ünïcødé ✓', context), context)).toBe('ünïcødé ✓');
  });

  it('refuses a value with any byte changed', () => {
    const sealed = cipher.encrypt('a secret', context);
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const index of [0, 12, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      expect(() => cipher.decrypt(`v1.${tampered.toString('base64url')}`, context)).toThrow(
        FieldDecryptionError,
      );
    }
  });

  it('refuses a value made under another key, or for another purpose', () => {
    const sealed = cipher.encrypt('a secret', context);
    expect(() => fieldCipher(randomBytes(32), 'pathways test').decrypt(sealed, context)).toThrow(
      FieldDecryptionError,
    );
    expect(() => fieldCipher(key, 'pathways other').decrypt(sealed, context)).toThrow(FieldDecryptionError);
  });

  it('refuses a value moved to another context (another user’s row)', () => {
    const sealed = cipher.encrypt('a secret', context);
    expect(() => cipher.decrypt(sealed, 'tenant-1:user-2')).toThrow(FieldDecryptionError);
  });

  it('refuses malformed and truncated values', () => {
    for (const bad of ['', 'v1', 'v1.', 'v2.AAAA', 'v1.AAAA', `v1.${'A'.repeat(20)}.x`, 'plain text']) {
      expect(() => cipher.decrypt(bad, context), bad).toThrow(FieldDecryptionError);
    }
  });

  it('needs a 32-byte key and a purpose', () => {
    expect(() => fieldCipher(randomBytes(16), 'pathways test')).toThrow(/32 bytes/);
    expect(() => fieldCipher(key, '')).toThrow(/purpose/);
  });
});

import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, verifyPassword } from './hashing.ts';

describe('password hashing', () => {
  it('hashes with Argon2id at m=19456, t=2, p=1 and a fresh salt each time', async () => {
    const first = await hashPassword('a long passphrase of mine');
    const second = await hashPassword('a long passphrase of mine');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('a long passphrase of mine');
    expect(await verifyPassword(stored, 'a long passphrase of mine')).toBe(true);
    expect(await verifyPassword(stored, 'a long passphrase of yours')).toBe(false);
  });

  it('refuses every password when there is no stored hash, after the same work', async () => {
    expect(await verifyPassword(null, '')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
    expect(await dummyPasswordHash()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('treats a malformed stored hash as a failed check, not a crash', async () => {
    expect(await verifyPassword('$argon2id$broken', 'anything')).toBe(false);
  });
});

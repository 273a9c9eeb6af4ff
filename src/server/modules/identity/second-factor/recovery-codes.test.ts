import { describe, expect, it } from 'vitest';
import {
  newRecoveryCode,
  newRecoveryCodeSet,
  RECOVERY_CODE_COUNT,
  recoveryCodeHash,
  recoveryCodeOf,
} from './recovery-codes.ts';

describe('recovery codes', () => {
  it('are four groups of four Crockford base32 characters, all different', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('come in sets of ten, with the digest of each as typed back', () => {
    const { codes, hashes } = newRecoveryCodeSet();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(hashes).toHaveLength(RECOVERY_CODE_COUNT);
    codes.forEach((code, index) => {
      const typed = recoveryCodeOf(code.toUpperCase().replaceAll('-', ' '));
      expect(typed && recoveryCodeHash(typed)).toBe(hashes[index]);
    });
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('read back whatever the case, spacing and dashes, with I, L and O as 1, 1 and 0', () => {
    expect(recoveryCodeOf('abcd-efgh-jkmn-pqrs')).toBe('abcdefghjkmnpqrs');
    expect(recoveryCodeOf('ABCD EFGH JKMN PQRS')).toBe('abcdefghjkmnpqrs');
    expect(recoveryCodeOf('oooo-iiii-llll-0000')).toBe('0000111111110000');
  });

  it('are told apart from anything else', () => {
    for (const bad of ['123456', 'abcd-efgh-jkmn-pqr', 'abcd-efgh-jkmn-pqrst', 'uuuu-efgh-jkmn-pqrs', '']) {
      expect(recoveryCodeOf(bad), bad).toBeUndefined();
    }
  });
});

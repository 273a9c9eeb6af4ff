import { createHash, randomBytes } from 'node:crypto';

// One-time recovery codes for a lost authenticator: 16 characters of Crockford's base32 (80 random
// bits, no I, L, O or U to misread), shown as four groups of four. 80 bits make a guess hopeless
// and make a plain SHA-256 digest enough to store (no salt or slow hash is needed for a secret that
// cannot be guessed); the digest carries a purpose prefix so it matches no other digest we keep.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 16;
const CODE_BYTES = 10;

/** A new code as the user is shown it: "xxxx-xxxx-xxxx-xxxx". */
export function newRecoveryCode(): string {
  const bytes = randomBytes(CODE_BYTES);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** A new set of codes: as shown to the user once, and the digests that are stored. */
export function newRecoveryCodeSet(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = codes.map((code) => {
    const normalised = recoveryCodeOf(code);
    if (normalised === undefined) throw new Error('a new recovery code does not read back');
    return recoveryCodeHash(normalised);
  });
  return { codes, hashes };
}

/**
 * The code as typed, reduced to its 16 characters (any case; spaces and dashes ignored; I and L read
 * as 1, O as 0, as Crockford's base32 says), or undefined when it cannot be a recovery code.
 */
export function recoveryCodeOf(input: string): string | undefined {
  const compact = input
    .toLowerCase()
    .replace(/[\s-]+/g, '')
    .replace(/[il]/g, '1')
    .replace(/o/g, '0');
  if (compact.length !== CODE_LENGTH) return undefined;
  for (const character of compact) if (!ALPHABET.includes(character)) return undefined;
  return compact;
}

/** What is stored for a code: hex SHA-256 of the normalised code (see recoveryCodeOf). */
export function recoveryCodeHash(normalised: string): string {
  return createHash('sha256').update('pathways recovery code').update('\0').update(normalised).digest('hex');
}

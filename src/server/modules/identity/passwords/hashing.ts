import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 15 ms a hash on
// this kind of machine. `Algorithm` is a const enum that isolated modules cannot read, hence the
// literal: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** The longest password accepted; longer input is refused before any hashing (a cheap DoS otherwise). */
export const PASSWORD_MAX_LENGTH = 1024;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random secret nobody knows, made with the same settings as real ones. Sign-in
 * verifies against it when the username is unknown (or has no password), so an unknown user costs
 * the same work as a wrong password and answers at the same speed.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64'));
  return dummyHash;
}

/**
 * Checks a password against a stored hash, or against the dummy hash when there is none (the answer
 * is then always false). Never throws for a malformed stored hash: that is a failed check.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const against = storedHash ?? (await dummyPasswordHash());
  const matches = await verify(against, password).catch(() => false);
  return storedHash !== null && matches;
}

import { generateSecret, generateURI, verify } from 'otplib';

// TOTP as RFC 6238 and every authenticator app expect it: HMAC-SHA1, 6 digits, 30-second steps, a
// 160-bit secret. A code is accepted one step either side of the server's clock (phones drift), and
// never for a step at or before the last one accepted (replay protection, see checkTotp).

export const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
const SECRET_BYTES = 20;
/** The name authenticator apps show above the code. */
export const TOTP_ISSUER = 'Pathways';

/** A fresh secret, base32 as authenticator apps take it for manual entry. */
export function newTotpSecret(): string {
  return generateSecret({ length: SECRET_BYTES });
}

/** The otpauth:// URI a QR code carries. */
export function otpauthUri(secret: string, accountName: string): string {
  return generateURI({
    issuer: TOTP_ISSUER,
    label: accountName,
    secret,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A six-digit code as typed, spaces allowed ("123 456"); undefined for anything else. */
export function totpCodeOf(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '');
  return /^[0-9]{6}$/.test(compact) ? compact : undefined;
}

export type TotpCheck = { kind: 'accepted'; timeStep: number } | { kind: 'invalid' } | { kind: 'replayed' };

/**
 * Checks a six-digit code against the secret at `epochSeconds`, within one step either side. A
 * right code of a step at or before `lastTimeStep` is `replayed`. The caller must still record the
 * accepted step atomically (a concurrent request may have used the same code meanwhile).
 */
export async function checkTotp(
  secret: string,
  code: string,
  lastTimeStep: number | null,
  epochSeconds: number,
): Promise<TotpCheck> {
  const result = await verify({
    secret,
    token: code,
    epoch: epochSeconds,
    epochTolerance: TOTP_PERIOD_SECONDS,
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
  });
  // The functional API answers for TOTP and HOTP alike; a TOTP answer always carries its step.
  if (!result.valid || !('timeStep' in result)) return { kind: 'invalid' };
  if (lastTimeStep !== null && result.timeStep <= lastTimeStep) return { kind: 'replayed' };
  return { kind: 'accepted', timeStep: result.timeStep };
}

/** Now, in whole seconds, as TOTP counts time. */
export const epochSecondsNow = () => Math.floor(Date.now() / 1000);

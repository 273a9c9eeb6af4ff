import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, otpauthUri, TOTP_PERIOD_SECONDS, totpCodeOf } from './totp.ts';

describe('TOTP', () => {
  const secret = newTotpSecret();
  // The middle of a step, so that one step either side is unambiguous.
  const now = Math.floor(1_800_000_000 / TOTP_PERIOD_SECONDS) * TOTP_PERIOD_SECONDS + 15;
  const step = now / TOTP_PERIOD_SECONDS - 0.5;
  const codeAt = (epoch: number) => generate({ secret, epoch });

  it('makes 160-bit base32 secrets and an otpauth URI authenticator apps read', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, 'case.manager'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Pathways:case.manager');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, issuer: 'Pathways' });
  });

  it('accepts the current code and one step either side, and says which step it was', async () => {
    expect(await checkTotp(secret, await codeAt(now), null, now)).toEqual({
      kind: 'accepted',
      timeStep: Math.floor(step),
    });
    for (const offset of [-1, 1]) {
      const checked = await checkTotp(secret, await codeAt(now + offset * TOTP_PERIOD_SECONDS), null, now);
      expect(checked).toEqual({ kind: 'accepted', timeStep: Math.floor(step) + offset });
    }
  });

  it('refuses codes two steps away, and wrong codes', async () => {
    for (const offset of [-2, 2]) {
      expect(await checkTotp(secret, await codeAt(now + offset * TOTP_PERIOD_SECONDS), null, now)).toEqual({
        kind: 'invalid',
      });
    }
    const right = await codeAt(now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(await checkTotp(secret, wrong, null, now)).toEqual({ kind: 'invalid' });
    expect(await checkTotp(newTotpSecret(), right, null, now)).toEqual({ kind: 'invalid' });
  });

  it('calls a right code of a step at or before the last accepted one replayed', async () => {
    const current = Math.floor(step);
    const code = await codeAt(now);
    expect(await checkTotp(secret, code, current, now)).toEqual({ kind: 'replayed' });
    expect(await checkTotp(secret, code, current + 1, now)).toEqual({ kind: 'replayed' });
    expect(await checkTotp(secret, code, current - 1, now)).toEqual({ kind: 'accepted', timeStep: current });
  });

  it('reads six digits as typed, spaces allowed, and nothing else', () => {
    expect(totpCodeOf('123456')).toBe('123456');
    expect(totpCodeOf(' 123 456 ')).toBe('123456');
    for (const bad of ['12345', '1234567', '12345a', '', '١٢٣٤٥٦', '123-456']) {
      expect(totpCodeOf(bad), bad).toBeUndefined();
    }
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  auditTrail,
  makeTenant,
  makeUser,
  type SignedInClient,
  signIn,
  type TestTenant,
} from './factories.ts';
import { enrol, freshAddress, loginWithCode, useTotpClock } from './second-factor-support.ts';

describe(`managing one's second factor on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const clock = useTotpClock();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db, totpClock: clock.now });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  async function enrolledUser(roles: ('analyst' | 'case_manager')[] = ['analyst']) {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own, { roles });
    const enrolled = await enrol(app, await signIn(app, user), clock);
    return { own, user, ...enrolled };
  }

  const status = (client: SignedInClient) =>
    app.inject({ url: '/api/v1/auth/mfa', headers: client.headers({ csrf: false }) });
  const regenerate = (client: SignedInClient, code: string, address = freshAddress()) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/recovery-codes',
      headers: client.headers(),
      payload: { code },
      remoteAddress: address,
    });
  const remove = (client: SignedInClient, password: string, code: string, address = freshAddress()) =>
    app.inject({
      method: 'DELETE',
      url: '/api/v1/auth/mfa',
      headers: client.headers(),
      payload: { password, code },
      remoteAddress: address,
    });

  describe('GET /api/v1/auth/mfa', () => {
    it('says whether a factor is set up and how many recovery codes are left', async () => {
      const user = await makeUser(database(), tenant, { roles: ['analyst'] });
      const before = await signIn(app, user);
      expect((await status(before)).json()).toEqual({
        enrolled: false,
        enrolledAt: null,
        recoveryCodesLeft: 0,
        enrolmentPending: false,
      });
      const enrolled = await enrol(app, before, clock);
      await loginWithCode(app, user, enrolled.recoveryCodes[0]);
      const response = await status(enrolled.client);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        enrolled: true,
        recoveryCodesLeft: 9,
        enrolmentPending: false,
      });
    });

    it('answers 401 without a session', async () => {
      const response = await app.inject({ url: '/api/v1/auth/mfa' });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.unauthenticated');
    });
  });

  describe('POST /api/v1/auth/mfa/recovery-codes', () => {
    it('replaces the codes given a current code: the old ones stop working, the new ones work', async () => {
      const { own, user, secret, recoveryCodes, client } = await enrolledUser();
      clock.goTo(1);
      const response = await regenerate(client, await clock.code(secret));
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const fresh = response.json().recoveryCodes as string[];
      expect(fresh).toHaveLength(10);
      expect(fresh.some((code) => recoveryCodes.includes(code))).toBe(false);
      expect((await loginWithCode(app, user, recoveryCodes[0])).json().code).toBe(
        'auth.invalid_recovery_code',
      );
      expect((await loginWithCode(app, user, fresh[0])).statusCode).toBe(200);
      const actions = (await auditTrail(database(), own.id)).map((entry) => entry.action);
      expect(actions).toContain('auth.recovery_codes_regenerated');
    });

    it('takes a recovery code as the proof, and spends it', async () => {
      const { recoveryCodes, client } = await enrolledUser();
      const response = await regenerate(client, recoveryCodes[0] ?? '');
      expect(response.statusCode).toBe(200);
      expect((await status(client)).json().recoveryCodesLeft).toBe(10);
    });

    it('refuses a wrong or replayed code, audited, and counts it towards the throttle', async () => {
      const { own, user, secret, client } = await enrolledUser();
      const address = freshAddress();
      const replayed = await regenerate(client, await clock.code(secret, 0), address);
      expect(replayed.statusCode).toBe(403);
      expect(replayed.json().code).toBe('auth.totp_replayed');
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const wrong = await regenerate(client, '000000', address);
        expect(wrong.statusCode).toBe(403);
        expect(wrong.json().code).toBe('auth.invalid_totp');
      }
      clock.goTo(1);
      const throttled = await regenerate(client, await clock.code(secret), address);
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().code).toBe('auth.throttled');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      // The account's throttle is the sign-in's: the same five failures lock signing in too.
      expect((await loginWithCode(app, user, await clock.code(secret), freshAddress())).statusCode).toBe(429);
      const trail = await auditTrail(database(), own.id);
      expect(
        trail
          .filter((entry) => entry.action === 'auth.recovery_codes_regenerated')
          .map((entry) => entry.outcome),
      ).toEqual(['denied', 'denied', 'denied', 'denied', 'denied']);
      expect(trail.some((entry) => entry.action === 'auth.locked_out')).toBe(true);
    });

    it('answers 409 without a second factor, 401 without a session, 403 without the CSRF token', async () => {
      const client = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
      expect((await regenerate(client, '123456')).json().code).toBe('auth.mfa_not_enrolled');
      const anonymous = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/recovery-codes',
        payload: { code: '123456' },
      });
      expect(anonymous.statusCode).toBe(401);
      const forged = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/recovery-codes',
        payload: { code: '123456' },
        headers: client.headers({ csrf: false }),
      });
      expect(forged.json().code).toBe('auth.csrf');
    });

    it('cannot spend another user’s recovery code', async () => {
      const alice = await enrolledUser();
      const bob = await enrolledUser();
      const response = await regenerate(bob.client, alice.recoveryCodes[0] ?? '');
      expect(response.json().code).toBe('auth.invalid_recovery_code');
      expect((await loginWithCode(app, alice.user, alice.recoveryCodes[0])).statusCode).toBe(200);
    });
  });

  describe('DELETE /api/v1/auth/mfa', () => {
    it('removes the factor given the password and a code; sign-in is by password again', async () => {
      const { own, user, secret, recoveryCodes, client } = await enrolledUser();
      clock.goTo(1);
      const response = await remove(client, user.password, await clock.code(secret));
      expect(response.statusCode).toBe(204);
      const [row] = await database().superuser<{
        secret: string | null;
        enrolled: Date | null;
        step: string | null;
      }>(
        'select totp_secret_encrypted as secret, mfa_enrolled_at as enrolled, totp_last_time_step as step from users where id = $1',
        [user.id],
      );
      expect(row).toEqual({ secret: null, enrolled: null, step: null });
      const [codes] = await database().superuser<{ usable: number }>(
        'select count(*)::int as usable from recovery_codes where user_id = $1 and used_at is null and revoked_at is null',
        [user.id],
      );
      expect(codes?.usable).toBe(0);
      expect((await loginWithCode(app, user, undefined)).statusCode).toBe(200);
      expect((await status(client)).json().enrolled).toBe(false);
      expect(
        (await auditTrail(database(), own.id)).map((entry) => [entry.action, entry.outcome]),
      ).toContainEqual(['auth.mfa_disabled', 'allowed']);
      expect(recoveryCodes).toHaveLength(10);
    });

    it('takes a recovery code instead of the app’s code (a lost phone)', async () => {
      const { own, user, recoveryCodes, client } = await enrolledUser();
      expect((await remove(client, user.password, recoveryCodes[3] ?? '')).statusCode).toBe(204);
      const actions = (await auditTrail(database(), own.id)).slice(-2).map((entry) => entry.action);
      expect(actions).toEqual(['auth.recovery_code_used', 'auth.mfa_disabled']);
    });

    it('refuses a wrong password (spending no code) and a wrong code, audited', async () => {
      const { own, user, secret, client } = await enrolledUser();
      clock.goTo(1);
      const code = await clock.code(secret);
      const wrongPassword = await remove(client, 'not the password at all', code);
      expect(wrongPassword.statusCode).toBe(403);
      expect(wrongPassword.json().code).toBe('auth.wrong_password');
      const wrongCode = await remove(client, user.password, '000000');
      expect(wrongCode.statusCode).toBe(403);
      expect(wrongCode.json().code).toBe('auth.invalid_totp');
      expect((await status(client)).json().enrolled).toBe(true);
      const denied = (await auditTrail(database(), own.id)).filter(
        (entry) => entry.action === 'auth.mfa_disabled',
      );
      expect(denied.map((entry) => [entry.outcome, entry.details.reason])).toEqual([
        ['denied', 'wrong_password'],
        ['denied', 'invalid_totp'],
      ]);
      expect((await remove(client, user.password, code)).statusCode).toBe(204);
    });

    it('locks after five wrong passwords, like sign-in', async () => {
      const { user, secret, client } = await enrolledUser();
      const address = freshAddress();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await remove(client, `wrong password ${attempt}`, '000000', address)).statusCode).toBe(403);
      }
      clock.goTo(1);
      const locked = await remove(client, user.password, await clock.code(secret), address);
      expect(locked.statusCode).toBe(429);
      expect((await status(client)).json().enrolled).toBe(true);
    });

    it('takes a user who must have a factor back to enrolment, in every session', async () => {
      const { user, secret, client } = await enrolledUser(['case_manager']);
      clock.goTo(1);
      const other = await loginWithCode(app, user, await clock.code(secret));
      expect(other.statusCode).toBe(200);
      const otherCookie = { cookie: `pathways_session=${other.cookies[0]?.value}` };
      clock.goTo(2);
      expect((await remove(client, user.password, await clock.code(secret))).statusCode).toBe(204);
      for (const headers of [client.headers(), otherCookie]) {
        const refused = await app.inject({ url: '/api/v1/auth/sessions', headers });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().code).toBe('auth.mfa_enrolment_required');
        expect((await app.inject({ url: '/api/v1/me', headers })).json().user.mfa).toEqual({
          requirement: 'required',
          enrolled: false,
        });
      }
      // …and enrolling again gives a full session.
      const again = await enrol(app, client, clock);
      expect(
        (await app.inject({ url: '/api/v1/auth/sessions', headers: again.client.headers() })).statusCode,
      ).toBe(200);
    });

    it('answers 409 without a factor, 400 without a password, 401 without a session, 403 without CSRF', async () => {
      const user = await makeUser(database(), tenant, { roles: ['analyst'] });
      const client = await signIn(app, user);
      expect((await remove(client, user.password, '123456')).json().code).toBe('auth.mfa_not_enrolled');
      const missing = await app.inject({
        method: 'DELETE',
        url: '/api/v1/auth/mfa',
        headers: client.headers(),
        payload: { code: '123456' },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors).toEqual([expect.objectContaining({ path: '/body/password' })]);
      const anonymous = await app.inject({
        method: 'DELETE',
        url: '/api/v1/auth/mfa',
        payload: { password: user.password, code: '123456' },
      });
      expect(anonymous.statusCode).toBe(401);
      const forged = await app.inject({
        method: 'DELETE',
        url: '/api/v1/auth/mfa',
        payload: { password: user.password, code: '123456' },
        headers: client.headers({ csrf: false }),
      });
      expect(forged.json().code).toBe('auth.csrf');
    });

    it('acts on the caller alone: another user’s password and code remove nothing of theirs', async () => {
      const alice = await enrolledUser();
      const bob = await enrolledUser();
      clock.goTo(1);
      const response = await remove(bob.client, alice.user.password, await clock.code(alice.secret));
      // The test users share a password, so the refusal is the code: Alice's is not Bob's.
      expect(response.statusCode).toBe(403);
      expect((await status(alice.client)).json().enrolled).toBe(true);
      expect((await status(bob.client)).json().enrolled).toBe(true);
    });
  });
});

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, makeTenant, makeUser, signIn, type TestTenant, type TestUser } from './factories.ts';
import { enrol, freshAddress, loginWithCode, useTotpClock } from './second-factor-support.ts';

describe(`signing in with the second factor on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const clock = useTotpClock();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db, totpClock: clock.now });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  /** A user of a fresh tenant who has set up an authenticator (at step 0). */
  async function enrolledUser(roles: ('analyst' | 'case_manager')[] = ['case_manager']) {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own, { roles });
    const enrolled = await enrol(app, await signIn(app, user), clock);
    return { own, user, enrolled };
  }

  const sessionsOf = async (user: TestUser) =>
    (
      await database().superuser<{ n: number }>(
        'select count(*)::int as n from sessions where user_id = $1',
        [user.id],
      )
    )[0]?.n;

  /** Asserts a refused sign-in: the code, no cookie, and no session row left behind. */
  async function expectRefused(
    response: Awaited<ReturnType<typeof loginWithCode>>,
    user: TestUser,
    sessions: number | undefined,
    code: string,
  ) {
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json().code).toBe(code);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await sessionsOf(user)).toBe(sessions);
  }

  it('asks for the code after the right password, without counting it as a failure', async () => {
    const { own, user, enrolled } = await enrolledUser();
    const sessions = await sessionsOf(user);
    const address = freshAddress();
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await expectRefused(
        await loginWithCode(app, user, undefined, address),
        user,
        sessions,
        'auth.mfa_required',
      );
    }
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.sign_in_failed',
      details: { reason: 'mfa_required' },
    });
    clock.goTo(1);
    const response = await loginWithCode(app, user, await clock.code(enrolled.secret), address);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.mfa).toEqual({ requirement: 'required', enrolled: true });
    const [session] = await database().superuser<{ verified: boolean }>(
      'select mfa_verified_at is not null as verified from sessions where id = $1',
      [response.json().session.id],
    );
    expect(session?.verified).toBe(true);
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.sign_in',
      outcome: 'allowed',
      details: { secondFactor: 'totp', sessionId: response.json().session.id },
    });
  });

  it('refuses a wrong or malformed code, audits it, and leaves no session', async () => {
    const { own, user, enrolled } = await enrolledUser();
    const sessions = await sessionsOf(user);
    clock.goTo(1);
    const right = await clock.code(enrolled.secret);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (const code of [wrong, await clock.code(enrolled.secret, 3), 'abc', '12345', ' ']) {
      await expectRefused(
        await loginWithCode(app, user, code, freshAddress()),
        user,
        sessions,
        code.trim() ? 'auth.invalid_totp' : 'auth.mfa_required',
      );
    }
    const reasons = (await auditTrail(database(), own.id))
      .filter((entry) => entry.action === 'auth.sign_in_failed')
      .map((entry) => entry.details.reason);
    expect(reasons).toEqual(['invalid_totp', 'invalid_totp', 'invalid_totp', 'invalid_totp', 'mfa_required']);
  });

  it('refuses a code of a step already used, or of an earlier one', async () => {
    const { user, enrolled } = await enrolledUser();
    const sessions = await sessionsOf(user);
    // The enrolment itself used step 0.
    await expectRefused(
      await loginWithCode(app, user, await clock.code(enrolled.secret, 0)),
      user,
      sessions,
      'auth.totp_replayed',
    );
    clock.goTo(1);
    const code = await clock.code(enrolled.secret);
    expect((await loginWithCode(app, user, code)).statusCode).toBe(200);
    const after = await sessionsOf(user);
    await expectRefused(await loginWithCode(app, user, code), user, after, 'auth.totp_replayed');
    clock.goTo(2);
    // Step 1 is still within the window at step 2, but it was used.
    await expectRefused(await loginWithCode(app, user, code), user, after, 'auth.totp_replayed');
    expect((await loginWithCode(app, user, await clock.code(enrolled.secret))).statusCode).toBe(200);
  });

  it('accepts a recovery code once, in any case and spacing, and audits its use', async () => {
    const { own, user, enrolled } = await enrolledUser();
    const [first, second] = enrolled.recoveryCodes;
    const typed = (first ?? '').toUpperCase().replaceAll('-', ' ');
    const response = await loginWithCode(app, user, typed);
    expect(response.statusCode).toBe(200);
    const trail = await auditTrail(database(), own.id);
    expect(trail.slice(-2).map((entry) => [entry.action, entry.details])).toEqual([
      ['auth.recovery_code_used', { during: 'sign_in', recoveryCodesLeft: 9 }],
      ['auth.sign_in', { sessionId: response.json().session.id, secondFactor: 'recovery_code' }],
    ]);
    const sessions = await sessionsOf(user);
    await expectRefused(await loginWithCode(app, user, first), user, sessions, 'auth.invalid_recovery_code');
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.sign_in_failed',
      details: { reason: 'spent_recovery_code' },
    });
    await expectRefused(
      await loginWithCode(app, user, 'abcd-efgh-jkmn-pqrs'),
      user,
      sessions,
      'auth.invalid_recovery_code',
    );
    expect((await loginWithCode(app, user, second)).statusCode).toBe(200);
    const [left] = await database().superuser<{ n: number }>(
      'select count(*)::int as n from recovery_codes where user_id = $1 and used_at is null',
      [user.id],
    );
    expect(left?.n).toBe(8);
  });

  it('answers a wrong password exactly as for an unknown user, and spends no code', async () => {
    const { user, enrolled } = await enrolledUser();
    clock.goTo(1);
    const code = await clock.code(enrolled.secret);
    const headers = { 'x-request-id': 'same-request-id-for-both' };
    const inject = (username: string, password: string, totp: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password, totp },
        headers,
        remoteAddress: freshAddress(),
      });
    const wrongPassword = await inject(user.username, 'not the password at all', code);
    const unknown = await inject('nobody.at.all', 'not the password at all', code);
    const recovery = await inject(user.username, 'not the password at all', enrolled.recoveryCodes[0] ?? '');
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().code).toBe('auth.invalid_credentials');
    expect(unknown.body).toBe(wrongPassword.body);
    expect(recovery.body).toBe(wrongPassword.body);
    // Neither the code nor the recovery code was used up by the failed attempts.
    expect((await loginWithCode(app, user, code)).statusCode).toBe(200);
    expect((await loginWithCode(app, user, enrolled.recoveryCodes[0])).statusCode).toBe(200);
  });

  it('counts wrong codes towards the account’s throttle and locks it, the right code too', async () => {
    const { own, user, enrolled } = await enrolledUser();
    clock.goTo(1);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await loginWithCode(app, user, '000000', freshAddress());
      expect(response.json().code).toBe('auth.invalid_totp');
    }
    const locked = await loginWithCode(app, user, await clock.code(enrolled.secret), freshAddress());
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('auth.throttled');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const trail = await auditTrail(database(), own.id);
    expect(trail.some((entry) => entry.action === 'auth.locked_out')).toBe(true);
    // The two sessions of the enrolment (the first replaced by the second), and no more.
    expect(await sessionsOf(user)).toBe(2);
  });

  it('asks an enrolled optional user for the code too', async () => {
    const { user, enrolled } = await enrolledUser(['analyst']);
    expect((await loginWithCode(app, user, undefined)).json().code).toBe('auth.mfa_required');
    clock.goTo(1);
    expect((await loginWithCode(app, user, await clock.code(enrolled.secret))).statusCode).toBe(200);
  });

  it('ignores a code for a user without a second factor', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    expect((await loginWithCode(app, user, 'not-a-code')).statusCode).toBe(200);
  });

  it('keeps users’ recovery codes apart: one user’s code does not sign another in', async () => {
    const alice = await enrolledUser();
    const bob = await enrolledUser();
    const response = await loginWithCode(app, bob.user, alice.enrolled.recoveryCodes[0], freshAddress());
    expect(response.json().code).toBe('auth.invalid_recovery_code');
    expect((await loginWithCode(app, alice.user, alice.enrolled.recoveryCodes[0])).statusCode).toBe(200);
  });
});

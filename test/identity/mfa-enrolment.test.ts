import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpSecrets } from '../../src/server/modules/identity/second-factor/secret-sealing.ts';
import { buildTestApp, TEST_SECRET_KEY } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, makeTenant, makeUser, signIn, type TestTenant } from './factories.ts';
import {
  clientOf,
  confirmEnrolment,
  enrol,
  loginWithCode,
  signInWithCode,
  startEnrolment,
  useTotpClock,
} from './second-factor-support.ts';

describe(`setting up the second factor on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const clock = useTotpClock();
  let app: FastifyInstance;
  let tenant: TestTenant;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db, totpClock: clock.now });
    tenant = await makeTenant(database());
  });
  afterAll(() => app?.close());

  const me = (client: { headers(): Record<string, string> }) =>
    app.inject({ url: '/api/v1/me', headers: client.headers() });
  const userRow = async (id: string) =>
    (
      await database().superuser<{
        totp_secret_encrypted: string | null;
        totp_pending_secret_encrypted: string | null;
        mfa_enrolled_at: Date | null;
        totp_last_time_step: string | null;
      }>(
        `select totp_secret_encrypted, totp_pending_secret_encrypted, mfa_enrolled_at, totp_last_time_step
           from users where id = $1`,
        [id],
      )
    )[0];

  it('starts with a base32 secret, its otpauth URI and a QR code, and keeps only the sealed secret', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const started = await startEnrolment(app, await signIn(app, user));
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.otpauthUri).toBe(
      `otpauth://totp/Pathways:${user.username}?secret=${started.secret}&issuer=Pathways`,
    );
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(started.qrCode.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|on[a-z]+=/i);
    expect(new Date(started.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const row = await userRow(user.id);
    expect(row?.mfa_enrolled_at).toBeNull();
    expect(row?.totp_secret_encrypted).toBeNull();
    const sealed = row?.totp_pending_secret_encrypted ?? '';
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(started.secret);
    const owner = { tenantId: tenant.id, userId: user.id };
    expect(totpSecrets(TEST_SECRET_KEY).open(owner, sealed)).toBe(started.secret);
    expect(() => totpSecrets(randomBytes(32)).open(owner, sealed)).toThrow(/does not authenticate/);
    expect(() => totpSecrets(TEST_SECRET_KEY).open({ ...owner, userId: tenant.id }, sealed)).toThrow();
    expect((await auditTrail(database(), tenant.id)).at(-1)).toMatchObject({
      action: 'auth.mfa_enrolment_started',
      outcome: 'allowed',
      actor_user_id: user.id,
    });
  });

  it('confirms with a code: ten recovery codes once, stored as digests, and a new session', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own, { roles: ['analyst'] });
    const before = await signIn(app, user);
    const { secret } = await startEnrolment(app, before);
    const response = await confirmEnrolment(app, before, await clock.code(secret));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    expect(body.signedIn.user.mfa).toEqual({ requirement: 'optional', enrolled: true });
    expect(body.signedIn.session.id).not.toBe(before.sessionId);
    expect(body.signedIn.csrfToken).not.toBe(before.csrfToken);

    const after = clientOf(response, body.signedIn.csrfToken, body.signedIn.session.id);
    expect((await me(before)).statusCode).toBe(401);
    expect((await me(after)).statusCode).toBe(200);
    const sessions = await database().superuser<{
      id: string;
      revoked_reason: string | null;
      verified: boolean;
    }>(
      'select id, revoked_reason, mfa_verified_at is not null as verified from sessions where user_id = $1 order by created_at',
      [user.id],
    );
    expect(sessions).toEqual([
      { id: before.sessionId, revoked_reason: 'replaced', verified: false },
      { id: after.sessionId, revoked_reason: null, verified: true },
    ]);

    const row = await userRow(user.id);
    expect(row?.mfa_enrolled_at).not.toBeNull();
    expect(row?.totp_pending_secret_encrypted).toBeNull();
    expect(
      totpSecrets(TEST_SECRET_KEY).open(
        { tenantId: own.id, userId: user.id },
        row?.totp_secret_encrypted ?? '',
      ),
    ).toBe(secret);
    const stored = await database().superuser<{ code_hash: string }>(
      'select code_hash from recovery_codes where user_id = $1',
      [user.id],
    );
    expect(stored).toHaveLength(10);
    const table = JSON.stringify(stored);
    for (const code of body.recoveryCodes as string[]) {
      expect(table).not.toContain(code);
      expect(table).not.toContain(code.replaceAll('-', ''));
    }
    const trail = await auditTrail(database(), own.id);
    expect(trail.at(-1)).toMatchObject({
      action: 'auth.mfa_enrolled',
      outcome: 'allowed',
      actor_user_id: user.id,
      details: { sessionId: after.sessionId, replacedSessionId: before.sessionId },
    });
    expect(JSON.stringify(trail)).not.toContain(secret);
  });

  it('asks every later sign-in for the code', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const { secret } = await enrol(app, await signIn(app, user), clock);
    const refused = await loginWithCode(app, user, undefined);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('auth.mfa_required');
    clock.goTo(1);
    const client = await signInWithCode(app, user, await clock.code(secret));
    expect((await me(client)).json().user.mfa).toEqual({ requirement: 'optional', enrolled: true });
  });

  it('refuses a wrong code, changes nothing and audits the refusal', async () => {
    const own = await makeTenant(database());
    const user = await makeUser(database(), own, { roles: ['analyst'] });
    const client = await signIn(app, user);
    const { secret } = await startEnrolment(app, client);
    for (const code of [await clock.code(secret, 3), 'abcdef', '000000x']) {
      const response = await confirmEnrolment(app, client, code);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('auth.invalid_totp');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect((await userRow(user.id))?.mfa_enrolled_at).toBeNull();
    expect((await me(client)).statusCode).toBe(200);
    expect((await auditTrail(database(), own.id)).at(-1)).toMatchObject({
      action: 'auth.mfa_enrolled',
      outcome: 'denied',
      details: { reason: 'invalid_totp' },
    });
    // The right code still works afterwards.
    expect((await confirmEnrolment(app, client, await clock.code(secret))).statusCode).toBe(200);
  });

  it('replaces the waiting secret when started again', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    const first = await startEnrolment(app, client);
    const second = await startEnrolment(app, client);
    expect(second.secret).not.toBe(first.secret);
    expect((await confirmEnrolment(app, client, await clock.code(first.secret))).json().code).toBe(
      'auth.invalid_totp',
    );
    expect((await confirmEnrolment(app, client, await clock.code(second.secret))).statusCode).toBe(200);
  });

  it('lets an unconfirmed enrolment lapse after 15 minutes', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    const { secret } = await startEnrolment(app, client);
    await database().superuser(
      `update users set totp_pending_since = now() - interval '16 minutes' where id = $1`,
      [user.id],
    );
    const response = await confirmEnrolment(app, client, await clock.code(secret));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('auth.mfa_enrolment_not_started');
  });

  it('refuses to confirm without a started enrolment, and to start or confirm once set up', async () => {
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const client = await signIn(app, user);
    expect((await confirmEnrolment(app, client, '123456')).json().code).toBe(
      'auth.mfa_enrolment_not_started',
    );
    const enrolled = await enrol(app, client, clock);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrolment',
      headers: enrolled.client.headers(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('auth.mfa_already_enrolled');
    clock.goTo(1);
    const confirm = await confirmEnrolment(app, enrolled.client, await clock.code(enrolled.secret));
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().code).toBe('auth.mfa_already_enrolled');
  });

  it('refuses a confirmation without a code, with problem+json naming the field', async () => {
    const client = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrolment/confirm',
      headers: client.headers(),
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: '/body/code' })]);
  });

  describe('refuses the wrong caller', () => {
    it('answers 401 without a session, and 403 without the CSRF token, and starts nothing', async () => {
      const user = await makeUser(database(), tenant, { roles: ['analyst'] });
      const client = await signIn(app, user);
      for (const url of ['/api/v1/auth/mfa/enrolment', '/api/v1/auth/mfa/enrolment/confirm']) {
        const anonymous = await app.inject({ method: 'POST', url, payload: { code: '123456' } });
        expect(anonymous.statusCode, url).toBe(401);
        expect(anonymous.json().code).toBe('auth.unauthenticated');
        const forged = await app.inject({
          method: 'POST',
          url,
          payload: { code: '123456' },
          headers: client.headers({ csrf: false }),
        });
        expect(forged.statusCode, url).toBe(403);
        expect(forged.json().code).toBe('auth.csrf');
      }
      expect((await userRow(user.id))?.totp_pending_secret_encrypted).toBeNull();
    });

    it('acts only on the caller’s own account: another user’s code confirms nothing', async () => {
      const alice = await makeUser(database(), tenant, { roles: ['analyst'] });
      const bob = await makeUser(database(), tenant, { roles: ['analyst'] });
      const aliceClient = await signIn(app, alice);
      const bobClient = await signIn(app, bob);
      const { secret } = await startEnrolment(app, aliceClient);
      const response = await confirmEnrolment(app, bobClient, await clock.code(secret));
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('auth.mfa_enrolment_not_started');
      expect((await userRow(bob.id))?.mfa_enrolled_at).toBeNull();
      expect((await confirmEnrolment(app, aliceClient, await clock.code(secret))).statusCode).toBe(200);
    });

    it('does not reach another tenant with a forged cookie', async () => {
      const other = await makeTenant(database());
      const victim = await makeUser(database(), other, { roles: ['analyst'] });
      const victimClient = await signIn(app, victim);
      await startEnrolment(app, victimClient);
      const attacker = await signIn(app, await makeUser(database(), tenant, { roles: ['analyst'] }));
      const forgedToken = `${other.id}.${attacker.token.split('.')[1]}`;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/enrolment',
        headers: { cookie: `pathways_session=${forgedToken}`, 'x-csrf-token': attacker.csrfToken },
      });
      expect(response.statusCode).toBe(401);
    });
  });
});

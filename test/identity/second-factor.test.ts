import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { auditTrail, login, makeTenant, makeUser } from './factories.ts';

// Who must have a second factor (docs/security.md): an account that needs one and has none signs in
// with its password to a session that can only set it up, except demo accounts outside production.
// Signing in with the factor, and setting it up, are tested in mfa-*.test.ts.
describe(`the second-factor rule at sign-in on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let production: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    production = await buildTestApp({
      db: database().db,
      env: { NODE_ENV: 'production', PATHWAYS_SECRET_KEY: randomBytes(32).toString('base64') },
    });
  });
  afterAll(async () => {
    await app?.close();
    await production?.close();
  });

  it('gives a role that reads personal data, without a factor, a session limited to enrolment', async () => {
    const tenant = await makeTenant(database());
    const user = await makeUser(database(), tenant, { roles: ['case_manager'] });
    const response = await login(app, user.username, user.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.mfa).toEqual({ requirement: 'required', enrolled: false });
    const sessions = await database().superuser<{ verified: boolean }>(
      'select mfa_verified_at is not null as verified from sessions where user_id = $1',
      [user.id],
    );
    expect(sessions).toEqual([{ verified: false }]);
    const cookie = response.cookies.find((candidate) => candidate.name === 'pathways_session');
    const refused = await app.inject({
      url: '/api/v1/auth/sessions',
      headers: { cookie: `pathways_session=${cookie?.value}` },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('auth.mfa_enrolment_required');
    const trail = await auditTrail(database(), tenant.id);
    expect(trail.map((entry) => [entry.action, entry.details.secondFactor ?? entry.details.reason])).toEqual([
      ['auth.sign_in', 'enrolment_pending'],
      ['access.denied', 'mfa_enrolment'],
    ]);
  });

  it('says nothing about the second factor when the password is wrong', async () => {
    const tenant = await makeTenant(database());
    const user = await makeUser(database(), tenant, { roles: ['director'] });
    const response = await login(app, user.username, 'a wrong password indeed');
    expect(response.json().code).toBe('auth.invalid_credentials');
  });

  it('lets analysts and knowledge editors sign in with a password', async () => {
    const tenant = await makeTenant(database());
    const user = await makeUser(database(), tenant, { roles: ['analyst', 'knowledge_editor'] });
    const response = await login(app, user.username, user.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.mfa).toEqual({ requirement: 'optional', enrolled: false });
  });

  it('exempts accounts of a demo tenant outside production', async () => {
    const tenant = await makeTenant(database(), { isDemo: true });
    const user = await makeUser(database(), tenant, { roles: ['case_manager'] });
    const response = await login(app, user.username, user.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.mfa).toEqual({ requirement: 'exempt', enrolled: false });
  });

  it('does not exempt demo accounts in production', async () => {
    const tenant = await makeTenant(database(), { isDemo: true });
    const user = await makeUser(database(), tenant, { roles: ['case_manager'] });
    const response = await login(production, user.username, user.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.mfa).toEqual({ requirement: 'required', enrolled: false });
  });

  it('ignores a totp field for an account without a second factor', async () => {
    const tenant = await makeTenant(database(), { isDemo: true });
    const user = await makeUser(database(), tenant, { roles: ['analyst'] });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password, totp: '123456' },
    });
    expect(response.statusCode).toBe(200);
  });
});

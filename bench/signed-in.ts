import { generate } from 'otplib';
import { DEMO_PASSWORD, SESSION_COOKIE } from '../e2e/support/demo-accounts.ts';
import { type EnrolmentStarted, IDENTITY_PATHS, type SignedIn } from '../src/contracts/identity.ts';

export interface SessionHeaders extends Record<string, string> {
  cookie: string;
  'x-csrf-token': string;
}

/**
 * Signs a demo account in on a production-mode server the way a real user gets there: the password,
 * then (production requires a second factor for every role that reads personal data) enrolment in
 * TOTP and its confirmation with a code, which gives a full session. Returns that session's headers.
 */
export async function signInWithSecondFactor(baseUrl: string, username: string): Promise<SessionHeaders> {
  const login = await post(baseUrl, IDENTITY_PATHS.login, { username, password: DEMO_PASSWORD });
  const session = sessionOf(login.response, login.body);
  const { mfa } = (login.body as unknown as SignedIn).user;
  if (mfa.requirement !== 'required') return session;
  if (mfa.enrolled) throw new Error(`${username} already has a second factor the benchmark does not know`);

  const started = (await post(baseUrl, IDENTITY_PATHS.secondFactorEnrolment, {}, session))
    .body as unknown as EnrolmentStarted;
  const code = await generate({ secret: started.secret });
  const confirmed = await post(baseUrl, IDENTITY_PATHS.secondFactorEnrolmentConfirm, { code }, session);
  return sessionOf(confirmed.response, (confirmed.body as { signedIn: Record<string, unknown> }).signedIn);
}

async function post(baseUrl: string, path: string, payload: object, session?: SessionHeaders) {
  const response = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify(payload),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(body)}`);
  return { response, body };
}

function sessionOf(response: Response, signedIn: Record<string, unknown>): SessionHeaders {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signing in set no ${SESSION_COOKIE} cookie`);
  return { cookie: cookie.split(';')[0] ?? '', 'x-csrf-token': String(signedIn.csrfToken) };
}

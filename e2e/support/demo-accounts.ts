import type { Page } from 'playwright-core';
import { IDENTITY_PATHS, type SignedIn } from '../../src/contracts/identity.ts';
import { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';

/** The password of every demo account (CONTRACT.md), as the demo seed sets it. */
export { DEMO_PASSWORD } from '../../src/server/modules/demo/demo-tenants.ts';

export const SESSION_COOKIE = 'pathways_session';

/**
 * Signs in through the API from the page's browser context, so the session cookie lands in that
 * context's jar exactly as after the sign-in form. For tests about what comes after signing in; the
 * form itself is tested in sign-in.e2e.ts.
 */
export async function signInThroughApi(page: Page, username: string): Promise<SignedIn> {
  const response = await page.request.post(IDENTITY_PATHS.login, {
    data: { username, password: DEMO_PASSWORD },
  });
  if (!response.ok()) {
    throw new Error(`signing in ${username} answered ${response.status()}: ${await response.text()}`);
  }
  return (await response.json()) as SignedIn;
}

/** The session cookie of the page's context, if any. */
export async function sessionCookieOf(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.find((cookie) => cookie.name === SESSION_COOKIE);
}

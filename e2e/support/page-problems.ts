import type { Page } from 'playwright-core';
import type { BrowserGlobals, CspViolationEvent } from './browser-globals.ts';

/** What went wrong in a page while a test looked at it; every list is empty on a healthy page. */
export interface PageProblems {
  consoleErrors: string[];
  uncaughtErrors: string[];
  cspViolations: string[];
  /** Everything above, one line each, for an assertion message. */
  all(): string[];
}

type ViolationReporter = (description: string) => void;
const REPORTER = 'pathwaysReportCspViolation';

/**
 * Console errors that are answers, not faults. Chromium logs every HTTP error status of a resource as
 * "Failed to load resource", and `GET /api/v1/me` answers 401 to every signed-out visitor, by contract
 * (CONTRACT.md): the web app asks it on each page load to learn whether anyone is signed in. Only that
 * exact pairing is let through; a 401 anywhere else, or any other status of `/me`, is still reported.
 */
export function isExpectedConsoleError(text: string, url: string): boolean {
  return (
    text.startsWith('Failed to load resource: the server responded with a status of 401') &&
    URL.canParse(url) &&
    new URL(url).pathname === '/api/v1/me'
  );
}

/**
 * Starts recording console errors, uncaught exceptions and Content-Security-Policy violations.
 * Chromium also logs a CSP violation as a console error, but the `securitypolicyviolation` event is
 * the specified signal, so a change in console wording cannot make a violation pass unseen.
 */
export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    uncaughtErrors: [],
    cspViolations: [],
    all() {
      return [
        ...this.consoleErrors.map((text) => `console error: ${text}`),
        ...this.uncaughtErrors.map((text) => `uncaught: ${text}`),
        ...this.cspViolations.map((text) => `CSP violation: ${text}`),
      ];
    },
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (isExpectedConsoleError(message.text(), where)) return;
    problems.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => {
    problems.uncaughtErrors.push(error.stack ?? error.message);
  });
  await page.exposeFunction(REPORTER, (description: string) => {
    problems.cspViolations.push(description);
  });
  // Runs before the page's own scripts, in every document the page loads.
  await page.addInitScript((reporterName: string) => {
    const { document } = globalThis as unknown as BrowserGlobals;
    document.addEventListener('securitypolicyviolation', (event: CspViolationEvent) => {
      const report = (globalThis as unknown as Record<string, ViolationReporter | undefined>)[reporterName];
      const blocked = event.blockedURI || 'inline content';
      report?.(`${event.effectiveDirective} blocked ${blocked} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, REPORTER);
  return problems;
}

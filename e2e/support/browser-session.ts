import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject, type TestContext } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type PageProblems, watchPageProblems } from './page-problems.ts';
import { REPO_ROOT } from './server-process.ts';
import './provided-context.ts';

export const FAILURE_SCREENSHOTS = path.join(REPO_ROOT, 'test-results/failures');
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results/screenshots');

/** `describe`, skipped as a whole when the global setup found no Chromium. */
export const describeInBrowser = describe.skipIf(inject('chromiumPath') === null);

export interface BrowserSession {
  readonly baseUrl: string;
  /** A fresh page in a fresh context (own storage, English browser) for the current test. */
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen by `page` so far. */
  readonly problems: PageProblems;
  /** Another context for a test that needs its own viewport. */
  newPage(viewport: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers the hooks of a browser test file: one Chromium for the file, a new context and page per
 * test, and a screenshot into test-results/failures/ whenever a test fails.
 */
export function useBrowserSession(): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let current: { page: Page; problems: PageProblems } | undefined;
  // The page a test opened last is the one it was looking at when it failed.
  let lastPage: Page | undefined;

  async function openPage(viewport = { width: 1280, height: 800 }) {
    if (!browser)
      throw new Error('Chromium is not running: was useBrowserSession() called inside describeInBrowser?');
    // A fixed browser language and time zone, so a test never depends on the machine's.
    const context = await browser.newContext({
      baseURL: baseUrl,
      locale: 'en-GB',
      timezoneId: 'UTC',
      viewport,
    });
    contexts.push(context);
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    lastPage = page;
    return { page, problems };
  }

  beforeAll(async () => {
    const chromiumPath = inject('chromiumPath');
    if (chromiumPath === null) throw new Error('no Chromium; this file should have been skipped');
    browser = await launchChromium(chromiumPath);
  });

  beforeEach(async () => {
    current = await openPage();
  });

  afterEach(async (context: TestContext) => {
    if (context.task.result?.state === 'fail' && lastPage) {
      await saveFailureScreenshot(lastPage, context.task.fullTestName ?? context.task.name);
    }
    await Promise.all(contexts.map((browserContext) => browserContext.close()));
    contexts = [];
    current = undefined;
    lastPage = undefined;
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseUrl,
    get page() {
      if (!current) throw new Error('no page: use the session inside a test');
      return current.page;
    },
    get problems() {
      if (!current) throw new Error('no page: use the session inside a test');
      return current.problems;
    },
    async newPage(viewport) {
      return (await openPage(viewport)).page;
    },
  };
}

async function saveFailureScreenshot(page: Page, testName: string) {
  const file = path.join(FAILURE_SCREENSHOTS, `${fileNameOf(testName)}.png`);
  try {
    await mkdir(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    console.error(`failure screenshot: ${path.relative(REPO_ROOT, file)}`);
  } catch (error) {
    // The test has already failed with its own message; a page that cannot be photographed must not hide it.
    console.error(`could not save the failure screenshot ${file}:`, error);
  }
}

/** "navigation > deep link /sign-in" → "navigation-deep-link-sign-in". */
export function fileNameOf(testName: string): string {
  return testName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 150);
}

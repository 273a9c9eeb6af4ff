import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../src/cli/web-build.ts';
import { CHROMIUM_MISSING, findChromium } from './support/chromium.ts';
import { startPathwaysProcess } from './support/pathways-process.ts';
import './support/provided-context.ts';

/**
 * Once per run: find Chromium, build the web app if stale, and start ONE Pathways server on a fresh
 * embedded database for every browser test. Returns the teardown that stops it.
 * Without Chromium the run fails under CI=true and is skipped (with one line saying so) elsewhere.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  if (chromiumPath === null) {
    if (process.env.CI === 'true') {
      throw new Error(`browser tests cannot run under CI=true: ${CHROMIUM_MISSING}`);
    }
    console.warn(`browser tests skipped: ${CHROMIUM_MISSING}`);
    project.provide('baseUrl', '');
    return undefined;
  }

  await buildWebIfStale();
  const server = await startPathwaysProcess({
    label: 'e2e',
    env: { NODE_ENV: 'development', LOG_LEVEL: 'warn' },
  });
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATE_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'];

export const CHROMIUM_MISSING = 'no Chromium found (apt-get install -y chromium)';

/**
 * The Chromium to drive: `PATHWAYS_CHROMIUM` if set, else the first of chromium, chromium-browser
 * and google-chrome on the PATH. Null when there is none. Playwright's own browser download is
 * never used (it needs the internet and a matching build; see STACK.md trap 11).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.PATHWAYS_CHROMIUM?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new Error(`PATHWAYS_CHROMIUM points at ${configured}, which does not exist`);
    return configured;
  }
  for (const command of CANDIDATE_COMMANDS) {
    const found = commandPath(command);
    if (found) return found;
  }
  return null;
}

function commandPath(command: string): string | null {
  try {
    const found = execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim();
    return found === '' ? null : found;
  } catch (error) {
    // `command -v` exits 1 when the command is not on the PATH: that is an answer, not a failure.
    if ((error as { status?: number }).status === 1) return null;
    throw error;
  }
}

/** Headless Chromium with the flags that make Debian's build quiet and offline (STACK.md trap 11). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

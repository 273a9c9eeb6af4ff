import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
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
    if (!existsSync(configured))
      throw new Error(`PATHWAYS_CHROMIUM points at ${configured}, which does not exist`);
    return configured;
  }
  for (const command of CANDIDATE_COMMANDS) {
    const found = commandPath(command, env);
    if (found) return found;
  }
  return null;
}

/** What `command -v` answers, without needing a shell: the first executable `name` on the PATH. */
function commandPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const directory of (env.PATH ?? '').split(path.delimiter)) {
    if (directory === '') continue;
    const candidate = path.join(directory, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function isExecutableFile(file: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch (error) {
    // Not executable by us: skip it, as `command -v` would.
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return false;
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

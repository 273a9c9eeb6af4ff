import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_INDEX = path.join(ROOT, 'dist/web/index.html');
// What the web build is made from: a change to any of these makes the build stale.
const INPUTS = ['src/web', 'src/contracts', 'vite.config.ts', 'tsconfig.web.json', 'package-lock.json'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) =>
      name === 'node_modules' ? newest : Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return INPUTS.some((input) => newestChange(path.join(ROOT, input)) > built);
}

/** Runs the Vite build in a child process when dist/web is missing or older than its sources. */
export async function buildWebIfStale(): Promise<void> {
  if (!webBuildIsStale()) return;
  console.log('Building the web app (dist/web is missing or older than its sources)…');
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      // The bundle is always the production one, whatever mode the server runs in: Vite would
      // otherwise follow an inherited NODE_ENV=development into React's development build, and that
      // build would then be served, unchanged, by a later production start.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the web build failed (vite exited with ${code})`)),
    );
  });
}

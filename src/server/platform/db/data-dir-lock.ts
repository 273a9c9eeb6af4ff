import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'pathways.lock';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

/**
 * Takes the data directory for this process. The embedded database is a single-process store:
 * a second process opening the same files would corrupt them, so it must be refused first.
 * Returns a function that releases the lock.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${JSON.stringify(owner)}\n`);
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readOwner(file);
    if (holder && isAlive(holder)) {
      throw new DataDirLockedError(
        `Another Pathways process (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}) ` +
          `is using the data directory ${dataDir}. Stop that process first, or set PATHWAYS_DATA_DIR ` +
          'to another directory. Two processes on one embedded database would corrupt it.',
      );
    }
    // The holder died without releasing the lock: the lock is stale and can be taken over.
    await rm(file, { force: true });
  }
  throw new DataDirLockedError(
    `Could not lock the data directory ${dataDir}; another process keeps taking it.`,
  );
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockOwner;
  } catch (error) {
    // A lock file being written this instant, or left half-written by a crash: treat as stale
    // only if it is unreadable JSON; a vanished file simply lets the next attempt succeed.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // a process on another host cannot be checked: assume alive
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

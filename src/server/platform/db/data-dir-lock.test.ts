import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

describe('the data directory lock', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-lock-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses a second holder while the first lives, naming it and what to do', async () => {
    const release = await lockDataDir(dataDir);
    const second = lockDataDir(dataDir);
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(lockDataDir(dataDir)).rejects.toThrow(
      new RegExp(`pid ${process.pid} .*Stop that process first, or set PATHWAYS_DATA_DIR`),
    );
    await release();
    const again = await lockDataDir(dataDir);
    await again();
  });

  it('takes over a lock left by a process that died', async () => {
    // A process that has exited: its pid is free (or reused much later, which the check accepts).
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    await writeFile(
      path.join(dataDir, LOCK_FILE),
      JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }),
    );
    const release = await lockDataDir(dataDir);
    expect(JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await release();
  });
});

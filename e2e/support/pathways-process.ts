import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, type ServerProcess, startServerProcess } from './server-process.ts';

export { REPO_ROOT };

export interface PathwaysProcessOptions {
  /** Names the process and its temporary data directory, e.g. "e2e" or "pglite". */
  label: string;
  /** Set on top of the parent's environment, from which DATABASE_URL is removed unless given here. */
  env: Record<string, string>;
  /** Runs with the process's environment (data directory included) before the server starts. */
  beforeStart?: (env: Record<string, string>) => Promise<void>;
}

/**
 * `node bin/pathways.js serve` on a free port, with its own temporary data directory, once /readyz
 * answers 200. DATABASE_URL is removed from the inherited environment so that a variable left in
 * the shell never points a test or benchmark at a shared database; pass it in `env` to use
 * PostgreSQL. `stop()` also deletes the data directory.
 */
export async function startPathwaysProcess(options: PathwaysProcessOptions): Promise<ServerProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `pathways-${options.label}-`));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', PATHWAYS_DATA_DIR: dataDir }, options.env);
  const removeDataDir = () => rm(dataDir, { recursive: true, force: true });

  try {
    await options.beforeStart?.({ ...options.env, PATHWAYS_DATA_DIR: dataDir });
    const server = await startServerProcess({
      label: options.label,
      args: [path.join(REPO_ROOT, 'bin/pathways.js'), 'serve'],
      env,
      readyPath: '/readyz',
    });
    return { ...server, stop: () => server.stop().finally(removeDataDir) };
  } catch (error) {
    await removeDataDir();
    throw error;
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const LISTENING_LINE = /is listening on (https?:\/\/\S+)/;
const START_DEADLINE_MS = 90_000;
const READY_POLL_MS = 100;
const STOP_DEADLINE_MS = 20_000;

export interface PathwaysProcessOptions {
  /** Variables set on top of the parent's environment (minus DATABASE_URL unless given here). */
  env: Record<string, string>;
  /** Shown in error messages, e.g. "pglite". */
  label: string;
}

/** A `pathways serve` child process on a fresh data directory, listening and ready. */
export interface PathwaysProcess {
  baseUrl: string;
  pid: number;
  /** SIGTERM, wait for the exit (SIGKILL after a deadline), then delete the data directory. */
  stop(): Promise<void>;
}

/**
 * Starts `node bin/pathways.js serve` on a free port with its own temporary data directory.
 * DATABASE_URL is removed from the inherited environment so that a stray variable in the shell
 * never points a test or benchmark at a shared database; pass it in `env` to use PostgreSQL.
 */
export async function startPathwaysProcess(options: PathwaysProcessOptions): Promise<PathwaysProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `pathways-${options.label}-`));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, { PORT: '0', HOST: '127.0.0.1', PATHWAYS_DATA_DIR: dataDir }, options.env);

  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/pathways.js'), 'serve'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopChild(child).finally(() => rm(dataDir, { recursive: true, force: true }));
  try {
    const baseUrl = await waitForListening(child, options.label);
    await waitForReady(child, baseUrl, options.label);
    if (child.pid === undefined) throw new Error(`${options.label}: the server process has no pid`);
    return { baseUrl, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the address printed on the listening line; rejects with stderr if the process dies first. */
function waitForListening(child: ChildProcess, label: string): Promise<string> {
  const { stdout, stderr } = child;
  if (!stdout || !stderr) return Promise.reject(new Error(`${label}: the server's output is not piped`));
  let listening = false;
  const stderrTail: string[] = [];
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 50) stderrTail.shift();
    // Once listening, the server's warnings still belong in the output of whoever runs it.
    if (listening) process.stderr.write(`[${label}] ${chunk}`);
  });

  return new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => {
      reject(new Error(`${label}: no listening line within ${START_DEADLINE_MS} ms\n${stderrTail.join('')}`));
    }, START_DEADLINE_MS);
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => {
      const match = LISTENING_LINE.exec(line);
      if (!match?.[1] || listening) return;
      listening = true;
      clearTimeout(deadline);
      resolve(match[1]);
    });
    child.once('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(deadline);
      if (!listening) {
        reject(new Error(`${label}: the server exited (${signal ?? code}) before listening\n${stderrTail.join('')}`));
      }
    });
  });
}

/** Polls /readyz until it answers 200: the database answers and is migrated. */
async function waitForReady(child: ChildProcess, baseUrl: string, label: string): Promise<void> {
  const giveUpAt = Date.now() + START_DEADLINE_MS;
  let last = 'no answer yet';
  while (Date.now() < giveUpAt) {
    if (child.exitCode !== null) throw new Error(`${label}: the server exited while waiting for /readyz`);
    try {
      const response = await fetch(new URL('/readyz', baseUrl));
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      last = String(error);
    }
    await delay(READY_POLL_MS);
  }
  throw new Error(`${label}: /readyz did not answer 200 within ${START_DEADLINE_MS} ms (last: ${last})`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const deadline = delay(STOP_DEADLINE_MS, 'timeout' as const, { ref: false });
  if ((await Promise.race([exited.then(() => 'exited' as const), deadline])) === 'timeout') {
    process.stderr.write(`Pathways process ${child.pid} ignored SIGTERM for ${STOP_DEADLINE_MS} ms; killing it\n`);
    child.kill('SIGKILL');
    await exited;
  }
}

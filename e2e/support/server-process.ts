import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Pathways prints "Pathways <version> is listening on http://…"; the benchmark's baseline says the same.
const LISTENING_LINE = /is listening on (https?:\/\/\S+)/;
const START_DEADLINE_MS = 90_000;
const READY_POLL_MS = 100;
const STOP_DEADLINE_MS = 20_000;

export interface ServerProcessOptions {
  /** Names the process in messages, e.g. "pglite". */
  label: string;
  /** Arguments to `node`, e.g. ['bin/pathways.js', 'serve']; run from the repository root. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Polled after the listening line until it answers 200, e.g. "/readyz". */
  readyPath: string;
}

/** A server in a child process, listening and ready. */
export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** SIGTERM, then wait for the exit (SIGKILL after a deadline). */
  stop(): Promise<void>;
}

/**
 * Starts a Node server as a child process, reads its address from the "is listening on" line it
 * prints, and polls `readyPath` until it answers 200. Throws with the process's stderr if it dies first.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, options.args, {
    cwd: REPO_ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopChild(child);
  try {
    const baseUrl = await waitForListening(child, options.label);
    await waitForReady(child, new URL(options.readyPath, baseUrl), options.label);
    if (child.pid === undefined) throw new Error(`${options.label}: the server process has no pid`);
    return { baseUrl, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForListening(child: ChildProcess, label: string): Promise<string> {
  const { stdout, stderr } = child;
  if (!stdout || !stderr) return Promise.reject(new Error(`${label}: the server's output is not piped`));
  let listening = false;
  const stderrTail: string[] = [];
  stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 50) stderrTail.shift();
    // Once it is listening, the server's warnings belong in the output of whoever runs it.
    if (listening) process.stderr.write(`[${label}] ${chunk}`);
  });

  return new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => {
      reject(new Error(`${label}: no listening line within ${START_DEADLINE_MS} ms\n${stderrTail.join('')}`));
    }, START_DEADLINE_MS);
    // Reading every line also keeps the pipe drained for the life of the process.
    createInterface({ input: stdout }).on('line', (line) => {
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
        reject(
          new Error(
            `${label}: the server exited (${signal ?? code}) before listening\n${stderrTail.join('')}`,
          ),
        );
      }
    });
  });
}

async function waitForReady(child: ChildProcess, readyUrl: URL, label: string): Promise<void> {
  const giveUpAt = Date.now() + START_DEADLINE_MS;
  let last = 'no answer yet';
  while (Date.now() < giveUpAt) {
    if (child.exitCode !== null)
      throw new Error(`${label}: the server exited while waiting for ${readyUrl.pathname}`);
    try {
      const response = await fetch(readyUrl);
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      // Not accepting connections yet: remembered for the message if it never does.
      last = String(error);
    }
    await delay(READY_POLL_MS);
  }
  throw new Error(
    `${label}: ${readyUrl.pathname} did not answer 200 within ${START_DEADLINE_MS} ms (last: ${last})`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<'exited'>((resolve) => child.once('exit', () => resolve('exited')));
  child.kill('SIGTERM');
  const deadline = delay(STOP_DEADLINE_MS, 'timeout' as const, { ref: false });
  if ((await Promise.race([exited, deadline])) === 'timeout') {
    process.stderr.write(`process ${child.pid} ignored SIGTERM for ${STOP_DEADLINE_MS} ms; killing it\n`);
    child.kill('SIGKILL');
    await exited;
  }
}

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/pathways.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const childEnv = (env: Record<string, string>) => {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  // Vitest's NODE_ENV=test must not leak: the command decides from what the test gives it.
  delete base.NODE_ENV;
  return { ...base, LOG_LEVEL: 'warn', ...env };
};

/** Runs `pathways …args` to its end. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: childEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface RunningCli {
  child: ChildProcess;
  address: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `pathways serve` and resolves once it prints the address it listens on. */
export function startCliServer(env: Record<string, string>): Promise<RunningCli> {
  const child = spawn(process.execPath, [BIN, 'serve'], { env: childEnv({ PORT: '0', ...env }) });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const address = /is listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (address) resolve({ child, address, output: () => output, exited });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    exited.then((code) =>
      reject(new Error(`pathways serve exited with ${code} before listening:\n${output}`)),
    );
  });
}

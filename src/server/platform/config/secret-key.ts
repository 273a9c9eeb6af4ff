import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';

export const SECRET_KEY_FILE = 'secret.key';

/**
 * The 32-byte key for sessions and field encryption. Production must give it in the environment
 * (config validation refuses otherwise); elsewhere one is generated once into the data directory
 * so that restarts keep sessions valid.
 */
export async function resolveSecretKey(config: Config): Promise<Buffer> {
  if (config.secretKey !== undefined) return Buffer.from(config.secretKey, 'base64');
  const file = path.join(config.dataDir, SECRET_KEY_FILE);
  try {
    const stored = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (stored.length === 32) return stored;
    throw new Error(`${file} does not hold a 32-byte base64 key; delete it to generate a new one`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

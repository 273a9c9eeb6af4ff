import { DemoRefusedError } from '../server/modules/demo/seed-demo.ts';
import { ConfigError } from '../server/platform/config/config.ts';
import { DataDirLockedError } from '../server/platform/db/data-dir-lock.ts';
import { MigrationError } from '../server/platform/db/migrate.ts';

const OPERATOR_ERRORS = [ConfigError, DataDirLockedError, MigrationError, DemoRefusedError];

/** Ends the command with exit code 1: a known condition as its message alone, anything else in full. */
export function exitWithError(error: unknown): never {
  if (OPERATOR_ERRORS.some((kind) => error instanceof kind)) {
    console.error(`pathways: ${(error as Error).message}`);
  } else {
    console.error('pathways: unexpected failure');
    console.error(error);
  }
  process.exit(1);
}

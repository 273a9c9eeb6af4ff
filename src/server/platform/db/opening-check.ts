import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A check a request's work depends on, made by the database at the start of the request's first
 * transaction in one tenant: the statement goes with BEGIN, ahead of the work's first statements, so
 * it costs no round trip of its own (the session check of access-hook.ts). If it fails, the
 * transaction rolls back with everything the work did in it, and the caller serves the request
 * again.
 *
 * A transaction the statement cannot go with (another tenant's, none, the owner's) waits for
 * `confirm` instead: no transaction of the request runs before the check has passed, except the one
 * whose first statement makes it.
 */
export interface OpeningCheck {
  /** The tenant whose transactions may carry the statement. */
  readonly tenantId: string;
  /** One SQL statement with only literals in it, run right after the tenant settings. */
  readonly statement: string;
  /** The SQLSTATE with which the statement says the check failed. */
  readonly failureCode: string;
  state: 'pending' | 'passed' | 'failed';
  /** Makes the check on its own (a round trip) and sets `state`. */
  confirm(): Promise<void>;
}

/** A transaction refused because its request's opening check failed. */
export class OpeningCheckFailed extends Error {
  override name = 'OpeningCheckFailed';
}

const openingChecks = new AsyncLocalStorage<OpeningCheck>();

/** Runs `work` with `check` owed by the first transaction it opens. */
export function withOpeningCheck<T>(check: OpeningCheck, work: () => T): T {
  return openingChecks.run(check, work);
}

/**
 * The check the current request still owes, if any. Once its check has failed, a request may open
 * no transaction at all: its work is to be done again, by its caller, with what is true now.
 */
export function pendingOpeningCheck(): OpeningCheck | undefined {
  const check = openingChecks.getStore();
  if (check?.state === 'failed') throw new OpeningCheckFailed("the request's opening check failed");
  return check?.state === 'pending' ? check : undefined;
}

/**
 * The SQLSTATE of a database error from either driver: on its own, or as the cause of the query
 * builder's error around it.
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let at = error, depth = 0; at && depth < 3; at = (at as { cause?: unknown }).cause, depth += 1) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

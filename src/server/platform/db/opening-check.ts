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
 * whose first statement makes it. A failure is final: once failed, the check never passes again,
 * and the request may open no transaction at all.
 */
export class OpeningCheck {
  #state: 'pending' | 'passed' | 'failed' = 'pending';
  #confirming: Promise<void> | undefined;
  readonly #running = new Set<Promise<unknown>>();

  /**
   * @param tenantId the tenant whose transactions may carry the statement
   * @param statement one SQL statement with only literals in it, run right after the tenant settings
   * @param failureCode the SQLSTATE with which the statement says the check failed
   * @param verify makes the check on its own (a round trip): true when it passes
   */
  constructor(
    readonly tenantId: string,
    readonly statement: string,
    readonly failureCode: string,
    private readonly verify: () => Promise<boolean>,
  ) {}

  get state(): 'pending' | 'passed' | 'failed' {
    return this.#state;
  }

  /** Read afresh each time (a getter's value would be narrowed across an await). */
  hasPassed(): boolean {
    return this.#state === 'passed';
  }

  /** The statement ran without error in a transaction. */
  passed(): void {
    if (this.#state === 'pending') this.#state = 'passed';
  }

  /** The statement failed, or the check made on its own did: final. */
  failed(): void {
    this.#state = 'failed';
  }

  /** Makes the check on its own, once however many transactions ask. */
  async confirm(): Promise<void> {
    this.#confirming ??= this.verify().then((passes) => (passes ? this.passed() : this.failed()));
    await this.#confirming;
  }

  /** Keeps count of a transaction of the request, so that its caller can wait for all of them. */
  track<T>(running: Promise<T>): Promise<T> {
    this.#running.add(running);
    const done = () => this.#running.delete(running);
    running.then(done, done);
    return running;
  }

  /**
   * Resolves once no transaction of the request is running, so that its outcome is decided on every
   * one of them: a transaction running beside a failed one may still be finishing.
   */
  async settled(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }
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
 * The check of the request this code runs for, if it has one. Once its check has failed, a request
 * may open no transaction at all: its work is to be done again, by its caller, with what is true now.
 */
export function currentOpeningCheck(): OpeningCheck | undefined {
  const check = openingChecks.getStore();
  if (check?.state === 'failed') throw new OpeningCheckFailed("the request's opening check failed");
  return check;
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

import { TOUCH_INTERVAL_SECONDS } from './repository.ts';
import type { ResolvedSession } from './resolve-session.ts';

/**
 * Sessions this server process has resolved, by token hash, so that a read-only request need not
 * resolve its session in a round trip of its own before its work: it starts from the remembered
 * session, and its first transaction checks in the database that the session is still live and
 * unchanged (app_check_session, migration 0019), or the request is served again from a fresh
 * resolution (access-hook.ts). Nothing here is trusted without that check; the memory only saves
 * the round trip.
 *
 * Bounded: at most `capacity` sessions, the oldest forgotten first, none kept longer than
 * `maxAgeMs`. Only full sessions are kept (not ones limited to setting up a second factor). The age
 * limit is the interval at which a session's last use is written: the check writes nothing, so a
 * session in use is resolved afresh (which writes it) once a minute.
 *
 * What is remembered is frozen: concurrent requests share it, and the check vouches for what the
 * database holds, not for an object someone changed in memory.
 */
export class SessionMemory {
  readonly #entries = new Map<string, { resolved: ResolvedSession; at: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly maxAgeMs = TOUCH_INTERVAL_SECONDS * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  recall(tokenHash: string): ResolvedSession | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    return entry.resolved;
  }

  remember(resolved: ResolvedSession): void {
    if (resolved.session.standing !== 'full') return;
    for (const held of resolved.actor.roles) Object.freeze(held);
    Object.freeze(resolved.actor.roles);
    Object.freeze(resolved.actor);
    Object.freeze(resolved.session);
    Object.freeze(resolved);
    this.#entries.delete(resolved.tokenHash);
    if (this.#entries.size >= this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(resolved.tokenHash, { resolved, at: this.now() });
  }

  forget(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  get size(): number {
    return this.#entries.size;
  }
}

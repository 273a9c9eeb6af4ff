import { describe, expect, it } from 'vitest';
import type { ResolvedSession } from './resolve-session.ts';
import { SessionMemory } from './session-memory.ts';

const resolved = (tokenHash: string, standing: 'full' | 'enrolment_only' = 'full'): ResolvedSession => ({
  actor: { userId: 'u', tenantId: 't', organisationId: 'o', roles: [] },
  session: { id: 's', tenantId: 't', userId: 'u', expiresAt: new Date(0), csrfToken: 'c', standing },
  tokenHash,
  fingerprint: 'f',
});

describe('SessionMemory', () => {
  it('recalls a remembered full session by its token hash, and nothing for another', () => {
    const memory = new SessionMemory();
    memory.remember(resolved('a'));
    expect(memory.recall('a')?.tokenHash).toBe('a');
    expect(memory.recall('b')).toBeUndefined();
  });

  it('never keeps a session limited to setting up the second factor', () => {
    const memory = new SessionMemory();
    memory.remember(resolved('a', 'enrolment_only'));
    expect(memory.recall('a')).toBeUndefined();
  });

  it('forgets a session when told, and one older than its age limit', () => {
    let now = 0;
    const memory = new SessionMemory(10, 1_000, () => now);
    memory.remember(resolved('a'));
    memory.remember(resolved('b'));
    memory.forget('a');
    expect(memory.recall('a')).toBeUndefined();
    now = 1_001;
    expect(memory.recall('b')).toBeUndefined();
    expect(memory.size).toBe(0);
  });

  it('holds at most its capacity, forgetting the longest remembered first', () => {
    const memory = new SessionMemory(2);
    memory.remember(resolved('a'));
    memory.remember(resolved('b'));
    // Remembered again: now the newest.
    memory.remember(resolved('a'));
    memory.remember(resolved('c'));
    expect(
      [memory.recall('a'), memory.recall('b'), memory.recall('c')].map((entry) => entry?.tokenHash),
    ).toEqual(['a', undefined, 'c']);
    expect(memory.size).toBe(2);
  });
});

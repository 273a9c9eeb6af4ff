import { describe, expect, it } from 'vitest';
import { sharedFlush } from './shared-flush.ts';

// What makes sharing safe: every caller is answered only after a flush that began after its call.
// The flush here is a promise the test settles by hand, so each step of the interleaving is seen.
function controlledFlush() {
  const started: { settle: (error?: Error) => void }[] = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      started.push({ settle: (error) => (error ? reject(error) : resolve()) });
    });
  return { started, shared: sharedFlush(flush) };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

function tracked(promise: Promise<void>) {
  const state = { settled: 'no' as 'no' | 'resolved' | 'rejected' };
  promise.then(
    () => {
      state.settled = 'resolved';
    },
    () => {
      state.settled = 'rejected';
    },
  );
  return state;
}

describe('a shared flush', () => {
  it('starts at once when none is running', async () => {
    const { started, shared } = controlledFlush();
    const first = tracked(shared());
    expect(started).toHaveLength(1);
    started[0]?.settle();
    await turn();
    expect(first.settled).toBe('resolved');
  });

  it('makes a caller who comes while one runs wait for the next, which serves all who came meanwhile', async () => {
    const { started, shared } = controlledFlush();
    const first = tracked(shared());
    const second = tracked(shared());
    const third = tracked(shared());
    expect(started).toHaveLength(1);

    started[0]?.settle();
    await turn();
    // The first flush may have begun before the second and third callers' commits: not theirs.
    expect(first.settled).toBe('resolved');
    expect(second.settled).toBe('no');
    expect(third.settled).toBe('no');
    expect(started).toHaveLength(2);

    // A caller during the second flush waits for a third one.
    const fourth = tracked(shared());
    started[1]?.settle();
    await turn();
    expect([second.settled, third.settled, fourth.settled]).toEqual(['resolved', 'resolved', 'no']);
    expect(started).toHaveLength(3);
    started[2]?.settle();
    await turn();
    expect(fourth.settled).toBe('resolved');
  });

  it('fails only its own callers, and the next flush is tried afresh', async () => {
    const { started, shared } = controlledFlush();
    const first = tracked(shared());
    const second = tracked(shared());
    started[0]?.settle(new Error('the disk is full'));
    await turn();
    expect(first.settled).toBe('rejected');
    // The failure of a flush that began before the second call is not the second caller's.
    expect(second.settled).toBe('no');
    started[1]?.settle();
    await turn();
    expect(second.settled).toBe('resolved');

    const third = shared();
    expect(started).toHaveLength(3);
    started[2]?.settle(new Error('connection lost'));
    await expect(third).rejects.toThrow('connection lost');
  });
});

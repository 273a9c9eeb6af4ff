/**
 * One flush of the write-ahead log shared by every caller who asks while it waits its turn.
 *
 * After an audited commit the server makes the work durable with a flush (FLUSH in database.ts):
 * a small transaction of its own that commits synchronously, and so puts the log on disk up to and
 * past every commit before it. Run once per request, that transaction cost the database about a
 * seventh of an audited read. A flush serves every commit that finished before it began, so the
 * callers of one moment can share one:
 *
 * - a caller who finds no flush running starts one;
 * - a caller who finds one running cannot rely on it (it may have begun before that caller's
 *   commit), so it waits for the next, which starts as soon as the running one ends and serves
 *   everyone who asked in between;
 * - a failed flush fails exactly its own callers; the next one is tried afresh.
 *
 * So every caller's promise settles only after a flush that began after the call, as one flush per
 * caller would, with at most one flush running and one waiting.
 */
export function sharedFlush(flush: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let waiting: Promise<void> | undefined;

  const start = (): Promise<void> => {
    const current = flush().finally(() => {
      if (running === current) running = undefined;
    });
    running = current;
    return current;
  };

  return () => {
    if (!running) return start();
    if (!waiting) {
      const after = running;
      waiting = after
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          waiting = undefined;
          return start();
        });
    }
    return waiting;
  };
}

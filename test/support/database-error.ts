/**
 * The message of the database's own error behind a rejection. Drizzle wraps driver errors in
 * "Failed query: …" and keeps the database's in `cause`.
 */
export async function databaseError(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error && current.cause instanceof Error) current = current.cause;
    return current instanceof Error ? current.message : String(current);
  }
  throw new Error('expected the database to refuse, but it accepted');
}

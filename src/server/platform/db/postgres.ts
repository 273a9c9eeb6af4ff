import { SQL } from 'drizzle-orm';
import { drizzle, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import {
  type Database,
  FLUSH,
  type Orm,
  scopedTransactions,
  type TransactionRunner,
  type Tx,
} from './database.ts';
import { prepareStatementsOf } from './prepared-statements.ts';
import { schema } from './schema.ts';

/**
 * The pool every PostgreSQL connection of Pathways comes from: pipelining, so that a transaction
 * sends its last statements, COMMIT and the flush in one round trip, and named prepared statements
 * (prepared-statements.ts).
 */
export function connectionPool(connectionString: string, size: number, applicationName: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: size,
    application_name: applicationName,
    pipeline: true,
  });
  prepareStatementsOf(pool);
  return pool;
}

/** Connects a pool to a PostgreSQL server. */
export function postgresDatabase(
  connectionString: string,
  poolSize: number,
  onIdleError: (error: Error) => void,
): Database {
  const pool = connectionPool(connectionString, poolSize, 'pathways');
  // An idle client that loses its server (restart, failover) must not crash the process;
  // the next query on the pool reconnects.
  pool.on('error', onIdleError);
  const orm = drizzle({ client: pool, schema }) as unknown as Orm;
  return {
    kind: 'postgres',
    ...scopedTransactions(orm, poolTransactions(pool, orm)),
    async unsafeRawSession(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async (text, params) => (await client.query(text, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    async close() {
      // Closing twice is harmless, as it is for PGlite: shutdown paths may overlap.
      if (!pool.ended) await pool.end();
    },
  };
}

/**
 * Transactions on a pooled connection with as few round trips as the protocol allows: BEGIN and the
 * scope (tenant and role settings, and a request's opening check) go as one message (plain statements without parameters, which the
 * simple query protocol takes together) in the same write as the work's first statements
 * (beginCorked), and the statements asked for at commit (runAtCommit) and COMMIT with, when
 * asked for, the flush (flushAfterCommit) go pipelined, in one round trip. The query builder's transaction object is made
 * on the connection, so the work uses it exactly as it would the builder's own.
 */
function poolTransactions(pool: pg.Pool, orm: Orm): TransactionRunner {
  const { dialect, options } = (orm as unknown as { session: SessionParts }).session;
  return async (scope, work, requests, scoped) => {
    const client = await pool.connect();
    // A connection that failed below the SQL level may be in any state: it is closed, not reused.
    let broken: Error | undefined;
    const send = async (text: string) => {
      try {
        await client.query(text);
      } catch (error) {
        if (!(error instanceof pg.DatabaseError))
          broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    };
    /**
     * Pipelined: all sent at once, answered in order. If one before COMMIT fails, the server turns
     * the COMMIT into a rollback, and the first failure is what the caller sees.
     */
    const sendTogether = async (queries: { sql: string; params: unknown[] }[]) => {
      // One write to the socket for all of them, not one each: the queries are issued in the same
      // tick, and the stream is corked until they all are.
      const stream = socketOf(client);
      stream?.cork();
      let pending: Promise<unknown>[];
      try {
        pending = queries.map((query) => client.query(query.sql, query.params));
      } finally {
        stream?.uncork();
      }
      const outcomes = await Promise.allSettled(pending);
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (!failed) return;
      const error: unknown = failed.reason;
      if (!(error instanceof pg.DatabaseError))
        broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    };
    try {
      const begun = beginCorked(client, ['begin', ...scope].join('; '), send);
      // Without the relational schema: Pathways writes no relational queries (`tx.query.…`), and with
      // it the builder makes a query object per table for every transaction.
      const session = new NodePgSession(client, dialect, undefined, options);
      const tx = new NodePgTransaction(dialect, session, undefined) as unknown as Tx;
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(tx);
        await begun;
        scoped();
      } catch (error) {
        // A failed BEGIN also fails what was sent after it; its own error says why.
        const beginError: unknown = await begun.then(
          () => {
            scoped();
            return undefined;
          },
          (failure: unknown) => failure,
        );
        await send('rollback');
        throw beginError ?? error;
      }
      await sendTogether([
        ...requests.atCommit.map((query) =>
          query instanceof SQL ? dialect.sqlToQuery(query) : { sql: query.text, params: [...query.params] },
        ),
        // The flush travels in COMMIT's own message: PostgreSQL answers each message with a write of
        // its own (it flushes at every ReadyForQuery), so one message is one write fewer both ways.
        // Statements after COMMIT in one simple query run in a transaction of their own, committed
        // synchronously at the message's end; if COMMIT fails, they do not run. After a failed
        // statement at commit, COMMIT rolls back and the flush runs for nothing; the caller sees the
        // failed statement's error. Should the flush itself fail, the work is committed but the
        // request fails: it is never answered as a success before its audit entry is on disk.
        { sql: requests.flush ? `commit; ${FLUSH}` : 'commit', params: [] },
      ]);
      return result;
    } finally {
      client.release(broken);
    }
  };
}

/**
 * Sends BEGIN (with the scope) without waiting for its answer, holding the socket's writes until
 * the end of this turn of the event loop, so that the work's first statements, issued meanwhile,
 * reach the server in the same write and are answered in the same round trip. The server runs
 * them in order, inside the transaction. The promise is returned for the caller to await once the
 * work is done or has failed: if BEGIN failed, its error is the one to report.
 */
function beginCorked(client: pg.PoolClient, begin: string, send: (text: string) => Promise<void>) {
  const stream = socketOf(client);
  stream?.cork();
  const begun = send(begin);
  if (stream) setImmediate(() => stream.uncork());
  // Awaited later by the caller; until then a failure must not count as unhandled.
  begun.catch(() => undefined);
  return begun;
}

/** What the query builder's session is made of, to make one on a pooled connection. */
type SessionParts = {
  dialect: ConstructorParameters<typeof NodePgSession>[1];
  options: ConstructorParameters<typeof NodePgSession>[3];
};

/** The client's socket, when the driver exposes it, to batch pipelined writes into one. */
function socketOf(client: pg.PoolClient): { cork(): void; uncork(): void } | undefined {
  const stream = (client as unknown as { connection?: { stream?: { cork?: unknown; uncork?: unknown } } })
    .connection?.stream;
  if (typeof stream?.cork !== 'function' || typeof stream.uncork !== 'function') return undefined;
  return stream as { cork(): void; uncork(): void };
}

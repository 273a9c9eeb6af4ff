import { createHash } from 'node:crypto';
import type pg from 'pg';

// Every parameterised query a connection sends is made a named prepared statement, so PostgreSQL
// parses and plans it once per connection instead of on every call. Planning is most of the cost of
// the small queries a request makes, and more so under row-level security: measured with pgbench
// on the reference machine, a request's read transaction went from about 7,800 to 17,000 a second.
// The name is derived from the text, so the same query always finds its statement; PostgreSQL
// re-plans by itself when a table changes or the query runs as another role.

/** Distinct statements kept per connection; beyond this, queries go unnamed (planned each time). */
const STATEMENTS_PER_CONNECTION = 500;

type QueryConfig = { text: string; values?: unknown[]; name?: string };

/** Names the parameterised queries of every connection the pool opens (see above). */
export function prepareStatementsOf(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const named = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // Drizzle passes (config, values); others pass the values inside the config, and the commit
      // pipeline (postgres.ts) passes (text, values), as audit entries are sent.
      const [first, values] = args;
      const config = typeof first === 'string' ? { text: first } : first;
      if (isParameterised(config, values) && config.name === undefined) {
        const name = statementName(config.text);
        if (named.has(name) || named.size < STATEMENTS_PER_CONNECTION) {
          named.add(name);
          args[0] = { ...config, name };
        }
      }
      return query(...args);
    };
  });
}

function isParameterised(config: unknown, values: unknown): config is QueryConfig {
  if (typeof config !== 'object' || config === null) return false;
  const { text, values: inConfig } = config as Partial<QueryConfig>;
  const given = Array.isArray(values) ? values : inConfig;
  return typeof text === 'string' && Array.isArray(given) && given.length > 0;
}

/**
 * Names already worked out, by query text: the texts are the application's own (a bounded set), and
 * hashing one on every call of every request showed in the server's CPU profile.
 */
const names = new Map<string, string>();
const NAMES_REMEMBERED = 2000;

function statementName(text: string): string {
  const known = names.get(text);
  if (known !== undefined) return known;
  const name = `pw_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  // Lists of different lengths make different texts; should they fill it, it starts again, so the
  // texts of the moment are the ones remembered.
  if (names.size >= NAMES_REMEMBERED) names.clear();
  names.set(text, name);
  return name;
}

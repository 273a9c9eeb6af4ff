import { Column, is, type Placeholder, type Query, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Tx } from './database.ts';

// A read that a hot route runs on every request, written with the query builder but built once.
//
// The builder assembles a query anew on every call: the SQL template, the selection, the placeholder
// list, then a walk over every field of every result row to find its decoder. For a small read this
// is more of the server's time than the database's answer (the CPU profile of an audited read,
// docs/benchmarks.md). A prepared read is built on first use, with named placeholders where the
// values go, and each call only fills them in and decodes the row with decoders found once.
// The query runs through the transaction's own session, so the driver, its type parsers and the
// per-connection prepared statements (prepared-statements.ts) are exactly those of any other query.

/** The part of a select the builder gives back that a prepared read needs. */
interface BuiltSelect {
  toSQL(): Query;
  readonly _: {
    readonly result: unknown[];
    readonly selectedFields: object;
    readonly config: { readonly joins?: readonly { readonly joinType: string }[] | undefined };
  };
}

/** Names a placeholder, typed by the value it stands for. */
export type Placeholders<Values> = <Name extends keyof Values & string>(
  name: Name,
) => Placeholder<Name, Values[Name]>;

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

/** One selected value: where it goes in the row object, and how to read it from the driver. */
interface Field {
  path: readonly string[];
  decoder: Decoder;
}

/**
 * Prepares a select: `build` is called once, with a builder of no session and a function naming
 * the placeholders; the function returned runs it in a transaction with the values given.
 */
export function preparedRead<Values extends Record<string, unknown>, Built extends BuiltSelect>(
  build: (builder: QueryBuilder, value: Placeholders<Values>) => Built,
): (tx: Tx, values: Values) => Promise<Built['_']['result']> {
  let prepared: { query: Query; decode: (rows: unknown[][]) => unknown[] } | undefined;
  // async, so that a read refused when it is built rejects like any failed query instead of throwing
  // before its caller's other queries are awaited.
  return async (tx, values) => {
    if (!prepared) {
      const built = build(new QueryBuilder(), (name) => sql.placeholder(name));
      const outer = built._.config.joins?.find(({ joinType }) => joinType !== 'inner');
      // The builder turns the columns of an outer join that found nothing into one null; this
      // decoder does not, so such a read is refused rather than answered with objects of nulls.
      if (outer) throw new TypeError(`a prepared read takes inner joins only, not a ${outer.joinType} join`);
      prepared = { query: built.toSQL(), decode: rowDecoder(fieldsOf(built._.selectedFields)) };
    }
    const { query, decode } = prepared;
    return tx._.session.prepareQuery(query, undefined, undefined, true, decode).execute(values) as Promise<
      Built['_']['result']
    >;
  };
}

/** The selection's values in the order the query returns them (the builder's own order). */
function fieldsOf(selection: object, path: readonly string[] = []): Field[] {
  return Object.entries(selection).flatMap(([name, field]): Field[] => {
    const at = [...path, name];
    if (is(field, Column)) return [{ path: at, decoder: field }];
    // Only plain objects nest. SQL expressions, whole tables and subqueries are not decoded here
    // (none of the prepared reads needs them yet): they are refused when the read is built, not
    // answered wrong.
    if (typeof field === 'object' && field !== null && Object.getPrototypeOf(field) === Object.prototype)
      return fieldsOf(field, at);
    throw new TypeError(
      `a prepared read selects columns or plain objects of them; "${at.join('.')}" is none`,
    );
  });
}

function rowDecoder(fields: readonly Field[]): (rows: unknown[][]) => unknown[] {
  const placed = fields.map(({ path, decoder }) => ({
    parents: path.slice(0, -1),
    key: path.at(-1) ?? '',
    decoder,
  }));
  const decodeRow = (row: unknown[]) => {
    const result: Record<string, unknown> = {};
    placed.forEach(({ parents, key, decoder }, index) => {
      let node = result;
      for (const part of parents) {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
      const raw = row[index];
      node[key] = raw === null ? null : decoder.mapFromDriverValue(raw);
    });
    return result;
  };
  return (rows) => rows.map(decodeRow);
}

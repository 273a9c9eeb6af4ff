import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { signInAttempts } from '../schema.ts';

// Failed sign-ins are counted per account (the username as typed, whether or not it exists, so
// that a 429 says nothing about existence) and per address, in the database so that every process
// sees the same counts. A success clears the account's count, not the address's.

export interface ThrottleLimits {
  accountFailures: number;
  addressFailures: number;
  windowMinutes: number;
}

export interface ThrottleKeys {
  accountKey: string;
  addressKey: string;
}

const sha256 = (purpose: string, value: string) =>
  createHash('sha256').update(purpose).update('\0').update(value).digest('hex');

export function throttleKeys(username: string, address: string): ThrottleKeys {
  return { accountKey: sha256('account', username), addressKey: sha256('address', address) };
}

/**
 * Seconds until the account and the address may try again, or 0 when neither is over its limit.
 * A key is over when `limit` failures fall in the window; it frees when the limit-th newest leaves it.
 */
export async function secondsUntilAllowed(
  tx: Tx,
  keys: ThrottleKeys,
  limits: ThrottleLimits,
): Promise<number> {
  const window = sql`(now() - make_interval(mins => ${limits.windowMinutes}::int))`;
  const [row] = await queryRows<{ account: number | null; address: number | null }>(
    tx,
    sql`with account as (
          select attempted_at from sign_in_attempts
           where account_key = ${keys.accountKey} and not succeeded and attempted_at > ${window}
             and attempted_at > coalesce(
               (select max(attempted_at) from sign_in_attempts where account_key = ${keys.accountKey} and succeeded),
               '-infinity')
           order by attempted_at desc offset ${limits.accountFailures - 1}::int limit 1
        ), address as (
          select attempted_at from sign_in_attempts
           where address_key = ${keys.addressKey} and not succeeded and attempted_at > ${window}
           order by attempted_at desc offset ${limits.addressFailures - 1}::int limit 1
        )
        select
          (select ceil(extract(epoch from attempted_at - ${window}))::int from account) as account,
          (select ceil(extract(epoch from attempted_at - ${window}))::int from address) as address`,
  );
  return Math.max(row?.account ?? 0, row?.address ?? 0, 0);
}

/**
 * Serialises sign-in decisions for one account and one address until the transaction ends, so that
 * concurrent attempts cannot all pass a count taken before any of them was recorded. Always in the
 * same order (account, then address), so two attempts never wait on each other in a cycle.
 */
export async function lockThrottleKeys(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`account:${keys.accountKey}`}, 0))`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`address:${keys.addressKey}`}, 0))`);
}

export async function recordAttempt(tx: Tx, keys: ThrottleKeys, succeeded: boolean): Promise<void> {
  await tx.insert(signInAttempts).values({ id: uuidv7(), ...keys, succeeded });
}

import { randomFillSync } from 'node:crypto';

/**
 * Random bytes drawn from the system's generator 4 KiB at a time: one call per 256 ids instead of
 * one per id, which showed in profiles of busy requests (every audit entry has an id).
 */
const RANDOM_POOL = Buffer.alloc(4096);
let randomOffset = RANDOM_POOL.length;

function randomBytesFromPool(count: number): Buffer {
  if (randomOffset + count > RANDOM_POOL.length) {
    randomFillSync(RANDOM_POOL);
    randomOffset = 0;
  }
  // A copy: the pool is refilled in place.
  const bytes = Buffer.from(RANDOM_POOL.subarray(randomOffset, randomOffset + count));
  randomOffset += count;
  return bytes;
}

/** The last time and counter this process put in an id, so that ids it makes never go backwards. */
let lastMillis = 0;
let counter = 0;
/** rand_a holds 12 bits; a new millisecond starts the counter in the lower half, leaving room to count. */
const COUNTER_MAX = 0xfff;
const COUNTER_START_RANGE = 0x800;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, 12 bits of counter, then random bits.
 * Time-ordered ids keep B-tree inserts local and let lists page by id; PostgreSQL 15 has no
 * generator of its own.
 *
 * Ids made now (no `at`) are also ordered within a millisecond (RFC 9562 §6.2, method 1): lists
 * ordered by a transaction's one `now()` and then by id come out in the order the rows were made.
 * When the counter runs out, or the clock steps back, the time is carried forward instead. An id
 * for a given moment (`at`, for demo data and fixtures) carries that moment and a random counter.
 */
export function uuidv7(at?: number): string {
  let millis: number;
  let sequence: number;
  if (at !== undefined) {
    millis = at;
    sequence = randomBytesFromPool(2).readUInt16BE(0) & COUNTER_MAX;
  } else {
    const now = Date.now();
    if (now > lastMillis) {
      lastMillis = now;
      counter = randomBytesFromPool(2).readUInt16BE(0) % COUNTER_START_RANGE;
    } else if (counter < COUNTER_MAX) {
      counter += 1;
    } else {
      lastMillis += 1;
      counter = 0;
    }
    millis = lastMillis;
    sequence = counter;
  }
  const bytes = randomBytesFromPool(16);
  bytes.writeUIntBE(millis, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

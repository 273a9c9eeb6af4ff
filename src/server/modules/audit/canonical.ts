import { createHash } from 'node:crypto';

// The exact bytes an entry's hash covers. The writer and the verifier both go through this file,
// and docs/audit.md describes it precisely enough for an auditor to recompute a hash without
// Pathways: the canonical form is the entry as a JSON object in the JSON Canonicalization Scheme
// (RFC 8785), and the hash is SHA-256 over the previous hash followed by that form.

/** The previous hash of a chain's first entry: "no entry before this one". */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An entry as stored: every column of `audit_events` except its own hash. */
export interface AuditEntry {
  id: string;
  tenantId: string;
  seq: number;
  /** ISO-8601 in UTC with exactly three fractional digits, e.g. 2026-03-01T09:30:00.000Z. */
  occurredAt: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
  purpose: string | null;
  breakGlass: boolean;
  outcome: string;
  requestId: string | null;
  address: string | null;
  details: { [key: string]: JsonValue };
  previousHash: string;
}

export class CanonicalFormError extends Error {
  override name = 'CanonicalFormError';
}

/**
 * RFC 8785 for the values an entry holds: object keys sorted by UTF-16 code units (what
 * `Array.prototype.sort` does), no whitespace, strings and numbers as ECMAScript's JSON.stringify
 * writes them. Sorting here, not trusting the database, matters: jsonb reorders keys.
 */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as JsonValue)}`);
    return `{${members.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new CanonicalFormError(`${value} has no JSON form`);
  }
  return JSON.stringify(value);
}

/** The entry's columns by their database names: what its hash covers, and what is stored. */
export function entryColumns(entry: AuditEntry) {
  return {
    id: entry.id,
    tenant_id: entry.tenantId,
    seq: entry.seq,
    occurred_at: entry.occurredAt,
    actor_user_id: entry.actorUserId,
    actor_organisation_id: entry.actorOrganisationId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    person_id: entry.personId,
    purpose: entry.purpose,
    break_glass: entry.breakGlass,
    outcome: entry.outcome,
    request_id: entry.requestId,
    address: entry.address,
    details: entry.details,
    previous_hash: entry.previousHash,
  };
}

/** The entry as the JSON object its hash covers, keyed by column name. */
export function canonicalForm(entry: AuditEntry): string {
  return canonicalJson(entryColumns(entry));
}

/** SHA-256, hex, over the UTF-8 bytes of the previous hash followed by the canonical form. */
export function entryHash(entry: AuditEntry): string {
  return createHash('sha256')
    .update(entry.previousHash + canonicalForm(entry), 'utf8')
    .digest('hex');
}

/**
 * The columns the database fills in when an entry joins its tenant's chain, at commit (migration
 * 0005): when it happened, the hash it follows, and its place. In the canonical form's key order.
 */
export const CHAIN_SLOTS = ['occurred_at', 'previous_hash', 'seq'] as const;

/** An entry before it has joined its chain: everything but the chain slots. */
export type UnchainedEntry = Omit<AuditEntry, 'seq' | 'occurredAt' | 'previousHash'>;

/**
 * The canonical form of an entry cut at its chain slots: four texts such that
 *   parts[0] + occurred_at + parts[1] + previous_hash + parts[2] + seq + parts[3]
 * is exactly `canonicalForm` of the chained entry (the strings' quotes are in the parts). The
 * database, which alone knows the slots' values once the chain head is locked, fills them in and
 * hashes the result; nothing about JSON has to be written twice, in TypeScript and in SQL.
 */
export function canonicalParts(entry: UnchainedEntry): [string, string, string, string] {
  const columns: Record<string, JsonValue> = entryColumns({
    ...entry,
    seq: 0,
    occurredAt: '',
    previousHash: '',
  });
  const parts: string[] = [];
  let current = '{';
  const slots: string[] = [];
  Object.keys(columns)
    .sort()
    .forEach((key, index) => {
      if (index > 0) current += ',';
      current += `${JSON.stringify(key)}:`;
      const slot = CHAIN_SLOTS.find((name) => name === key);
      if (!slot) {
        current += canonicalJson(columns[key] as JsonValue);
        return;
      }
      // seq is a JSON number; the others are JSON strings whose quotes stay in the parts.
      const quote = slot === 'seq' ? '' : '"';
      parts.push(current + quote);
      slots.push(slot);
      current = quote;
    });
  parts.push(`${current}}`);
  if (slots.join() !== CHAIN_SLOTS.join()) throw new Error(`chain slots out of order: ${slots.join()}`);
  const [first = '', second = '', third = '', fourth = ''] = parts;
  return [first, second, third, fourth];
}

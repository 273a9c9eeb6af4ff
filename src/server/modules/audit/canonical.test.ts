import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  CanonicalFormError,
  canonicalForm,
  canonicalJson,
  entryHash,
  GENESIS_HASH,
} from './canonical.ts';

// The canonical form is a published format (docs/audit.md): an auditor recomputes hashes from it
// with their own tools, so these values must never change without a new format version.
const GOLDEN_ENTRY: AuditEntry = {
  id: '01950000-0000-7000-8000-000000000001',
  tenantId: '01940000-0000-7000-8000-00000000000a',
  seq: 1,
  occurredAt: '2026-03-01T09:30:00.250Z',
  actorUserId: '01940000-0000-7000-8000-0000000000a1',
  actorOrganisationId: null,
  action: 'record.break_glass',
  subjectType: 'case',
  subjectId: 'CASE-2026-000123',
  personId: '01940000-0000-7000-8000-0000000000b2',
  purpose: 'Urgence médicale — دخول طارئ',
  breakGlass: true,
  outcome: 'allowed',
  requestId: 'req-42',
  address: '2001:db8::1',
  details: { zeta: 1.5, alpha: 'a"b\\c\n', Beta: null, count: 1e21, ok: true },
  previousHash: GENESIS_HASH,
};

const GOLDEN_FORM =
  '{"action":"record.break_glass","actor_organisation_id":null,' +
  '"actor_user_id":"01940000-0000-7000-8000-0000000000a1","address":"2001:db8::1","break_glass":true,' +
  '"details":{"Beta":null,"alpha":"a\\"b\\\\c\\n","count":1e+21,"ok":true,"zeta":1.5},' +
  '"id":"01950000-0000-7000-8000-000000000001","occurred_at":"2026-03-01T09:30:00.250Z",' +
  '"outcome":"allowed","person_id":"01940000-0000-7000-8000-0000000000b2",' +
  '"previous_hash":"0000000000000000000000000000000000000000000000000000000000000000",' +
  '"purpose":"Urgence médicale — دخول طارئ","request_id":"req-42","seq":1,' +
  '"subject_id":"CASE-2026-000123","subject_type":"case","tenant_id":"01940000-0000-7000-8000-00000000000a"}';

// Checked independently: printf '%s%s' "$previous_hash" "$canonical_form" | sha256sum
const GOLDEN_HASH = '8032cffcbcdad8c34e1f25899da1237a9d9d92fd2515ff923aebaa5542ae4059';

describe('the canonical form of an audit entry', () => {
  it('is the entry as RFC 8785 JSON keyed by column name, and hashes to the published value', () => {
    expect(canonicalForm(GOLDEN_ENTRY)).toBe(GOLDEN_FORM);
    expect(entryHash(GOLDEN_ENTRY)).toBe(GOLDEN_HASH);
  });

  it('does not depend on the order in which details were written', () => {
    const reordered = {
      ...GOLDEN_ENTRY,
      details: { ok: true, count: 1e21, Beta: null, alpha: 'a"b\\c\n', zeta: 1.5 },
    };
    expect(entryHash(reordered)).toBe(GOLDEN_HASH);
  });

  it('changes with every column, including the link to the previous entry', () => {
    const variants: Partial<AuditEntry>[] = [
      { seq: 2 },
      { occurredAt: '2026-03-01T09:30:00.251Z' },
      { actorOrganisationId: '01940000-0000-7000-8000-0000000000c3' },
      { purpose: 'Urgence medicale — دخول طارئ' },
      { breakGlass: false },
      { outcome: 'denied' },
      { details: { ...GOLDEN_ENTRY.details, ok: false } },
      { previousHash: 'f'.repeat(64) },
      { address: null },
    ];
    for (const variant of variants) expect(entryHash({ ...GOLDEN_ENTRY, ...variant })).not.toBe(GOLDEN_HASH);
  });

  it('sorts keys by UTF-16 code units at every depth and writes numbers as ECMAScript does', () => {
    expect(
      canonicalJson({ b: [{ z: 1, a: 2 }], a: { d: 1, c: 2 }, é: 1, Z: 0, '\u{1F600}': 1, '\uFB01': 2 }),
    ).toBe('{"Z":0,"a":{"c":2,"d":1},"b":[{"a":2,"z":1}],"é":1,"\u{1F600}":1,"\uFB01":2}');
    expect(canonicalJson([0.1, -0, 1e-7, 2 ** 60, 100])).toBe('[0.1,0,1e-7,1152921504606847000,100]');
  });

  it('refuses numbers JSON cannot hold instead of writing null for them', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(CanonicalFormError);
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(CanonicalFormError);
  });
});

-- Audit entries join their tenant's chain at commit, inside the database.
--
-- Until now the writer locked the tenant's chain head, computed the entry's hash in the application
-- and inserted it, so the head stayed locked across every round trip between the application and
-- the database until the commit. Under load, one tenant's audited requests went one at a time at
-- the pace of those round trips (about 200 a second).
--
-- Now the writer builds everything of the entry but its place in the chain, with its canonical
-- form cut where the chain's values go (canonicalParts in src/server/modules/audit/canonical.ts),
-- and calls audit_append as the transaction's very last statement, sent together with COMMIT in
-- one round trip (runAtCommit in src/server/platform/db/database.ts). audit_append locks the head,
-- fills in the time, previous hash and place, hashes, and inserts the entry (whose trigger moves
-- the head on, as before). The head is locked from there to the end of the commit, with no round
-- trip to the application in between. The hash is the same SHA-256 over the same bytes as before:
-- the verifier does not change.
--
-- The commit of a transaction that chained an entry does not wait for the disk flush while it
-- holds the head (synchronous_commit off, for that transaction only); the application then makes
-- the work durable with a synchronous commit of its own before it answers (flushAfterCommit in
-- database.ts), which flushes the log up to and past the audited commit. Every entry is on disk
-- before its request is answered, as before, and writers no longer queue behind one disk flush each.

create function audit_append(
  p_id uuid,
  p_tenant_id uuid,
  p_actor_user_id uuid,
  p_actor_organisation_id uuid,
  p_action text,
  p_subject_type text,
  p_subject_id text,
  p_person_id uuid,
  p_purpose text,
  p_break_glass boolean,
  p_outcome text,
  p_request_id text,
  p_address text,
  p_details jsonb,
  -- The canonical form around the occurred_at, previous_hash and seq values, in that order.
  p_canonical_parts text[]
) returns void
  language plpgsql
  as $$
declare
  head_seq bigint;
  head_hash text;
  occurred timestamptz;
  canonical text;
begin
  if array_length(p_canonical_parts, 1) is distinct from 4 then
    raise exception 'audit_append needs the canonical form in four parts';
  end if;
  insert into audit_chain_heads (tenant_id, last_seq, last_hash)
    values (p_tenant_id, 0, repeat('0', 64))
    on conflict (tenant_id) do nothing;
  select last_seq, last_hash into head_seq, head_hash
    from audit_chain_heads where tenant_id = p_tenant_id for update;
  -- Read after the lock, so that the chain's order is also the order of its times.
  occurred := date_trunc('milliseconds', clock_timestamp());
  canonical := p_canonical_parts[1]
    || to_char(occurred at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || p_canonical_parts[2] || head_hash
    || p_canonical_parts[3] || (head_seq + 1)::text
    || p_canonical_parts[4];

  insert into audit_events (id, tenant_id, seq, occurred_at, actor_user_id, actor_organisation_id,
      action, subject_type, subject_id, person_id, purpose, break_glass, outcome, request_id, address,
      details, previous_hash, hash)
    values (p_id, p_tenant_id, head_seq + 1, occurred, p_actor_user_id, p_actor_organisation_id,
      p_action, p_subject_type, p_subject_id, p_person_id, p_purpose, p_break_glass, p_outcome,
      p_request_id, p_address, p_details, head_hash,
      encode(sha256(convert_to(head_hash || canonical, 'UTF8')), 'hex'));
  -- See the header: the application flushes after this commit, before it answers.
  perform set_config('synchronous_commit', 'off', true);
end
$$;

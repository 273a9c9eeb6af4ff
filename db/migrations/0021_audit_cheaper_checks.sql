-- The audit trail's format checks without bounded repetitions, and the chain head locked first.
--
-- `perf` on the database during audited reads showed a twelfth of its time in the regular
-- expression engine. A bounded repetition such as `^[0-9a-f]{64}$` is expanded into one state per
-- count: it costs about 6 µs for one 64-character hash here, and each audit entry tested four
-- (its previous hash and hash, and the chain head's hash when audit_append tried to insert the head
-- and again when the entry moved it on). The same conditions are written here as a length and a
-- class with no repetition count, which PostgreSQL tests in a twentieth of the time: "64
-- characters, none outside 0-9a-f" holds exactly when `^[0-9a-f]{64}$` matches.
--
-- audit_append also tried to insert its tenant's chain head on every call (INSERT … ON CONFLICT
-- DO NOTHING), which ran the head's checks and probed its key each time, only to find it there. It
-- now locks the head first, and creates it only when there is none yet.

create or replace function audit_entry_well_formed(
  p_seq bigint,
  p_occurred_at timestamptz,
  p_action text,
  p_subject_type text,
  p_subject_id text,
  p_purpose text,
  p_outcome text,
  p_request_id text,
  p_address text,
  p_details jsonb,
  p_previous_hash text,
  p_hash text
) returns boolean
  language plpgsql
  immutable
  as $$
begin
  -- The conditions of 0002 and 0020; a column that may be null passes when it is, as a CHECK
  -- constraint's null result did.
  return p_seq > 0
    -- Whole milliseconds, so that the canonical form (ISO-8601 with milliseconds) holds all of it.
    and p_occurred_at at time zone 'UTC' = date_trunc('milliseconds', p_occurred_at at time zone 'UTC')
    and p_action ~ '^[a-z][a-z_]*\.[a-z][a-z_]*$'
    -- ^[a-z][a-z0-9_]{0,63}$
    and (p_subject_type is null or (length(p_subject_type) <= 64 and p_subject_type ~ '^[a-z][a-z0-9_]*$'))
    and (p_subject_id is null or length(p_subject_id) between 1 and 200)
    and (p_purpose is null or length(p_purpose) between 1 and 1000)
    and p_outcome in ('allowed', 'denied')
    and (p_request_id is null or length(p_request_id) between 1 and 200)
    and (p_address is null or length(p_address) between 1 and 100)
    and jsonb_typeof(p_details) = 'object'
    -- ^[0-9a-f]{64}$, twice
    and length(p_previous_hash) = 64 and p_previous_hash !~ '[^0-9a-f]'
    and length(p_hash) = 64 and p_hash !~ '[^0-9a-f]';
end
$$;

alter table audit_chain_heads
  drop constraint audit_chain_heads_last_hash_check,
  -- ^[0-9a-f]{64}$; checked against the heads already there (one row per tenant).
  add constraint audit_chain_heads_last_hash_check check (length(last_hash) = 64 and last_hash !~ '[^0-9a-f]');

create or replace function audit_append(
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
  select last_seq, last_hash into head_seq, head_hash
    from audit_chain_heads where tenant_id = p_tenant_id for update;
  if not found then
    -- The tenant's first entry. Two first writers may race here: one inserts, the other finds the
    -- row and waits for its lock below.
    insert into audit_chain_heads (tenant_id, last_seq, last_hash)
      values (p_tenant_id, 0, repeat('0', 64))
      on conflict (tenant_id) do nothing;
    select last_seq, last_hash into head_seq, head_hash
      from audit_chain_heads where tenant_id = p_tenant_id for update;
  end if;
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
  -- The application flushes after this commit, before it answers (0005).
  perform set_config('synchronous_commit', 'off', true);
end
$$;

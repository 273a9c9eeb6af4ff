-- Audit entries join their tenant's chain at commit, inside the database.
--
-- Until now the writer locked the tenant's chain head, computed the entry's hash in the application
-- and inserted it, so the head stayed locked across every round trip between the application and
-- the database until the commit. Under load, one tenant's audited requests went one at a time at
-- the pace of those round trips (about 200 a second).
--
-- Now the writer adds the entry to audit_pending, with its canonical form cut where the chain's
-- values go (canonicalParts in src/server/modules/audit/canonical.ts). A deferred trigger, fired
-- by COMMIT itself, locks the head, fills in the time, previous hash and place, hashes, moves the
-- entry into audit_events (whose own trigger moves the head on, as before) and removes the pending
-- row. The head is locked for microseconds, with no round trip inside. The hash is the same
-- SHA-256 over the same bytes as before: the verifier does not change.
--
-- The commit of a transaction that chained an entry does not wait for the disk flush while it
-- holds the head (synchronous_commit off, for that transaction only); the application then makes
-- the work durable with a synchronous commit of its own before it answers (database.ts), which
-- flushes the log up to and past the audited commit. Every entry is on disk before its request is
-- answered, as before, and writers no longer queue behind one disk flush each.

create table audit_pending (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  actor_user_id uuid,
  actor_organisation_id uuid,
  action text not null,
  subject_type text,
  subject_id text,
  person_id uuid,
  purpose text,
  break_glass boolean not null,
  outcome text not null,
  request_id text,
  address text,
  details jsonb not null,
  -- The canonical form around the occurred_at, previous_hash and seq values, in that order.
  canonical_parts text[] not null check (array_length(canonical_parts, 1) = 4)
);

alter table audit_pending enable row level security;
alter table audit_pending force row level security;
create policy audit_pending_tenant_isolation on audit_pending
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- DELETE only so the chaining trigger, running as the writer, can remove the row it has chained.
grant select, insert, delete on audit_pending to pathways_app;

create function audit_chain_pending() returns trigger
  language plpgsql
  as $$
declare
  head_seq bigint;
  head_hash text;
  occurred timestamptz;
  occurred_text text;
  canonical text;
  entry_hash text;
begin
  insert into audit_chain_heads (tenant_id, last_seq, last_hash)
    values (new.tenant_id, 0, repeat('0', 64))
    on conflict (tenant_id) do nothing;
  select last_seq, last_hash into head_seq, head_hash
    from audit_chain_heads where tenant_id = new.tenant_id for update;
  -- Read after the lock, so that the chain's order is also the order of its times.
  occurred := date_trunc('milliseconds', clock_timestamp());
  occurred_text := to_char(occurred at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  canonical := new.canonical_parts[1] || occurred_text || new.canonical_parts[2] || head_hash
    || new.canonical_parts[3] || (head_seq + 1)::text || new.canonical_parts[4];
  entry_hash := encode(sha256(convert_to(head_hash || canonical, 'UTF8')), 'hex');

  insert into audit_events (id, tenant_id, seq, occurred_at, actor_user_id, actor_organisation_id,
      action, subject_type, subject_id, person_id, purpose, break_glass, outcome, request_id, address,
      details, previous_hash, hash)
    values (new.id, new.tenant_id, head_seq + 1, occurred, new.actor_user_id, new.actor_organisation_id,
      new.action, new.subject_type, new.subject_id, new.person_id, new.purpose, new.break_glass,
      new.outcome, new.request_id, new.address, new.details, head_hash, entry_hash);
  delete from audit_pending where id = new.id;
  -- See the header: the application flushes after this commit, before it answers.
  perform set_config('synchronous_commit', 'off', true);
  return null;
end
$$;

create constraint trigger audit_pending_join_chain
  after insert on audit_pending
  deferrable initially deferred
  for each row execute function audit_chain_pending();

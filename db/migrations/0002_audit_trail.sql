-- Audit trail: one append-only, hash-chained table for all tenants, and one chain head per tenant.
--
-- The hashes are computed by the application (src/server/modules/audit/canonical.ts, described in
-- docs/audit.md); the database keeps the rows it is given and refuses to change them. No column
-- has a default: every value that goes into an entry's hash must come from the writer, or the
-- verifier could not recompute it.

create table audit_events (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  seq bigint not null check (seq > 0),
  -- Whole milliseconds, so that the canonical form (ISO-8601 with milliseconds) holds all of it.
  occurred_at timestamptz not null
    check (occurred_at at time zone 'UTC' = date_trunc('milliseconds', occurred_at at time zone 'UTC')),
  actor_user_id uuid,
  actor_organisation_id uuid,
  action text not null check (action ~ '^[a-z][a-z_]*\.[a-z][a-z_]*$'),
  subject_type text check (subject_type ~ '^[a-z][a-z0-9_]{0,63}$'),
  subject_id text check (length(subject_id) between 1 and 200),
  person_id uuid,
  purpose text check (length(purpose) between 1 and 1000),
  break_glass boolean not null,
  outcome text not null check (outcome in ('allowed', 'denied')),
  request_id text check (length(request_id) between 1 and 200),
  address text check (length(address) between 1 and 100),
  details jsonb not null check (jsonb_typeof(details) = 'object'),
  previous_hash text not null check (previous_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  unique (tenant_id, seq)
);

-- The searches oversight runs, each within one tenant, newest first or by period.
create index audit_events_person_idx on audit_events (tenant_id, person_id, occurred_at)
  where person_id is not null;
create index audit_events_actor_idx on audit_events (tenant_id, actor_user_id, occurred_at)
  where actor_user_id is not null;
create index audit_events_organisation_idx on audit_events (tenant_id, actor_organisation_id, occurred_at)
  where actor_organisation_id is not null;
create index audit_events_action_idx on audit_events (tenant_id, action, occurred_at);
create index audit_events_time_idx on audit_events (tenant_id, occurred_at);
create index audit_events_break_glass_idx on audit_events (tenant_id, occurred_at) where break_glass;

-- The last entry of each tenant's chain. Writers lock this row for the rest of their transaction,
-- so entries join the chain one at a time, in commit order; the verifier compares it with the
-- last entry to notice entries deleted from the end.
create table audit_chain_heads (
  tenant_id uuid primary key references tenants (id),
  last_seq bigint not null check (last_seq >= 0),
  last_hash text not null check (last_hash ~ '^[0-9a-f]{64}$')
);

alter table audit_events enable row level security;
alter table audit_events force row level security;
create policy audit_events_tenant_isolation on audit_events
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- No UPDATE, DELETE or TRUNCATE: the application can only add to the trail and read it.
grant select, insert on audit_events to pathways_app;

alter table audit_chain_heads enable row level security;
alter table audit_chain_heads force row level security;
create policy audit_chain_heads_tenant_isolation on audit_chain_heads
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- UPDATE because taking the row lock (and advancing the head, below) is an update.
grant select, insert, update on audit_chain_heads to pathways_app;

-- Privileges stop the application role; this stops the owner too. Only a superuser who disables
-- the trigger gets past it, and that is what verification is for.
create function audit_refuse_change() returns trigger
  language plpgsql
  as $$
begin
  raise exception 'the audit trail is append-only: % on % is refused', tg_op, tg_table_name
    using hint = 'Audit entries are never changed or removed; record a new event instead.';
end
$$;

create trigger audit_events_append_only
  before update or delete or truncate on audit_events
  for each statement execute function audit_refuse_change();

create trigger audit_chain_heads_keep
  before delete or truncate on audit_chain_heads
  for each statement execute function audit_refuse_change();

-- Each new entry must extend its tenant's chain exactly where the head says it ends, and moves the
-- head on. So no two entries can follow the same one (no fork), whatever the writer does; the
-- writer's lock on the head only makes a concurrent writer wait instead of fail.
create function audit_extend_chain() returns trigger
  language plpgsql
  as $$
begin
  update audit_chain_heads
     set last_seq = new.seq, last_hash = new.hash
   where tenant_id = new.tenant_id and last_seq = new.seq - 1 and last_hash = new.previous_hash;
  if not found then
    raise exception 'audit entry % (seq %) does not extend the chain of its tenant', new.id, new.seq
      using hint = 'Record audit events through recordAudit, which locks the chain head first.';
  end if;
  return null;
end
$$;

create trigger audit_events_extend_chain
  after insert on audit_events
  for each row execute function audit_extend_chain();

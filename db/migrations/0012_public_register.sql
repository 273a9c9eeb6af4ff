-- The public register of accredited organisations (issue 4, item 7).
--
-- The prison service decides whether the register of the organisations it has accredited may be
-- read by anyone, without signing in. One row per tenant says whether it is, and who last changed
-- it, when; a tenant without a row has not published (the default is private). Every change is also
-- in the audit trail (`registry.publication_changed`, with before and after), which is the history:
-- no separate history table is kept.
--
-- The public route reads this row and the registry's tables in a read-only transaction scoped to the
-- tenant the address names, under the same row-level security as every request.

create table registry_publication (
  tenant_id uuid primary key references tenants (id),
  is_public boolean not null default false,
  changed_by uuid,
  changed_at timestamptz not null default now(),
  foreign key (tenant_id, changed_by) references users (tenant_id, id)
);

alter table registry_publication enable row level security;
alter table registry_publication force row level security;
create policy registry_publication_tenant_isolation on registry_publication
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- Published or withdrawn, never removed: a row, once there, is only ever updated.
grant select, insert, update on registry_publication to pathways_app;

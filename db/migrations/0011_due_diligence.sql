-- Due diligence on a civil society organisation before it is accredited (issue 4, item 2): five
-- checks, each recorded with what was looked at (the evidence), the day it was done and who did it.
-- A history like the accreditation decisions: a check is never changed, a new look is a new row, and
-- the latest row of each kind (by the day checked, then when it was recorded) is what holds. The
-- accreditation decision of a service provider requires the latest of all five to be satisfied
-- (src/server/modules/registry/accreditation/record-decision.ts).
--
-- The kinds and results are the ones of src/contracts/registry-review.ts; the CHECKs repeat them.
-- The evidence may name a hit on a sanctions list: it is `security` class, never shown to civil
-- society (src/server/modules/registry/due-diligence/sensitivity.ts).

create table due_diligence_checks (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  check_kind text not null check (check_kind in ('registration_verified', 'references_checked',
    'human_rights_commitment', 'funding_declared', 'sanctions_screened')),
  result text not null check (result in ('satisfied', 'not_satisfied')),
  evidence text not null check (length(evidence) between 1 and 2000),
  checked_on date not null,
  checked_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  foreign key (tenant_id, checked_by) references users (tenant_id, id)
);
-- The latest check of each kind of one organisation.
create index due_diligence_checks_latest_idx
  on due_diligence_checks (tenant_id, organisation_id, check_kind, checked_on desc, recorded_at desc);

alter table due_diligence_checks enable row level security;
alter table due_diligence_checks force row level security;
create policy due_diligence_checks_tenant_isolation on due_diligence_checks
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on due_diligence_checks to pathways_app;

-- A history: added to, never changed.
create trigger due_diligence_checks_append_only before update or delete or truncate
  on due_diligence_checks
  for each statement execute function registry_refuse_change();

-- Identity: organisations, users, their roles and scopes, sessions, and sign-in throttling.
--
-- Every tenant-owned table below has row-level security enabled and forced, with the one tenant
-- policy of 0001. Composite foreign keys (tenant_id, …_id) make a row point only at rows of its own
-- tenant, whoever writes it. pathways_app gets only the statements the application needs: nothing
-- here is deleted by a request except a role assignment (a role taken away).
--
-- Two lookups must work before a tenant is known, and neither opens a tenant-owned table:
--   * sign-in resolves a username (unique across the installation) through login_names, a narrow
--     directory of (username, tenant, user) that anyone may read and only the tenant may write;
--   * a session cookie carries its tenant's id in clear beside the secret part, so the session is
--     looked up by its token hash inside that tenant's transaction, under row-level security.
-- docs/security.md explains why both are safe.

create table organisations (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  kind text not null
    check (kind in ('prison_service', 'probation_service', 'civil_society', 'oversight_body', 'operator')),
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, name)
);

alter table organisations enable row level security;
alter table organisations force row level security;
create policy organisations_tenant_isolation on organisations
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on organisations to pathways_app;

-- A facility belongs to its tenant's prison service. Existing rows may still lack one.
alter table facilities add constraint facilities_tenant_id_id_key unique (tenant_id, id);
alter table facilities add column organisation_id uuid;
alter table facilities add constraint facilities_organisation_fkey
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id);
create index facilities_organisation_idx on facilities (organisation_id);

create table users (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  -- Lower case, so that "Admin" and "admin" are one name; unique across the installation (login_names).
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{0,62}[a-z0-9]$'),
  display_name text not null check (length(display_name) between 1 and 200),
  -- Argon2id in PHC form; null until the user has set a password (an invitation, later).
  password_hash text check (password_hash like '$argon2id$%'),
  active boolean not null default true,
  -- Reserved for TOTP: the secret encrypted with the installation key, and when enrolment finished.
  totp_secret_encrypted text,
  mfa_enrolled_at timestamptz,
  created_at timestamptz not null default now(),
  deactivated_at timestamptz,
  check (active = (deactivated_at is null)),
  check ((mfa_enrolled_at is null) or (totp_secret_encrypted is not null)),
  unique (tenant_id, id),
  unique (tenant_id, username),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id)
);
create index users_organisation_idx on users (tenant_id, organisation_id);

alter table users enable row level security;
alter table users force row level security;
create policy users_tenant_isolation on users
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on users to pathways_app;

-- The sign-in directory: which tenant and user a username belongs to, and nothing else. Readable
-- by every transaction (sign-in happens before a tenant is known); written only by the tenant of
-- the row, and only through the trigger on users, so it always mirrors users.username.
create table login_names (
  username text primary key,
  tenant_id uuid not null,
  user_id uuid not null unique,
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);

alter table login_names enable row level security;
alter table login_names force row level security;
create policy login_names_readable on login_names for select using (true);
create policy login_names_tenant_writes on login_names for insert
  with check (tenant_id = app_current_tenant());
create policy login_names_tenant_updates on login_names for update
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on login_names to pathways_app;

-- Runs as the caller (not SECURITY DEFINER): the row-level security above applies to it too.
create function users_mirror_login_name() returns trigger
  language plpgsql
  set search_path = pg_catalog, public
  as $$
begin
  if tg_op = 'INSERT' then
    insert into login_names (username, tenant_id, user_id) values (new.username, new.tenant_id, new.id);
  elsif new.username is distinct from old.username then
    update login_names set username = new.username where user_id = new.id;
  end if;
  return null;
end
$$;
create trigger users_login_name
  after insert or update of username on users
  for each row execute function users_mirror_login_name();

create table role_assignments (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  user_id uuid not null,
  role text not null check (role in (
    'director', 'security_officer', 'gate_officer', 'case_manager',
    'cso_coordinator', 'cso_practitioner', 'community_partner',
    'probation_officer', 'oversight_monitor', 'knowledge_editor', 'analyst', 'administrator'
  )),
  scope text not null check (scope in ('facility', 'organisation', 'tenant')),
  facility_id uuid,
  organisation_id uuid,
  created_at timestamptz not null default now(),
  -- Each role has one kind of scope, and a scope names exactly what it needs.
  check (
    (role in ('director', 'security_officer', 'gate_officer', 'case_manager')
      and scope = 'facility' and facility_id is not null and organisation_id is null)
    or (role in ('cso_coordinator', 'cso_practitioner', 'community_partner')
      and scope = 'organisation' and organisation_id is not null and facility_id is null)
    or (role in ('probation_officer', 'oversight_monitor', 'knowledge_editor', 'analyst', 'administrator')
      and scope = 'tenant' and facility_id is null and organisation_id is null)
  ),
  unique nulls not distinct (user_id, role, facility_id, organisation_id),
  foreign key (tenant_id, user_id) references users (tenant_id, id),
  foreign key (tenant_id, facility_id) references facilities (tenant_id, id),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id)
);
create index role_assignments_user_idx on role_assignments (tenant_id, user_id);

alter table role_assignments enable row level security;
alter table role_assignments force row level security;
create policy role_assignments_tenant_isolation on role_assignments
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- A role is changed by taking one away and giving another; the audit trail keeps the history.
grant select, insert, delete on role_assignments to pathways_app;

-- Server-side sessions. The cookie holds "<tenant id>.<random>"; only its SHA-256 is stored, so a
-- copy of this table opens no session. The CSRF token is derived from the cookie (never stored).
create table sessions (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  user_id uuid not null,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason in ('sign_out', 'revoked', 'sign_out_everywhere')),
  -- Reserved for TOTP: when this session's second factor was checked.
  mfa_verified_at timestamptz,
  user_agent text check (length(user_agent) <= 256),
  address text check (length(address) <= 64),
  check (expires_at > created_at),
  check ((revoked_at is null) = (revoked_reason is null)),
  foreign key (tenant_id, user_id) references users (tenant_id, id)
);
create index sessions_user_idx on sessions (tenant_id, user_id, created_at);

alter table sessions enable row level security;
alter table sessions force row level security;
create policy sessions_tenant_isolation on sessions
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on sessions to pathways_app;

-- Sign-in throttling state, shared by every process. Not tenant-owned: an address is throttled
-- across tenants, and an unknown username has no tenant. Both keys are SHA-256 hex digests, so
-- the table holds neither what people typed as a username nor their address in clear.
create table sign_in_attempts (
  id uuid primary key,
  account_key text not null check (account_key ~ '^[0-9a-f]{64}$'),
  address_key text not null check (address_key ~ '^[0-9a-f]{64}$'),
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);
create index sign_in_attempts_account_idx on sign_in_attempts (account_key, attempted_at);
create index sign_in_attempts_address_idx on sign_in_attempts (address_key, attempted_at);
grant select, insert on sign_in_attempts to pathways_app;

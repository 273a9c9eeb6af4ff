-- Tenancy: the application role, tenants, facilities and the installation record.
--
-- Every request runs in a transaction as pathways_app with app.tenant_id set locally. That role
-- owns nothing, is no superuser and cannot bypass row-level security, so the policies below hold
-- even for a query that forgets its WHERE clause. The connecting user owns the tables and runs
-- migrations; FORCE ROW LEVEL SECURITY makes the policies apply to it too (superusers excepted).

do $$
begin
  if not exists (select from pg_roles where rolname = 'pathways_app') then
    create role pathways_app nologin nosuperuser noinherit nobypassrls nocreatedb nocreaterole;
  end if;
  -- The connecting user must be a member to SET ROLE to it (a no-op for a superuser).
  execute format('grant pathways_app to %I', current_user);
end
$$;

grant usage on schema public to pathways_app;

-- The tenant of the current transaction, or null when none is set: null matches no row.
create function app_current_tenant() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The registry of tenants is not itself tenant-owned: a slug must be resolvable before a tenant
-- is chosen (at sign-in). The application role may read it; only the owner creates tenants.
create table tenants (
  id uuid primary key,
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name text not null check (length(name) between 1 and 200),
  default_language text not null default 'en' check (default_language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
grant select on tenants to pathways_app;

create table facilities (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  code text not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('men', 'women', 'juvenile', 'mixed')),
  time_zone text not null check (length(time_zone) between 1 and 64),
  capacity integer check (capacity > 0),
  created_at timestamptz not null default now(),
  unique (tenant_id, code)
);
create index facilities_tenant_idx on facilities (tenant_id);

alter table facilities enable row level security;
alter table facilities force row level security;
create policy facilities_tenant_isolation on facilities
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update, delete on facilities to pathways_app;

create table installation (
  id boolean primary key default true check (id),
  first_started_at timestamptz,
  demo_data_loaded_at timestamptz
);
insert into installation (id) values (true);
grant select on installation to pathways_app;

-- The civil society registry: what decides who may work in which prison (issue 4).
--
-- An organisation's accreditation, a practitioner's vetting, signatures and certificates are kept
-- as histories: every decision or record is a new row, never changed, so "what did we know, and
-- who decided, when" is always answerable. What holds now is the latest row. The eligibility
-- answer (src/server/modules/registry/eligibility/decide.ts) is computed from these on every
-- question, so a suspension or a revocation changes it at once: there is nothing to invalidate.
--
-- The reference lists (intervention types, access tiers, statuses, outcomes, documents) are the
-- ones of src/contracts/registry.ts; the CHECKs below repeat them.

-- History rows are never changed or removed; a correction is a new row.
create function registry_refuse_change() returns trigger
  language plpgsql
  as $$
begin
  raise exception 'the % history is append-only: % is refused', tg_table_name, tg_op
    using hint = 'Record a new decision or record instead of changing an old one.';
end
$$;

-- What the prison service knows of a civil society organisation, kept by its coordinator.
create table cso_profiles (
  organisation_id uuid primary key,
  tenant_id uuid not null references tenants (id),
  mandate text not null check (mandate in ('service_provider', 'monitoring_body')),
  legal_name text not null check (length(legal_name) between 1 and 300),
  registration_number text check (length(registration_number) between 1 and 100),
  registration_registry text check (length(registration_registry) between 1 and 200),
  country text check (country ~ '^[A-Z]{2}$'),
  updated_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  unique (tenant_id, registration_number)
);

-- Every accreditation decision; the latest is the organisation's accreditation.
create table accreditation_decisions (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  status text not null
    check (status in ('applied', 'under_review', 'accredited', 'suspended', 'revoked', 'refused')),
  valid_from date,
  valid_until date,
  -- The scope, for an accreditation: where, and what. Facility ids are checked by the application
  -- against the tenant's facilities (an array cannot carry foreign keys).
  facility_ids uuid[] not null default '{}',
  intervention_types text[] not null default '{}'
    check (intervention_types <@ array['education', 'vocational_training', 'work',
      'cognitive_behavioural_skills', 'psychosocial_counselling', 'mentoring', 'religious_dialogue',
      'creative_arts', 'sport', 'family_engagement', 'restorative_justice', 'employment_assistance',
      'health']),
  requires_agreement boolean not null default true,
  conditions text check (length(conditions) between 1 and 2000),
  reasons text check (length(reasons) between 1 and 2000),
  decided_by uuid,
  decided_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  foreign key (tenant_id, decided_by) references users (tenant_id, id),
  check (valid_until >= valid_from),
  -- An accreditation states how long and for what; the other decisions do not.
  check (status <> 'accredited' or (valid_from is not null and valid_until is not null
    and cardinality(facility_ids) > 0 and cardinality(intervention_types) > 0)),
  -- Refusing, suspending or revoking always says why.
  check (status not in ('refused', 'suspended', 'revoked') or reasons is not null)
);
create index accreditation_decisions_latest_idx
  on accreditation_decisions (tenant_id, organisation_id, decided_at desc, id desc);

-- Memoranda of understanding between an organisation and the prison service.
create table agreements (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  title text not null check (length(title) between 1 and 300),
  starts_on date not null,
  ends_on date,
  signed_on date,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  check (ends_on >= starts_on)
);
create index agreements_organisation_idx on agreements (tenant_id, organisation_id, starts_on);

-- The people of an organisation who work in prisons, with or without a Pathways account.
create table practitioners (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  user_id uuid,
  display_name text not null check (length(display_name) between 1 and 200),
  role_title text check (length(role_title) between 1 and 200),
  access_tier text not null check (access_tier in ('occasional', 'regular')),
  gender text check (gender in ('woman', 'man', 'other', 'undisclosed')),
  languages text[] not null default '{}' check (cardinality(languages) <= 20),
  suspended_at timestamptz,
  suspension_reason text check (length(suspension_reason) between 1 and 2000),
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, user_id),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id),
  check ((suspended_at is null) = (suspension_reason is null))
);
create index practitioners_organisation_idx on practitioners (tenant_id, organisation_id);

-- Background checks. Their findings are `security` class: a coordinator sees outcome and expiry only.
create table vetting_checks (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  practitioner_id uuid not null,
  level text not null check (level in ('basic', 'enhanced')),
  outcome text not null check (outcome in ('pending', 'cleared', 'not_cleared')),
  checked_on date not null,
  expires_on date,
  findings text check (length(findings) between 1 and 4000),
  recorded_by uuid,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, practitioner_id) references practitioners (tenant_id, id),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id),
  check (expires_on >= checked_on),
  check (outcome <> 'cleared' or expires_on is not null)
);
create index vetting_checks_practitioner_idx on vetting_checks (tenant_id, practitioner_id, checked_on);

-- The versions of the code of conduct and the confidentiality agreement in force, per tenant.
create table document_versions (
  tenant_id uuid not null references tenants (id),
  document text not null check (document in ('code_of_conduct', 'confidentiality')),
  version text not null check (length(version) between 1 and 40),
  effective_on date not null,
  primary key (tenant_id, document, version)
);

create table document_signatures (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  practitioner_id uuid not null,
  document text not null,
  version text not null,
  signed_on date not null,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, practitioner_id) references practitioners (tenant_id, id),
  foreign key (tenant_id, document, version) references document_versions (tenant_id, document, version)
);
create index document_signatures_practitioner_idx on document_signatures (tenant_id, practitioner_id);

-- The course catalogue; names are given per language in the web app for the standard courses.
create table courses (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  code text not null check (code ~ '^[a-z][a-z0-9_]{1,62}$'),
  name text not null check (length(name) between 1 and 200),
  validity_months integer check (validity_months between 1 and 120),
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  unique (tenant_id, code)
);

create table certificates (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  practitioner_id uuid not null,
  course_id uuid not null,
  issued_on date not null,
  expires_on date,
  recorded_by uuid,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, practitioner_id) references practitioners (tenant_id, id),
  foreign key (tenant_id, course_id) references courses (tenant_id, id),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id),
  check (expires_on >= issued_on)
);
create index certificates_practitioner_idx on certificates (tenant_id, practitioner_id);

-- Which courses a facility requires of practitioners of each access tier.
create table course_requirements (
  tenant_id uuid not null references tenants (id),
  facility_id uuid not null,
  access_tier text not null check (access_tier in ('occasional', 'regular')),
  course_id uuid not null,
  primary key (tenant_id, facility_id, access_tier, course_id),
  foreign key (tenant_id, facility_id) references facilities (tenant_id, id),
  foreign key (tenant_id, course_id) references courses (tenant_id, id)
);

do $$
declare
  registry_table text;
begin
  foreach registry_table in array array['cso_profiles', 'accreditation_decisions', 'agreements',
    'practitioners', 'vetting_checks', 'document_versions', 'document_signatures', 'courses',
    'certificates', 'course_requirements']
  loop
    execute format('alter table %I enable row level security', registry_table);
    execute format('alter table %I force row level security', registry_table);
    execute format('create policy %I on %I using (tenant_id = app_current_tenant())
      with check (tenant_id = app_current_tenant())', registry_table || '_tenant_isolation', registry_table);
    execute format('grant select, insert on %I to pathways_app', registry_table);
  end loop;
  -- Histories: added to, never changed.
  foreach registry_table in array array['accreditation_decisions', 'vetting_checks',
    'document_signatures', 'certificates']
  loop
    execute format('create trigger %I before update or delete or truncate on %I
      for each statement execute function registry_refuse_change()',
      registry_table || '_append_only', registry_table);
  end loop;
end
$$;

-- What changes in place: a profile, an agreement's end, a practitioner's details and suspension,
-- a course's name and validity.
grant update on cso_profiles, agreements, practitioners, courses to pathways_app;

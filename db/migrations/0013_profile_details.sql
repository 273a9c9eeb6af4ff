-- The complete organisation profile and its change history (issue 4, item 1).
--
-- A profile now also says what the organisation is called in other languages, where it works, what
-- expertise and interventions it offers, in which languages, how many staff it has and whom to
-- contact. Contacts name the organisation's staff: they are `personal` class, read only with the
-- registry record (audited) and never listed in the directory or the public register.
--
-- Every change of a profile is kept as a numbered version holding all of its values, so "what did
-- the organisation tell us, and when" stays answerable after it changes. The versions are a history
-- like the accreditation decisions: added to, never changed. The reference lists are those of
-- src/contracts/registry.ts (ACTOR_ROLES, INTERVENTION_TYPES); the CHECKs below repeat them, and the
-- API validates the finer shape of the JSON values (language tags, e-mail addresses).

-- Whether every element of a text array is a line of 1 to `max_length` characters (CHECKs cannot
-- hold subqueries; an immutable function may).
create function registry_lines_within(lines text[], max_length integer) returns boolean
  language sql immutable
  as $$ select coalesce(bool_and(length(line) between 1 and max_length), true) from unnest(lines) line $$;

create function registry_jsonb_key_count(value jsonb) returns integer
  language sql immutable
  as $$ select count(*)::integer from jsonb_object_keys(value) $$;

alter table cso_profiles
  add column other_names jsonb not null default '{}'
    check (jsonb_typeof(other_names) = 'object' and registry_jsonb_key_count(other_names) <= 10),
  add column regions_served text[] not null default '{}'
    check (cardinality(regions_served) <= 30 and registry_lines_within(regions_served, 120)),
  add column expertise text[] not null default '{}'
    check (expertise <@ array['psychologist', 'social_worker', 'mental_health_worker',
      'religious_scholar', 'teacher_trainer', 'mentor', 'former_extremist_mentor', 'family_liaison',
      'victims_advocate', 'community_leader', 'lawyer', 'probation_officer', 'prison_officer']),
  add column intervention_types text[] not null default '{}'
    check (intervention_types <@ array['education', 'vocational_training', 'work',
      'cognitive_behavioural_skills', 'psychosocial_counselling', 'mentoring', 'religious_dialogue',
      'creative_arts', 'sport', 'family_engagement', 'restorative_justice', 'employment_assistance',
      'health']),
  add column languages text[] not null default '{}'
    check (cardinality(languages) <= 20 and registry_lines_within(languages, 35)),
  add column staff_count integer check (staff_count between 0 and 100000),
  add column contacts jsonb not null default '[]'
    check (jsonb_typeof(contacts) = 'array' and jsonb_array_length(contacts) <= 10);

-- Every version of every profile: version 1 is the profile as first given, each later one the
-- profile after a change. `profile` holds all of its values, with the API's names.
create table cso_profile_versions (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  version integer not null check (version >= 1),
  profile jsonb not null check (jsonb_typeof(profile) = 'object'),
  changed_fields text[] not null,
  -- Null when no person made the change (the backfill below, a data load).
  changed_by uuid,
  changed_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  foreign key (tenant_id, changed_by) references users (tenant_id, id),
  unique (tenant_id, organisation_id, version)
);

alter table cso_profile_versions enable row level security;
alter table cso_profile_versions force row level security;
create policy cso_profile_versions_tenant_isolation on cso_profile_versions
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on cso_profile_versions to pathways_app;
create trigger cso_profile_versions_append_only before update or delete or truncate on cso_profile_versions
  for each statement execute function registry_refuse_change();

-- The profiles there already are become their version 1, as they stand, by no one in particular;
-- the fields "changed" are those that were given.
insert into cso_profile_versions (id, tenant_id, organisation_id, version, profile, changed_fields,
  changed_by, changed_at)
select gen_random_uuid(), p.tenant_id, p.organisation_id, 1,
       jsonb_build_object(
         'mandate', p.mandate,
         'legalName', p.legal_name,
         'registrationNumber', p.registration_number,
         'registrationRegistry', p.registration_registry,
         'country', p.country,
         'otherNames', p.other_names,
         'regionsServed', to_jsonb(p.regions_served),
         'expertise', to_jsonb(p.expertise),
         'interventionTypes', to_jsonb(p.intervention_types),
         'languages', to_jsonb(p.languages),
         'staffCount', p.staff_count,
         'contacts', p.contacts),
       array['mandate', 'legalName']
         || case when p.registration_number is null then '{}'::text[] else array['registrationNumber'] end
         || case when p.registration_registry is null then '{}'::text[] else array['registrationRegistry'] end
         || case when p.country is null then '{}'::text[] else array['country'] end,
       null, p.updated_at
  from cso_profiles p;

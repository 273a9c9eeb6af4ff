-- Training (issue 4, item 5): sessions of the catalogue's courses, who attended them and how it
-- went, and certificates issued on completion, for civil society practitioners and prison staff
-- alike. Which courses a facility asks of each access tier stays in course_requirements (0007),
-- now changed by the administrator or the facility's director.
--
-- Attendance is a history, like certificates: a record is never changed or removed; a correction
-- is recorded by other means (a certificate by hand). A completed attendance points at the
-- certificate it gave.

-- A course added by an administrator says who added it; the standard courses (STANDARD_COURSES in
-- src/contracts/registry.ts), loaded with the tenant, have none.
alter table courses add column added_by uuid;
alter table courses add foreign key (tenant_id, added_by) references users (tenant_id, id);

-- One sitting of a course: where, when, who taught it. Sessions may be planned ahead; attendance
-- is taken only once the day has come (the application's rule: it knows the facility's calendar).
create table training_sessions (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  course_id uuid not null,
  -- The prison that held it, for a prison's own session; null for one held elsewhere.
  facility_id uuid,
  place text not null check (length(place) between 1 and 200),
  held_on date not null,
  trainer_name text not null check (length(trainer_name) between 1 and 200),
  notes text check (length(notes) between 1 and 2000),
  created_by uuid,
  created_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, course_id) references courses (tenant_id, id),
  foreign key (tenant_id, facility_id) references facilities (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id)
);
create index training_sessions_held_idx on training_sessions (tenant_id, held_on desc, created_at desc);

-- Prison staff take courses too: a certificate belongs to a practitioner or to a user of the
-- prison service, never both. A certificate issued on a session's completion names the session.
-- (ALTER TABLE is not an UPDATE: the append-only trigger does not stand in its way, and the rows
-- already there are untouched.)
alter table certificates alter column practitioner_id drop not null;
alter table certificates add column user_id uuid;
alter table certificates add column session_id uuid;
alter table certificates add unique (tenant_id, id);
alter table certificates add foreign key (tenant_id, user_id) references users (tenant_id, id);
alter table certificates add foreign key (tenant_id, session_id) references training_sessions (tenant_id, id);
alter table certificates add constraint certificates_one_holder
  check (num_nonnulls(practitioner_id, user_id) = 1);
create index certificates_user_idx on certificates (tenant_id, user_id) where user_id is not null;

-- Who came to a session, and how it went. One row per participant and session.
create table training_attendance (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  session_id uuid not null,
  practitioner_id uuid,
  user_id uuid,
  outcome text not null check (outcome in ('completed', 'attended_not_completed', 'absent')),
  certificate_id uuid,
  recorded_by uuid,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, session_id) references training_sessions (tenant_id, id),
  foreign key (tenant_id, practitioner_id) references practitioners (tenant_id, id),
  foreign key (tenant_id, user_id) references users (tenant_id, id),
  foreign key (tenant_id, certificate_id) references certificates (tenant_id, id),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id),
  check (num_nonnulls(practitioner_id, user_id) = 1),
  -- Only a completion gives a certificate.
  check (certificate_id is null or outcome = 'completed'),
  -- NULLs are distinct: each constraint bites on the rows of its own kind of participant.
  unique (tenant_id, session_id, practitioner_id),
  unique (tenant_id, session_id, user_id)
);

do $$
declare
  training_table text;
begin
  foreach training_table in array array['training_sessions', 'training_attendance']
  loop
    execute format('alter table %I enable row level security', training_table);
    execute format('alter table %I force row level security', training_table);
    execute format('create policy %I on %I using (tenant_id = app_current_tenant())
      with check (tenant_id = app_current_tenant())', training_table || '_tenant_isolation', training_table);
    execute format('grant select, insert on %I to pathways_app', training_table);
  end loop;
end
$$;

create trigger training_attendance_append_only before update or delete or truncate on training_attendance
  for each statement execute function registry_refuse_change();

-- A facility's requirements for a tier are replaced as a set (the administrator or its director).
grant delete on course_requirements to pathways_app;

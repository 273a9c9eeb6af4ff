-- The knowledge hub (issue 5): a library of good practices, lessons learned, tools and evaluations,
-- each entry in one or more of the six languages, reviewed by knowledge editors and published as
-- inspiring or, after a recorded peer review, as peer-reviewed.
--
-- Unlike every table before it, a published entry is read across tenants: the library is the
-- field's shared memory, so a public entry is readable by anyone (signed in to any tenant, or not
-- signed in at all), and a restricted one by the tenants it names as well as its own. Row-level
-- security says so below; writes stay inside the entry's own tenant. Who within the tenant may read
-- a draft, and which organisations a restricted entry names, is the application's policy
-- (src/server/modules/knowledge/policy.ts): the policies here are the second wall.
--
-- The lists (kinds, statuses, themes, target groups, levels, languages, origins) are those of
-- src/contracts/knowledge-taxonomy.ts; the CHECKs repeat them.

-- Trigram matching: the typo-tolerant fallback of the search, on PGlite (extension loaded at open)
-- and on PostgreSQL (a trusted extension since PostgreSQL 13).
create extension if not exists pg_trgm;

create function knowledge_codes_within(codes text[], allowed text[]) returns boolean
  language sql immutable
  as $$ select codes <@ allowed and cardinality(codes) = cardinality(array(select distinct unnest(codes))) $$;

create table knowledge_entries (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  kind text not null check (kind in ('good_practice', 'lesson_learned', 'tool_guidance', 'evaluation')),
  status text not null default 'draft'
    check (status in ('draft', 'in_review', 'changes_requested', 'inspiring', 'peer_reviewed', 'archived')),
  visibility text not null default 'public' check (visibility in ('public', 'restricted')),
  -- A restricted entry is read by the signed-in users of its own tenant, narrowed to these
  -- organisations of that tenant when any are named, and by every user of the tenants named here.
  audience_organisation_ids uuid[] not null default '{}',
  audience_tenant_ids uuid[] not null default '{}',
  -- The language it was first written in: the translation marked `original`.
  original_language text not null check (original_language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  -- Context. The country as ISO 3166-1 alpha-2; the region one of the reference list.
  country text check (country ~ '^[A-Z]{2}$'),
  region text check (region in ('africa', 'arab_states', 'asia_pacific', 'europe', 'central_asia',
    'latin_america_caribbean', 'north_america', 'global')),
  facility_types text[] not null default '{}'
    check (knowledge_codes_within(facility_types, '{men,women,juvenile,mixed,community}')),
  themes text[] not null default '{}'
    check (knowledge_codes_within(themes, '{cso_access,risk_needs_assessment,disengagement,religious_dialogue,family_involvement,women,juveniles,returnees,staff_training,dynamic_security,prevention_in_prison,release_reintegration,community_acceptance,monitoring_evaluation,oversight_human_rights}')),
  target_groups text[] not null default '{}'
    check (knowledge_codes_within(target_groups, '{men_in_custody,women_in_custody,juveniles,returnees,foreign_nationals,mental_health_needs,families,prison_staff,cso_practitioners,released_people,communities,victims}')),
  prevention_levels text[] not null default '{}'
    check (knowledge_codes_within(prevention_levels, '{primary,secondary,tertiary}')),
  actors text[] not null default '{}'
    check (knowledge_codes_within(actors, '{psychologist,social_worker,mental_health_worker,religious_scholar,teacher_trainer,mentor,former_extremist_mentor,family_liaison,victims_advocate,community_leader,lawyer,probation_officer,prison_officer}')),
  evidence_level text not null default 'none'
    check (evidence_level in ('none', 'descriptive', 'evaluated_process', 'evaluated_outcome', 'peer_reviewed')),
  started_on date,
  ended_on date check (ended_on is null or started_on is null or ended_on >= started_on),
  -- Who contributed it: an organisation of the tenant when there is one, and a contact, shown only
  -- with the contact's consent to publish it.
  contributing_organisation_id uuid,
  contributor_name text check (contributor_name is null or length(contributor_name) between 1 and 200),
  contact_name text check (contact_name is null or length(contact_name) between 1 and 200),
  contact_email text check (contact_email is null or length(contact_email) between 3 and 254),
  contact_consent boolean not null default false,
  -- [{ "url": "https://…", "label": "…" }], at most 20: checked by the application.
  links jsonb not null default '[]' check (jsonb_typeof(links) = 'array'),
  related_entry_ids uuid[] not null default '{}',
  -- Demonstration content shipped with the demo data, labelled as such wherever it is shown.
  demonstration boolean not null default false,
  -- The editor's choice for the library's home page.
  featured boolean not null default false,
  proposed_by uuid not null,
  -- Raised by one on every saved change (the version history's number).
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  published_at timestamptz,
  -- When the staleness round found it not updated for the configured period; cleared by an update.
  stale_since timestamptz,
  archived_at timestamptz,
  foreign key (tenant_id, proposed_by) references users (tenant_id, id),
  foreign key (tenant_id, contributing_organisation_id) references organisations (tenant_id, id),
  -- What the rows of an entry (translations, versions, reviews, attachments, search rows) refer to:
  -- the entry within its tenant, so that no tenant can hang a row on another's entry (foreign keys
  -- are checked without row-level security).
  unique (tenant_id, id)
);
create index knowledge_entries_tenant_status_idx on knowledge_entries (tenant_id, status, updated_at desc);
create index knowledge_entries_published_idx on knowledge_entries (published_at desc, id)
  where status in ('inspiring', 'peer_reviewed');
create index knowledge_entries_themes_idx on knowledge_entries using gin (themes);

-- Published (or published once, then archived: its address keeps working) and public, or restricted
-- to the reading tenant.
create function knowledge_entry_readable(
  entry_tenant uuid, entry_status text, entry_visibility text, entry_published_at timestamptz,
  entry_audience_tenants uuid[]
) returns boolean
  language sql stable
  as $$
    select entry_tenant = app_current_tenant()
        or (entry_published_at is not null
            and entry_status in ('inspiring', 'peer_reviewed', 'archived')
            and (entry_visibility = 'public' or app_current_tenant() = any (entry_audience_tenants)))
  $$;

alter table knowledge_entries enable row level security;
alter table knowledge_entries force row level security;
create policy knowledge_entries_read on knowledge_entries for select
  using (knowledge_entry_readable(tenant_id, status, visibility, published_at, audience_tenant_ids));
create policy knowledge_entries_insert on knowledge_entries for insert
  with check (tenant_id = app_current_tenant());
create policy knowledge_entries_update on knowledge_entries for update
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
-- Never deleted: archived instead, so that every address stays answerable.
grant select, insert, update on knowledge_entries to pathways_app;

-- The text of an entry in one language. `origin` says how it came to be; each translation has its
-- own review by an editor (reviewed_by and reviewed_at, cleared when the text changes).
create table knowledge_translations (
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  language text not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  origin text not null check (origin in ('original', 'professional', 'machine_assisted')),
  title text not null check (length(title) between 1 and 300),
  summary text not null check (length(summary) between 1 and 2000),
  legal_framework text not null default '' check (length(legal_framework) <= 4000),
  approach text not null default '' check (length(approach) <= 20000),
  resources text not null default '' check (length(resources) <= 4000),
  results text not null default '' check (length(results) <= 20000),
  measurement text not null default '' check (length(measurement) <= 4000),
  lessons text not null default '' check (length(lessons) <= 20000),
  sustainability text not null default '' check (length(sustainability) <= 4000),
  added_by uuid,
  updated_at timestamptz not null default now(),
  reviewed_by uuid,
  reviewed_at timestamptz,
  primary key (entry_id, language),
  foreign key (tenant_id, added_by) references users (tenant_id, id),
  foreign key (tenant_id, reviewed_by) references users (tenant_id, id)
);
alter table knowledge_translations enable row level security;
alter table knowledge_translations force row level security;
-- Readable with its entry (the subquery is itself under the entry's policy).
create policy knowledge_translations_read on knowledge_translations for select
  using (exists (select 1 from knowledge_entries e where e.id = entry_id));
create policy knowledge_translations_insert on knowledge_translations for insert
  with check (tenant_id = app_current_tenant());
create policy knowledge_translations_update on knowledge_translations for update
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on knowledge_translations to pathways_app;

-- Every saved state of an entry, with its translations, as JSON: the version history. Append-only.
create table knowledge_entry_versions (
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  version integer not null,
  -- What the change was: proposed, updated, submitted, changes_requested, published, translated,
  -- translation_reviewed, archived, restored, flagged_stale, imported.
  change text not null check (length(change) between 1 and 60),
  snapshot jsonb not null,
  changed_by uuid,
  changed_at timestamptz not null default now(),
  primary key (entry_id, version),
  foreign key (tenant_id, changed_by) references users (tenant_id, id)
);
alter table knowledge_entry_versions enable row level security;
alter table knowledge_entry_versions force row level security;
create policy knowledge_entry_versions_tenant_isolation on knowledge_entry_versions
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on knowledge_entry_versions to pathways_app;

-- The review conversation: comments, requests for change (with what to change), submissions and
-- decisions, by whom and when. Append-only.
create table knowledge_review_events (
  id uuid primary key,
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  kind text not null check (kind in ('submitted', 'comment', 'changes_requested', 'published',
    'unpublished', 'archived', 'restored', 'flagged_stale')),
  body text not null default '' check (length(body) <= 4000),
  author_id uuid,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, author_id) references users (tenant_id, id)
);
create index knowledge_review_events_entry_idx on knowledge_review_events (entry_id, created_at, id);
alter table knowledge_review_events enable row level security;
alter table knowledge_review_events force row level security;
create policy knowledge_review_events_tenant_isolation on knowledge_review_events
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on knowledge_review_events to pathways_app;

-- A peer review, recorded by an editor before an entry is published as peer-reviewed: who reviewed
-- it (by name and affiliation: reviewers are often outside Pathways), when, and their conclusion.
create table knowledge_peer_reviews (
  id uuid primary key,
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  reviewer_name text not null check (length(reviewer_name) between 1 and 200),
  reviewer_affiliation text not null check (length(reviewer_affiliation) between 1 and 300),
  reviewed_on date not null,
  conclusion text not null check (length(conclusion) between 1 and 4000),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (tenant_id, recorded_by) references users (tenant_id, id)
);
create index knowledge_peer_reviews_entry_idx on knowledge_peer_reviews (entry_id, recorded_at);
alter table knowledge_peer_reviews enable row level security;
alter table knowledge_peer_reviews force row level security;
create policy knowledge_peer_reviews_read on knowledge_peer_reviews for select
  using (exists (select 1 from knowledge_entries e where e.id = entry_id));
create policy knowledge_peer_reviews_insert on knowledge_peer_reviews for insert
  with check (tenant_id = app_current_tenant());
grant select, insert on knowledge_peer_reviews to pathways_app;

-- Files attached to an entry (reports, tools, evaluation summaries). The bytes live in the data
-- directory as an organisation's documents do (<dataDir>/knowledge/<tenant>/<id>); this row holds
-- what is known of each.
create table knowledge_attachments (
  id uuid primary key,
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  file_name text not null
    check (length(file_name) between 1 and 255 and file_name !~ '[/\\[:cntrl:]]'),
  content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
    'text/csv', 'text/plain')),
  size_bytes integer not null check (size_bytes > 0 and size_bytes <= 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  added_by uuid not null,
  added_at timestamptz not null default now(),
  removed_at timestamptz,
  foreign key (tenant_id, added_by) references users (tenant_id, id)
);
create index knowledge_attachments_entry_idx on knowledge_attachments (entry_id, added_at);
alter table knowledge_attachments enable row level security;
alter table knowledge_attachments force row level security;
create policy knowledge_attachments_read on knowledge_attachments for select
  using (exists (select 1 from knowledge_entries e where e.id = entry_id));
create policy knowledge_attachments_insert on knowledge_attachments for insert
  with check (tenant_id = app_current_tenant());
create policy knowledge_attachments_update on knowledge_attachments for update
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert, update on knowledge_attachments to pathways_app;

-- The search index: one row per published entry and language, for all six languages whether or not
-- the entry has a translation in it. A row holds that language's text of the entry when there is one
-- (title weight A, summary B, the rest C), analysed with that language's text search configuration,
-- and always the entry's taxonomy labels (themes, target groups, kind, region) in that language
-- (weight B), so that a query in any language finds an entry by what it is about. Chinese, which has
-- no configuration, is stored as overlapping two-character words under `simple`
-- (src/server/modules/knowledge/search/chinese-bigrams.ts). Rebuilt for an entry whenever it is
-- published, changed while published, translated, archived or withdrawn; only published entries
-- that are not archived have rows. Who may read a row follows its entry (the columns repeat what the
-- entry's readability needs, so the index is read without a join per row).
create table knowledge_search (
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  language text not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  visibility text not null check (visibility in ('public', 'restricted')),
  audience_tenant_ids uuid[] not null default '{}',
  document tsvector not null,
  -- The same text, lower-cased and without diacritics, for trigram matching (typos, partial words).
  plain text not null,
  primary key (entry_id, language)
);
create index knowledge_search_document_idx on knowledge_search using gin (document);
create index knowledge_search_plain_idx on knowledge_search using gin (plain gin_trgm_ops);
alter table knowledge_search enable row level security;
alter table knowledge_search force row level security;
create policy knowledge_search_read on knowledge_search for select
  using (tenant_id = app_current_tenant() or visibility = 'public'
         or app_current_tenant() = any (audience_tenant_ids));
create policy knowledge_search_write on knowledge_search for insert
  with check (tenant_id = app_current_tenant());
create policy knowledge_search_delete on knowledge_search for delete
  using (tenant_id = app_current_tenant());
grant select, insert, delete on knowledge_search to pathways_app;

-- What was searched, for the editors' statistics ("what is searched and not found"): the query as
-- typed (trimmed, lower-cased), its language and how many entries it found, never who asked. The
-- tenant of the asker, or none for a search without signing in.
create table knowledge_search_log (
  id bigint generated always as identity primary key,
  tenant_id uuid references tenants (id),
  query text not null check (length(query) between 1 and 200),
  language text not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  result_count integer not null check (result_count >= 0),
  searched_at timestamptz not null default now()
);
create index knowledge_search_log_time_idx on knowledge_search_log (searched_at desc);
alter table knowledge_search_log enable row level security;
alter table knowledge_search_log force row level security;
create policy knowledge_search_log_read on knowledge_search_log for select
  using (tenant_id = app_current_tenant() or tenant_id is null);
create policy knowledge_search_log_insert on knowledge_search_log for insert
  with check (tenant_id is not distinct from app_current_tenant());
grant select, insert on knowledge_search_log to pathways_app;

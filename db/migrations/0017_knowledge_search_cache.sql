-- The public search's cache: the answers of searches made without signing in, kept in the database
-- (application processes keep no state of their own, DESIGN.md §3) until the public library changes.
--
-- Why: a search ranks, counts, facets and highlights every match, tens of milliseconds of database
-- work; the public library changes a few times a day, and readers ask the same questions again and
-- again. An answer is kept under the library's generation, a counter that every change a signed-out
-- reader could notice moves on, in the same transaction as the change:
-- * rows written into or taken out of the public index (`knowledge_search`): a publication, an
--   edit, a new translation, an archive, a change of visibility (the indexer rewrites the rows);
-- * a published public entry or its translation changed without being reindexed (the staleness
--   round's flag, for one).
-- A search reads the generation first and its answer after, so an answer is never kept under a
-- generation newer than what it read. Only transactions without a tenant (the public routes,
-- which read public rows only) may write into the cache, so a member's answer, which may hold
-- restricted entries, can never be kept in it.

create table knowledge_search_generation (
  only_row boolean primary key default true check (only_row),
  generation bigint not null default 0
);
insert into knowledge_search_generation default values;
alter table knowledge_search_generation enable row level security;
alter table knowledge_search_generation force row level security;
create policy knowledge_search_generation_read on knowledge_search_generation for select using (true);
grant select on knowledge_search_generation to pathways_app;

-- Moves the generation on. Security definer: the writers (any tenant's indexer) may not set the
-- counter themselves; owned by the migrations' role, which row-level security does not hold back
-- on a table it owns only when the policy says so, hence the policy for its update below.
-- Every security definer function here has `search_path = pg_catalog, pg_temp` (the temporary
-- schema last, where it cannot shadow anything) and names its tables with their schema, so that no
-- temporary table or view of the caller's can stand in for them and run the caller's code as the
-- owner; and no role may call them but as triggers.
create function knowledge_search_library_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  update public.knowledge_search_generation set generation = generation + 1;
  return null;
end $$;
create policy knowledge_search_generation_move on knowledge_search_generation for update
  using (current_user <> 'pathways_app') with check (current_user <> 'pathways_app');

-- The index: any statement that wrote or took away a row (a statement touching none leaves it).
create function knowledge_search_rows_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  if exists (select 1 from changed_rows) then
    update public.knowledge_search_generation set generation = generation + 1;
  end if;
  return null;
end $$;
create trigger knowledge_search_rows_added after insert on knowledge_search
  referencing new table as changed_rows for each statement execute function knowledge_search_rows_changed();
create trigger knowledge_search_rows_updated after update on knowledge_search
  referencing new table as changed_rows for each statement execute function knowledge_search_rows_changed();
create trigger knowledge_search_rows_removed after delete on knowledge_search
  referencing old table as changed_rows for each statement execute function knowledge_search_rows_changed();
create trigger knowledge_search_truncated after truncate on knowledge_search
  for each statement execute function knowledge_search_library_changed();

-- Entries changed in place that were or are published and public (a statement touching none leaves
-- the generation).
create function knowledge_search_entries_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  if exists (select 1 from (select visibility, status from rows_before
                            union all select visibility, status from changed_rows) e
              where e.visibility = 'public' and e.status in ('inspiring', 'peer_reviewed')) then
    update public.knowledge_search_generation set generation = generation + 1;
  end if;
  return null;
end $$;
create trigger knowledge_entries_public_changed after update on knowledge_entries
  referencing old table as rows_before new table as changed_rows for each statement execute function knowledge_search_entries_changed();

-- Translations of published public entries written or taken away.
create function knowledge_search_translations_changed() returns trigger
  language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
begin
  if exists (select 1 from changed_rows t join public.knowledge_entries e on e.id = t.entry_id
              where e.visibility = 'public' and e.status in ('inspiring', 'peer_reviewed')) then
    update public.knowledge_search_generation set generation = generation + 1;
  end if;
  return null;
end $$;
create trigger knowledge_translations_added after insert on knowledge_translations
  referencing new table as changed_rows for each statement execute function knowledge_search_translations_changed();
create trigger knowledge_translations_updated after update on knowledge_translations
  referencing new table as changed_rows for each statement execute function knowledge_search_translations_changed();
create trigger knowledge_translations_removed after delete on knowledge_translations
  referencing old table as changed_rows for each statement execute function knowledge_search_translations_changed();

-- The answers: unlogged (a cache, rebuilt by the next searches; a crash empties it), keyed by the
-- SHA-256 of the request as read (search/public-search-cache.ts), under the generation read before
-- the search. `answer` is the response body as the route's schema serialised it, sent as it is;
-- `total` its number of results, for the search log. Answers of older generations are never read
-- again; each new answer takes them away, with those older than the cache's lifetime.
create unlogged table knowledge_search_cache (
  key text primary key check (key ~ '^[0-9a-f]{64}$'),
  generation bigint not null,
  answer text not null,
  total integer not null check (total >= 0),
  cached_at timestamptz not null default now()
);
create index knowledge_search_cache_generation_idx on knowledge_search_cache (generation);
create index knowledge_search_cache_time_idx on knowledge_search_cache (cached_at);
alter table knowledge_search_cache enable row level security;
alter table knowledge_search_cache force row level security;
-- Public answers, readable by anyone as the public library is.
create policy knowledge_search_cache_read on knowledge_search_cache for select using (true);
-- Written only without a tenant: a transaction with one may read restricted entries.
create policy knowledge_search_cache_add on knowledge_search_cache for insert
  with check (app_current_tenant() is null);
create policy knowledge_search_cache_replace on knowledge_search_cache for update
  using (app_current_tenant() is null) with check (app_current_tenant() is null);
create policy knowledge_search_cache_prune on knowledge_search_cache for delete using (true);
grant select, insert, update, delete on knowledge_search_cache to pathways_app;

revoke execute on function knowledge_search_library_changed() from public;
revoke execute on function knowledge_search_rows_changed() from public;
revoke execute on function knowledge_search_entries_changed() from public;
revoke execute on function knowledge_search_translations_changed() from public;

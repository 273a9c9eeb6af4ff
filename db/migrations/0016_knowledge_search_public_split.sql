-- The knowledge search, part two: public rows readable without a row-level security condition, and a
-- word list for typo correction.
--
-- Why: under row-level security, PostgreSQL applies a table's policy before any condition of the
-- query that is not "leakproof", and the full-text match operator (@@, ts_match_vq) is not. With
-- 0014's policy on `knowledge_search` (its tenant, or public, or an audience tenant), no search could
-- use the GIN index as the application role: every branch read every row of its language (measured:
-- 40 ms a branch on 10,000 entries, against 3 ms through the index; seconds at 32 connections).
--
-- So the index is split by who may read it:
-- * `knowledge_search` keeps only the rows of public entries, which anyone may read (signed out
--   included): its read policy is `true`, which the planner drops, so the index is used. A CHECK says
--   it holds public rows only; writes are still the entry's tenant's alone.
-- * `knowledge_search_restricted` holds the rows of restricted entries, under the policy 0014 had
--   (its tenant, or a tenant its audience names). Restricted entries are few; their search reads them
--   under the policy, index or not.
-- The application's own condition (src/server/modules/knowledge/public/library-reader.ts) still
-- applies to both: the database's policies are the second wall.

create table knowledge_search_restricted (
  entry_id uuid not null,
  tenant_id uuid not null references tenants (id),
  foreign key (tenant_id, entry_id) references knowledge_entries (tenant_id, id),
  language text not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  visibility text not null check (visibility = 'restricted'),
  audience_tenant_ids uuid[] not null default '{}',
  document tsvector not null,
  plain text not null,
  words text[] not null default '{}',
  languages text[] not null default '{}',
  primary key (entry_id, language)
);
create index knowledge_search_restricted_document_idx on knowledge_search_restricted using gin (document);

alter table knowledge_search add column words text[] not null default '{}';
-- The languages the entry is written in, repeated on each of its rows: the search shows them and
-- counts them (the language facet) for every matching entry, without a read of its translations each.
alter table knowledge_search add column languages text[] not null default '{}';
update knowledge_search s
   set languages = array(select t.language from knowledge_translations t where t.entry_id = s.entry_id order by 1);
-- Every branch of a search reads one language's rows, through that language's partial index (0015):
-- the index over all languages only made the planner fetch, then discard, the others' rows.
drop index knowledge_search_document_idx;
insert into knowledge_search_restricted
  (entry_id, tenant_id, language, visibility, audience_tenant_ids, document, plain, languages)
  select entry_id, tenant_id, language, visibility, audience_tenant_ids, document, plain, languages
    from knowledge_search
   where visibility = 'restricted';
delete from knowledge_search where visibility = 'restricted';
alter table knowledge_search add constraint knowledge_search_public_only check (visibility = 'public');

drop policy knowledge_search_read on knowledge_search;
-- Public rows: anyone may read them, as anyone may read the entries they index.
create policy knowledge_search_read on knowledge_search for select using (true);
-- And only the rows of the tenant's own published public entries may be written into it (the
-- entry read under its own policy, in the writing tenant).
drop policy knowledge_search_write on knowledge_search;
create policy knowledge_search_write on knowledge_search for insert
  with check (tenant_id = app_current_tenant()
              and exists (select 1 from knowledge_entries e
                           where e.id = entry_id and e.tenant_id = app_current_tenant()
                             and e.visibility = 'public' and e.status in ('inspiring', 'peer_reviewed')));

alter table knowledge_search_restricted enable row level security;
alter table knowledge_search_restricted force row level security;
create policy knowledge_search_restricted_read on knowledge_search_restricted for select
  using (tenant_id = app_current_tenant() or app_current_tenant() = any (audience_tenant_ids));
create policy knowledge_search_restricted_write on knowledge_search_restricted for insert
  with check (tenant_id = app_current_tenant());
create policy knowledge_search_restricted_delete on knowledge_search_restricted for delete
  using (tenant_id = app_current_tenant());
grant select, insert, delete on knowledge_search_restricted to pathways_app;

-- The words of the public entries (titles, summaries and taxonomy names, lower case, four letters
-- or more), each once per language with how many index rows hold it: what typo correction chooses
-- from. `key` is the word without diacritics (what trigrams compare); `word` keeps them, since the
-- stemmers of French and Spanish read "carpintería" and "carpinteria" differently. Only public words:
-- a word of a restricted entry is never suggested to anyone, so it cannot tell that the entry exists.
-- Kept by the indexer (search/index-entry.ts), which adds a row's words and takes away the words of
-- the row it replaces, in the same transaction.
create table knowledge_lexicon (
  language text not null check (language in ('en', 'fr', 'es', 'ru', 'zh', 'ar')),
  key text not null check (length(key) between 1 and 100),
  word text not null check (length(word) between 1 and 100),
  uses integer not null check (uses > 0),
  primary key (language, key)
);
create index knowledge_lexicon_key_trgm_idx on knowledge_lexicon using gin (key gin_trgm_ops);
alter table knowledge_lexicon enable row level security;
alter table knowledge_lexicon force row level security;
-- Public words of every tenant's public entries: shared by all, as the entries are. Its conditions
-- are `true` so that the trigram index serves correction (see above); any tenant's indexer keeps it.
create policy knowledge_lexicon_read on knowledge_lexicon for select using (true);
-- Written only by an indexer, which runs in a tenant's transaction: never by a request without one
-- (the public routes, whose transactions have no tenant).
create policy knowledge_lexicon_add on knowledge_lexicon for insert
  with check (app_current_tenant() is not null);
create policy knowledge_lexicon_count on knowledge_lexicon for update
  using (app_current_tenant() is not null) with check (app_current_tenant() is not null);
create policy knowledge_lexicon_remove on knowledge_lexicon for delete
  using (app_current_tenant() is not null);
grant select, insert, update, delete on knowledge_lexicon to pathways_app;

-- The words of the public rows already indexed (their keys, without diacritics: 0014 kept no other).
update knowledge_search
   set words = array(select distinct w.word
                       from regexp_split_to_table(plain, '[[:space:][:punct:]]+') as w(word)
                      where char_length(w.word) between 4 and 100);
insert into knowledge_lexicon (language, key, word, uses)
  select s.language, w.word, w.word, count(*)
    from knowledge_search s
    cross join unnest(s.words) as w(word)
   group by s.language, w.word;

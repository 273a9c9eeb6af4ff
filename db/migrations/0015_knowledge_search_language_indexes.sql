-- The knowledge search reads a query once per language, each branch on that language's rows only
-- (`language = 'fr' and document @@ websearch_to_tsquery('french', …)`: search/query-reading.ts).
-- One GIN index over every language's rows made each branch fetch and discard the rows of the other
-- languages whose lexemes happen to match (an English word is the same lexeme under the English
-- and Russian configurations, which stem Latin words alike): measured on 10,000 entries, half the
-- rows a branch fetched were discarded. One partial index per language holds only that language's
-- rows, so a branch reads exactly its own. The index over every row stays for other readers.
create index knowledge_search_document_en_idx on knowledge_search using gin (document) where language = 'en';
create index knowledge_search_document_fr_idx on knowledge_search using gin (document) where language = 'fr';
create index knowledge_search_document_es_idx on knowledge_search using gin (document) where language = 'es';
create index knowledge_search_document_ru_idx on knowledge_search using gin (document) where language = 'ru';
create index knowledge_search_document_zh_idx on knowledge_search using gin (document) where language = 'zh';
create index knowledge_search_document_ar_idx on knowledge_search using gin (document) where language = 'ar';

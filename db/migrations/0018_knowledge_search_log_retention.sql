-- The search log is kept for a limited time (PATHWAYS_KNOWLEDGE_SEARCH_LOG_DAYS): what readers typed
-- is statistics for the editors, not a record to keep for ever. The staleness round removes older
-- rows, a tenant's in that tenant's transaction and the public searches' in a transaction without
-- one, so the application role may delete exactly the rows it may write.
create policy knowledge_search_log_forget on knowledge_search_log for delete
  using (tenant_id is not distinct from app_current_tenant());
grant delete on knowledge_search_log to pathways_app;

-- One audited commit as the server sends it: BEGIN with the tenant settings, audit_append, COMMIT,
-- pipelined in one round trip. Without the flush that follows an audited commit, so that what is
-- measured is the chain itself. Run against a copy of the demo data, never a live database:
--   pgbench -n -M prepared -c 8 -j 2 -T 8 -f bench/pgbench/audit-entry.sql -D tenant=<tenant id> <database>
-- (docs/benchmarks.md, "the chain head under concurrency").
\startpipeline
BEGIN;
select set_config('app.tenant_id', :tenant, true), set_config('role', 'pathways_app', true);
select audit_append(gen_random_uuid(), :tenant::uuid, null, null, 'record.read', 'user', 'pgbench',
  null, null, false, 'allowed', 'pgbench', '127.0.0.1', '{}'::jsonb,
  array['{"a":"', '","b":"', '","seq":', '}']);
COMMIT;
\endpipeline

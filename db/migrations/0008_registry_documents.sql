-- An organisation's documents: registration certificate, statutes, the signed agreement, insurance,
-- references (issue 4). The files live in the data directory (<dataDir>/documents/<tenant>/<id>);
-- this table holds what is known of each: its kind, name, type, size and SHA-256, who uploaded it
-- and when. Uploads are never overwritten: a newer one of the same kind supersedes the older, which
-- stays, so the history of what the organisation filed, and when, is always answerable.
--
-- The lists (kinds, content types) are the ones of src/contracts/registry-documents.ts.

create table organisation_documents (
  id uuid primary key,
  tenant_id uuid not null references tenants (id),
  organisation_id uuid not null,
  kind text not null
    check (kind in ('registration_certificate', 'statutes', 'agreement', 'insurance', 'reference')),
  -- As the uploader named it, for the download's name only: never a path on disk.
  file_name text not null
    check (length(file_name) between 1 and 255 and file_name !~ '[/\\[:cntrl:]]'),
  content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer not null check (size_bytes > 0 and size_bytes <= 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid not null,
  uploaded_at timestamptz not null default now(),
  foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
  foreign key (tenant_id, uploaded_by) references users (tenant_id, id)
);
-- The organisation's list, newest first.
create index organisation_documents_organisation_idx
  on organisation_documents (tenant_id, organisation_id, uploaded_at desc, id desc);

alter table organisation_documents enable row level security;
alter table organisation_documents force row level security;
create policy organisation_documents_tenant_isolation on organisation_documents
  using (tenant_id = app_current_tenant())
  with check (tenant_id = app_current_tenant());
grant select, insert on organisation_documents to pathways_app;

-- A history: added to, never changed (the file on disk is never rewritten either).
create trigger organisation_documents_append_only before update or delete or truncate
  on organisation_documents
  for each statement execute function registry_refuse_change();

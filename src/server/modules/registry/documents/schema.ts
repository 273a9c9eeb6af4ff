import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type {
  DocumentContentType,
  OrganisationDocumentKind,
} from '../../../../contracts/registry-documents.ts';

// Typed columns of db/migrations/0008_registry_documents.sql, which is the source of truth
// (constraints, row-level security, grants, the append-only trigger).

export const organisationDocuments = pgTable('organisation_documents', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  kind: text('kind').$type<OrganisationDocumentKind>().notNull(),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').$type<DocumentContentType>().notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  sha256: text('sha256').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

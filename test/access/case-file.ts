import { and, eq, type SQL, sql } from 'drizzle-orm';
import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { definePolicy } from '../../src/server/modules/access/policy.ts';
import type { Tx } from '../../src/server/platform/db/database.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import type { TestDatabase } from '../support/test-database.ts';

// A stand-in for the person's case file, which does not exist yet: the entity the access core is
// tested with. It has every kind of relationship a real entity will have — a facility, an assigned
// organisation, the whole tenant, a case team — and opts into break-glass. Its table is made by
// the test, with row-level security like every tenant-owned table.

export interface CaseFile {
  id: string;
  tenantId: string;
  facilityId: string;
  /** The CSO assigned to the person, if any. */
  organisationId: string | null;
  personId: string;
  caseTeamUserIds: string[];
}

export const CASE_FILE_ACTIONS = ['read', 'add_note', 'update'] as const;
export type CaseFileAction = (typeof CASE_FILE_ACTIONS)[number];

export const caseFilePolicy = definePolicy({
  entity: 'case_file',
  actions: CASE_FILE_ACTIONS,
  relationships: ['facility', 'assigned_organisation', 'tenant', 'case_team'],
  relate: (held, actor, record: CaseFile) => {
    const relationships: ('facility' | 'assigned_organisation' | 'tenant' | 'case_team')[] = [];
    if (record.tenantId !== actor.tenantId) return relationships;
    if (held.scope === 'facility' && held.facilityId === record.facilityId) relationships.push('facility');
    if (held.scope === 'organisation' && held.organisationId === record.organisationId) {
      relationships.push('assigned_organisation');
    }
    if (held.scope === 'tenant') relationships.push('tenant');
    // Only within the role's own scope: a team member moved to another facility loses the file.
    if (relationships.length > 0 && record.caseTeamUserIds.includes(actor.userId)) {
      relationships.push('case_team');
    }
    return relationships;
  },
  table: {
    director: { facility: ['read'] },
    security_officer: { facility: ['read'] },
    case_manager: { facility: ['read'], case_team: ['read', 'add_note', 'update'] },
    cso_coordinator: { assigned_organisation: ['read'] },
    cso_practitioner: { case_team: ['read', 'add_note'] },
    probation_officer: { tenant: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: record.id, personId: record.personId }),
  listScopes: { facility: 'facility', assigned_organisation: 'organisation', tenant: 'tenant' },
  breakGlass: { roles: ['director', 'security_officer', 'case_manager'] },
});

export const caseFiles = pgTable('test_case_files', {
  id: uuid('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  facilityId: uuid('facility_id').notNull(),
  organisationId: uuid('organisation_id'),
  personId: uuid('person_id').notNull(),
  caseTeam: uuid('case_team').array().notNull(),
  notes: integer('notes').notNull(),
});

/** Makes the fixture's table, with the tenant policy and grants every tenant-owned table has. */
export async function createCaseFileTable(test: TestDatabase) {
  for (const statement of [
    `create table test_case_files (
       id uuid primary key, tenant_id uuid not null references tenants (id), facility_id uuid not null,
       organisation_id uuid, person_id uuid not null, case_team uuid[] not null default '{}',
       notes integer not null default 0)`,
    'alter table test_case_files enable row level security',
    'alter table test_case_files force row level security',
    `create policy test_case_files_tenant on test_case_files
       using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant())`,
    'grant select, insert, update on test_case_files to pathways_app',
  ]) {
    await test.superuser(statement);
  }
}

export async function insertCaseFile(
  test: TestDatabase,
  file: Omit<CaseFile, 'id' | 'personId' | 'caseTeamUserIds'> & Partial<CaseFile>,
): Promise<CaseFile> {
  const made: CaseFile = {
    id: file.id ?? uuidv7(),
    personId: file.personId ?? uuidv7(),
    caseTeamUserIds: file.caseTeamUserIds ?? [],
    tenantId: file.tenantId,
    facilityId: file.facilityId,
    organisationId: file.organisationId,
  };
  await test.superuser(
    `insert into test_case_files (id, tenant_id, facility_id, organisation_id, person_id, case_team)
     values ($1, $2, $3, $4, $5, $6)`,
    [made.id, made.tenantId, made.facilityId, made.organisationId, made.personId, made.caseTeamUserIds],
  );
  return made;
}

const columns = {
  id: caseFiles.id,
  tenantId: caseFiles.tenantId,
  facilityId: caseFiles.facilityId,
  organisationId: caseFiles.organisationId,
  personId: caseFiles.personId,
  caseTeamUserIds: caseFiles.caseTeam,
};

/** Loads one file of the tenant by id, before `authorize` decides about it. */
export async function findCaseFile(tx: Tx, tenantId: string, id: string): Promise<CaseFile | undefined> {
  const [row] = await tx
    .select(columns)
    .from(caseFiles)
    .where(and(eq(caseFiles.tenantId, tenantId), eq(caseFiles.id, id)));
  return row;
}

/** The files `visible` lets through (visibleRowsCondition), by id. */
export function listCaseFiles(tx: Tx, visible: SQL): Promise<CaseFile[]> {
  return tx.select(columns).from(caseFiles).where(visible).orderBy(caseFiles.id);
}

/** A write before the access decision, to show that a refusal undoes it. */
export async function countNote(tx: Tx, id: string): Promise<void> {
  await tx
    .update(caseFiles)
    .set({ notes: sql`${caseFiles.notes} + 1` })
    .where(eq(caseFiles.id, id));
}

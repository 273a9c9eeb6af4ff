import { type SQL, sql } from 'drizzle-orm';
import { knowledgeEntries as entries } from '../schema.ts';

/**
 * Who reads the library: anyone (no session), or a signed-in member of a tenant and organisation.
 * Row-level security already hides what neither may see (migration 0014); this is the first wall,
 * and the finer rule the database cannot know: a restricted entry naming organisations of its own
 * tenant is for those organisations only.
 */
export type LibraryReader = { kind: 'anyone' } | { kind: 'member'; tenantId: string; organisationId: string };

export const ANYONE: LibraryReader = { kind: 'anyone' };

/** Published and not archived: what the library's lists, feed and export show. */
export const isPublished: SQL = sql`${entries.status} in ('inspiring', 'peer_reviewed')`;

/**
 * A published entry this reader may see: public, or restricted to the reader, that is of the
 * reader's tenant (narrowed to the organisations it names, when it names any) or naming the
 * reader's tenant among its audience tenants.
 */
export function visibleTo(reader: LibraryReader): SQL {
  if (reader.kind === 'anyone') return sql`(${isPublished} and ${entries.visibility} = 'public')`;
  const tenant = sql`${reader.tenantId}::uuid`;
  const organisation = sql`${reader.organisationId}::uuid`;
  return sql`(${isPublished} and (
    ${entries.visibility} = 'public'
    or (${entries.tenantId} = ${tenant}
        and (cardinality(${entries.audienceOrganisationIds}) = 0
             or ${organisation} = any (${entries.audienceOrganisationIds})))
    or ${tenant} = any (${entries.audienceTenantIds})))`;
}

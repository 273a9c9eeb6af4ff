import { sql } from 'drizzle-orm';
import type { Directory, DirectoryQuery } from '../../../../contracts/registry-organisations.ts';
import { DIRECTORY_LIMIT } from '../../../../contracts/registry-organisations.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { allowedActions, READ } from '../../access/policy.ts';
import { visibleRowsCondition } from '../../access/visible-rows.ts';
import { organisations } from '../../identity/schema.ts';
import { latestDecisionsOf } from '../accreditation/repository.ts';
import { invalidRequest } from './errors.ts';
import { registryOrganisationPolicy } from './policy.ts';
import { presentDirectoryEntry } from './presenter.ts';
import { directoryPage } from './repository.ts';

// The cursor is the last name of the page (names are unique in a tenant), opaque to clients.
const cursorOf = (name: string) => Buffer.from(name, 'utf8').toString('base64url');

function nameAfter(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const name = Buffer.from(cursor, 'base64url').toString('utf8');
  if (name.length === 0 || cursorOf(name) !== cursor) {
    throw invalidRequest([
      { path: '/querystring/cursor', code: 'invalid_cursor', message: 'not a cursor of this list' },
    ]);
  }
  return name;
}

/**
 * One page of the civil society organisations of the actor's tenant that they may see, by name:
 * every one for the administrator and prison staff, their own for a coordinator. Not audited: it
 * lists organisations, not people.
 */
export async function listRegistryOrganisations(
  tx: Tx,
  access: AccessContext,
  query: DirectoryQuery,
): Promise<Directory> {
  const { actor } = access;
  const limit = query.limit ?? DIRECTORY_LIMIT.default;
  const afterName = nameAfter(query.cursor);
  // Prison staff read the whole directory from whichever facility they hold their role at: their
  // relationship is to the tenant's prison service, not to a column of the organisation.
  const prisonStaff = actor.roles.some(
    (held) =>
      held.scope === 'facility' &&
      registryOrganisationPolicy.table[held.role]?.prison_service?.includes(READ) === true,
  );
  const visible = visibleRowsCondition(
    registryOrganisationPolicy,
    actor,
    { tenantId: organisations.tenantId, organisationId: organisations.id },
    ...(prisonStaff ? [sql`true`] : []),
  );
  const found = await directoryPage(tx, visible, { afterName, limit: limit + 1 });
  const shown = found.slice(0, limit);
  const latest = await latestDecisionsOf(
    tx,
    shown.map((row) => row.id),
  );
  const last = shown.at(-1);
  return {
    items: shown.map((row) =>
      presentDirectoryEntry(row, latest.get(row.id), allowedActions(registryOrganisationPolicy, actor, row)),
    ),
    nextCursor: found.length > limit && last ? cursorOf(last.name) : null,
  };
}

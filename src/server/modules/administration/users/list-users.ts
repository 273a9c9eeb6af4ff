import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { allowedActions } from '../../access/policy.ts';
import { visibleRowsCondition } from '../../access/visible-rows.ts';
import { users } from '../../identity/schema.ts';
import { userAccountPolicy } from './policy.ts';
import { presentUser } from './presenter.ts';
import { listUsers as findUsers } from './repository.ts';
import type { ManagedUserPage } from './schemas.ts';

/**
 * One page of the accounts the actor may see: the whole tenant for an administrator, the
 * organisations they coordinate for a CSO coordinator. A filter on an organisation the actor may
 * not see gives an empty page, exactly as one that does not exist.
 */
export async function listUsers(
  tx: Tx,
  access: AccessContext,
  filters: { organisationId?: string | undefined; active?: boolean | undefined },
  page: { after?: string | undefined; limit: number },
): Promise<ManagedUserPage> {
  const visible = visibleRowsCondition(userAccountPolicy, access.actor, {
    tenantId: users.tenantId,
    organisationId: users.organisationId,
  });
  const found = await findUsers(tx, visible, filters, { after: page.after, limit: page.limit + 1 });
  const shown = found.slice(0, page.limit);
  return {
    items: shown.map((row) => presentUser(row, allowedActions(userAccountPolicy, access.actor, row))),
    nextCursor: found.length > page.limit ? (shown.at(-1)?.id ?? null) : null,
  };
}

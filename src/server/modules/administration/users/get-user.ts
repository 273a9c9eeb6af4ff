import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { userAccountPolicy } from './policy.ts';
import { presentUser } from './presenter.ts';
import { findUser } from './repository.ts';
import type { ManagedUser } from './schemas.ts';

/**
 * One account, with the actions the actor may take on it. A staff member's account is personal
 * data, so every look at it is recorded (`record.read`), as a look at a person's file will be.
 */
export async function getUser(tx: Tx, access: AccessContext, id: string): Promise<ManagedUser> {
  const found = await findUser(tx, id);
  if (!found) throw notFound();
  const { actions } = authorize(access, userAccountPolicy, 'read', found);
  access.audit({ action: 'record.read', outcome: 'allowed', subject: { type: 'user', id }, personId: null });
  return presentUser(found, actions);
}

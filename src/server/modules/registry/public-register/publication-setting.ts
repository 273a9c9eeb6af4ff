import type {
  PublicRegisterSetting,
  PublicRegisterSettingRequest,
} from '../../../../contracts/public-register.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { publicRegisterPolicy } from './policy.ts';
import { findPublication, findTenant, type PublicationRow, savePublication } from './repository.ts';

async function present(
  tx: Tx,
  tenantId: string,
  row: PublicationRow | undefined,
): Promise<PublicRegisterSetting> {
  const tenant = await findTenant(tx, { id: tenantId });
  if (!tenant) throw new Error(`the actor's tenant ${tenantId} has no row`);
  return {
    public: row?.isPublic ?? false,
    tenantSlug: tenant.slug,
    changedAt: row?.changedAt.toISOString() ?? null,
  };
}

/** Whether the actor's tenant publishes its register. Not audited: a setting, not personal data. */
export async function getPublicationSetting(tx: Tx, access: AccessContext): Promise<PublicRegisterSetting> {
  const { tenantId } = access.actor;
  authorize(access, publicRegisterPolicy, 'read', { tenantId });
  return present(tx, tenantId, await findPublication(tx, tenantId));
}

/**
 * Publishes or withdraws the actor's tenant's register. Audited as `registry.publication_changed`
 * with the setting before and after, also when they are the same (the request was made and answered).
 */
export async function changePublicationSetting(
  tx: Tx,
  access: AccessContext,
  request: PublicRegisterSettingRequest,
): Promise<PublicRegisterSetting> {
  const { tenantId, userId } = access.actor;
  authorize(access, publicRegisterPolicy, 'change', { tenantId });
  const before = (await findPublication(tx, tenantId, { lock: true }))?.isPublic ?? false;
  const row = await savePublication(tx, tenantId, request.public, userId);
  access.audit({
    action: 'registry.publication_changed',
    outcome: 'allowed',
    subject: { type: publicRegisterPolicy.entity, id: tenantId },
    personId: null,
    details: { before, after: row.isPublic },
  });
  return present(tx, tenantId, row);
}

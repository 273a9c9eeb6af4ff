import type { Column } from 'drizzle-orm';
import type { ReviewQueue } from '../../../../contracts/registry-review.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorize } from '../../access/authorize.ts';
import { withinAuthorizedRecord } from '../../access/visible-rows.ts';
import { reviewQueuePolicy } from './policy.ts';
import { buildReviewQueue } from './queue.ts';
import { queueFacts } from './repository.ts';

/**
 * The tenant's review queue counted from `on` (the server's today unless a day is asked): waiting
 * applications, accreditations ending or ended, vetting to do, agreements ending. Recorded as
 * `record.read` (view `review_queue`): it names practitioners and their vetting standing.
 */
export async function getReviewQueue(tx: Tx, access: AccessContext, on: string): Promise<ReviewQueue> {
  const { actor } = access;
  const granted = authorize(access, reviewQueuePolicy, 'read', { tenantId: actor.tenantId });
  const within = (tenantColumn: Column) => withinAuthorizedRecord(granted, actor, tenantColumn);
  const queue = buildReviewQueue(await queueFacts(tx, within, actor.tenantId, on), on);
  access.audit({
    action: 'record.read',
    outcome: 'allowed',
    subject: { type: 'review_queue', id: null },
    personId: null,
    details: {
      view: 'review_queue',
      on,
      applications: queue.applications.length,
      accreditations: queue.accreditations.length,
      vetting: queue.vetting.length,
      agreements: queue.agreements.length,
    },
  });
  return { ...queue, actions: ['read'] };
}

import { definePolicy } from '../../access/policy.ts';

// Who may open the review queue: the tenant's list of accreditation and vetting work to do. It
// names organisations and practitioners across the whole tenant, so it is for those who do that
// work tenant-wide: the administrator, and a director or security officer of any facility of the
// tenant (as the practitioner policy's `prison_service`). The route's marking refuses every other
// role (403); another tenant's queue is never anyone's to read.

/** The queue of one tenant, as the policy judges it. */
export interface ReviewQueueRecord {
  tenantId: string;
}

type Relationship = 'tenant' | 'prison_service';

export const reviewQueuePolicy = definePolicy({
  entity: 'review_queue',
  actions: ['read'] as const,
  relationships: ['tenant', 'prison_service'],
  relate: (held, actor, record: ReviewQueueRecord): Relationship[] => {
    if (record.tenantId !== actor.tenantId) return [];
    if (held.scope === 'tenant') return ['tenant'];
    return held.scope === 'facility' ? ['prison_service'] : [];
  },
  table: {
    administrator: { tenant: ['read'] },
    director: { prison_service: ['read'] },
    security_officer: { prison_service: ['read'] },
  },
  subject: (record) => ({ tenantId: record.tenantId, id: null, personId: null }),
});

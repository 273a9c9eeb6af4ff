import type { PeerReview, RecordPeerReviewRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { knowledgePeerReviews } from '../schema.ts';
import { entryFor } from './change.ts';
import { presentPeerReview } from './presenter.ts';

/**
 * An editor records a peer review (reviewers are often outside Pathways: by name and affiliation),
 * which publishing as peer-reviewed needs. It is a record of its own, not a change to the entry's
 * text, so it adds no version.
 */
export async function recordPeerReview(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: RecordPeerReviewRequest,
): Promise<PeerReview> {
  const { entry } = await entryFor(tx, access, id, 'record_peer_review');
  const [row] = await tx
    .insert(knowledgePeerReviews)
    .values({
      id: uuidv7(),
      entryId: entry.id,
      tenantId: entry.tenantId,
      ...request,
      recordedBy: access.actor.userId,
    })
    .returning();
  if (!row) throw new Error('the peer review was not inserted');
  access.audit({
    action: 'knowledge.peer_review_recorded',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { peerReviewId: row.id },
  });
  return presentPeerReview(row);
}

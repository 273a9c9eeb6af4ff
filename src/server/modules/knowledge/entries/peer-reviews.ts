import type { PeerReview, RecordPeerReviewRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryText } from '../personal-data/check.ts';
import { isPublished } from '../policy.ts';
import { knowledgePeerReviews } from '../schema.ts';
import { entryFor } from './change.ts';
import { expectWarningsConfirmed } from './errors.ts';
import { presentPeerReview } from './presenter.ts';

/**
 * An editor records a peer review (reviewers are often outside Pathways: by name and affiliation),
 * which publishing as peer-reviewed needs. It is a record of its own, not a change to the entry's
 * text, so it adds no version. On a published entry it is public at once, so its conclusion is
 * checked for personal data as at publication (409 without the editor's confirmation); on a draft,
 * publishing checks it.
 */
export async function recordPeerReview(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: RecordPeerReviewRequest,
): Promise<PeerReview> {
  const { entry } = await entryFor(tx, access, id, 'record_peer_review');
  const { acknowledgeWarnings, ...review } = request;
  const checked = isPublished(entry.status);
  const warnings = checked
    ? checkEntryText({ originalLanguage: entry.originalLanguage, peerReviews: [review] })
    : [];
  expectWarningsConfirmed(warnings, acknowledgeWarnings);
  const [row] = await tx
    .insert(knowledgePeerReviews)
    .values({
      id: uuidv7(),
      entryId: entry.id,
      tenantId: entry.tenantId,
      ...review,
      recordedBy: access.actor.userId,
    })
    .returning();
  if (!row) throw new Error('the peer review was not inserted');
  access.audit({
    action: 'knowledge.peer_review_recorded',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { peerReviewId: row.id, ...(checked ? { warningsAcknowledged: warnings.length } : {}) },
  });
  return presentPeerReview(row);
}

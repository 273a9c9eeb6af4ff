import type { AddReviewEventRequest, ReviewEvent } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { authorizeEntry } from '../policy.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { invalidField } from './errors.ts';
import { findDisplayNames, findEntry, findReviewEvents, insertReviewEvent } from './repository.ts';

type ReviewEventRow = Awaited<ReturnType<typeof findReviewEvents>>[number];

function presentEvent(row: ReviewEventRow, names: Map<string, string>): ReviewEvent {
  return {
    id: row.id,
    kind: row.kind as ReviewEvent['kind'],
    body: row.body,
    author: row.authorId ? { id: row.authorId, displayName: names.get(row.authorId) ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The review conversation of an entry, oldest first: for its proposer and the editors. */
export async function listReviewEvents(tx: Tx, access: AccessContext, id: string): Promise<ReviewEvent[]> {
  const entry = await findEntry(tx, id);
  if (!entry) throw notFound();
  authorizeEntry(access, 'read_history', entry);
  const rows = await findReviewEvents(tx, entry.id);
  const names = await findDisplayNames(
    tx,
    entry.tenantId,
    rows.flatMap((row) => (row.authorId ? [row.authorId] : [])),
  );
  return rows.map((row) => presentEvent(row, names));
}

/**
 * A comment (the proposer on their own entry, or an editor), or an editor's request for change
 * while the entry is in review: it goes back to its proposer (`changes_requested`, a new version).
 * A request for change names the version it was made on (it asks for changes to the text as read);
 * a comment may, and is then refused as well when the entry changed since.
 */
export async function addReviewEvent(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: AddReviewEventRequest,
): Promise<ReviewEvent> {
  const asking = request.kind === 'changes_requested';
  const { entry } = await entryFor(tx, access, id, asking ? 'request_changes' : 'comment');
  if (asking && request.version === undefined)
    throw invalidField('version', 'required', 'a request for change names the version it was made on');
  if (request.version !== undefined) expectVersion(entry, request.version);
  const after = asking
    ? await saveChange(tx, access, entry, { status: 'changes_requested' }, 'changes_requested')
    : entry;
  const row = await insertReviewEvent(tx, entry, request.kind, request.body, access.actor.userId);
  access.audit({
    action: asking ? 'knowledge.changes_requested' : 'knowledge.review_comment_added',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { reviewEventId: row.id, version: after.version },
  });
  const names = await findDisplayNames(tx, entry.tenantId, [access.actor.userId]);
  return presentEvent(row, names);
}

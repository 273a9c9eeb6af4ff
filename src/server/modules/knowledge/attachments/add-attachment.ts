import type { Attachment } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { DocumentCorrupt } from '../../registry/documents/errors.ts';
import type { DocumentStaging, DocumentStore } from '../../registry/documents/store.ts';
import { entryFor } from '../entries/change.ts';
import { presentAttachment } from '../entries/presenter.ts';
import { type AttachmentRow, findAttachment, findEntry } from '../entries/repository.ts';
import { authorizeEntry } from '../policy.ts';
import { knowledgeAttachments } from '../schema.ts';
import type { CheckedAttachment } from './file-checks.ts';

/**
 * Attaches a file to an entry (its proposer while it is theirs to change, or an editor): staged
 * beside its place, the row inserted, then moved into place as the last step, so a row never points
 * at a missing file and a failed request leaves none (the store of organisations' documents, reused).
 * A file is a record of its own, not a change to the entry's text: no version. Audited with its
 * id, type, size and SHA-256, never its name.
 */
export async function addAttachment(
  tx: Tx,
  access: AccessContext,
  staging: DocumentStaging,
  entryId: string,
  upload: CheckedAttachment,
): Promise<Attachment> {
  const { entry } = await entryFor(tx, access, entryId, 'attach');
  const id = uuidv7();
  const staged = await staging.stage(entry.tenantId, id, upload.content);
  const [row] = await tx
    .insert(knowledgeAttachments)
    .values({
      id,
      entryId: entry.id,
      tenantId: entry.tenantId,
      fileName: upload.fileName,
      contentType: upload.contentType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
      addedBy: access.actor.userId,
    })
    .returning();
  if (!row) throw new Error('the attachment was not inserted');
  access.audit({
    action: 'knowledge.attachment_added',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: {
      attachmentId: id,
      contentType: upload.contentType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
    },
  });
  await staged.keep();
  return presentAttachment(row);
}

/** An attachment's file for anyone who may read its entry, only if it is what was uploaded. */
export async function openAttachment(
  tx: Tx,
  access: AccessContext,
  store: DocumentStore,
  entryId: string,
  attachmentId: string,
): Promise<{ attachment: AttachmentRow; content: Buffer }> {
  const entry = await findEntry(tx, entryId);
  if (!entry) throw notFound();
  authorizeEntry(access, 'read', entry);
  const attachment = await findAttachment(tx, entry.id, attachmentId);
  if (!attachment) throw notFound();
  const stored = await store.read(attachment.tenantId, attachment.id, attachment);
  if (!stored.found) throw new DocumentCorrupt(attachment.id, stored.reason);
  return { attachment, content: stored.content };
}

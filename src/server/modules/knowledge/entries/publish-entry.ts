import { sql } from 'drizzle-orm';
import type { Entry, PublishEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryPersonalData } from '../personal-data/check.ts';
import { knowledgeEntries } from '../schema.ts';
import { entryFor, expectVersion, saveChange } from './change.ts';
import { presentAfterWrite } from './entry-view.ts';
import { expectWarningsConfirmed, incomplete, invalidField, peerReviewMissing } from './errors.ts';
import {
  findOrganisations,
  findPeerReviews,
  findTenantIds,
  findTranslations,
  insertReviewEvent,
} from './repository.ts';
import { missingFields } from './submit-entry.ts';

/**
 * An editor publishes an entry in review, or changes the level or visibility of a published one.
 * It needs, in the original language, a title, summary, approach and results, and a theme (422
 * `knowledge.incomplete`); as peer-reviewed, a recorded peer review (422); and when the
 * personal-data check warns, the editor's confirmation (409 with the warnings). The first
 * publication's date is kept through later changes.
 */
export async function publishEntry(
  tx: Tx,
  access: AccessContext,
  id: string,
  request: PublishEntryRequest,
): Promise<Entry> {
  const { entry } = await entryFor(tx, access, id, 'publish');
  expectVersion(entry, request.version);
  const missing = await missingFields(tx, entry, ['title', 'summary', 'approach', 'results']);
  if (missing.length > 0) throw incomplete(missing);
  const peerReviews = await findPeerReviews(tx, entry.id);
  if (request.level === 'peer_reviewed' && peerReviews.length === 0) throw peerReviewMissing();
  const warnings = checkEntryPersonalData({ ...entry, peerReviews }, await findTranslations(tx, [entry.id]));
  expectWarningsConfirmed(warnings, request.acknowledgeWarnings);

  const restricted = request.visibility === 'restricted';
  const audienceOrganisationIds = restricted ? (request.audienceOrganisationIds ?? []) : [];
  const audienceTenantIds = restricted ? (request.audienceTenantIds ?? []) : [];
  const organisations = await findOrganisations(tx, entry.tenantId, audienceOrganisationIds);
  if (organisations.length !== audienceOrganisationIds.length) {
    throw invalidField(
      'audienceOrganisationIds',
      'unknown',
      'names an organisation that is not of this tenant',
    );
  }
  if ((await findTenantIds(tx, audienceTenantIds)).length !== audienceTenantIds.length) {
    throw invalidField('audienceTenantIds', 'unknown', 'names a tenant that does not exist');
  }

  const updated = await saveChange(
    tx,
    access,
    entry,
    {
      status: request.level,
      visibility: request.visibility,
      audienceOrganisationIds,
      audienceTenantIds,
      publishedAt: sql`coalesce(${knowledgeEntries.publishedAt}, now())`,
      staleSince: null,
      archivedAt: null,
    },
    'published',
  );
  await insertReviewEvent(tx, entry, 'published', '', access.actor.userId);
  access.audit({
    action: 'knowledge.entry_published',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: {
      level: request.level,
      visibility: request.visibility,
      warningsAcknowledged: warnings.length,
      version: updated.version,
    },
  });
  return presentAfterWrite(tx, access, updated);
}

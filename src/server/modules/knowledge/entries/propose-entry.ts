import type { Entry, ProposeEntryRequest, TranslationText } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage, TranslationOrigin } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import type { AccessContext } from '../../access/access-context.ts';
import { checkEntryFields } from './entry-fields.ts';
import { presentAfterWrite } from './entry-view.ts';
import { findOrganisations, insertEntry, insertVersion, upsertTranslation } from './repository.ts';

/** The columns of a translation from its text (absent fields empty). */
export function translationValues(
  entry: { id: string; tenantId: string },
  language: KnowledgeLanguage,
  origin: TranslationOrigin,
  text: TranslationText,
  addedBy: string,
) {
  return {
    entryId: entry.id,
    tenantId: entry.tenantId,
    language,
    origin,
    title: text.title,
    summary: text.summary,
    legalFramework: text.legalFramework ?? '',
    approach: text.approach ?? '',
    resources: text.resources ?? '',
    results: text.results ?? '',
    measurement: text.measurement ?? '',
    lessons: text.lessons ?? '',
    sustainability: text.sustainability ?? '',
    addedBy,
  };
}

/**
 * Any signed-in user proposes an entry: a draft of their tenant in the language it is written in
 * (its `original` translation), version 1. The contributing organisation is, unless named, the
 * proposer's own when it is a civil society organisation. Audited with the kind and language only.
 */
export async function proposeEntry(
  tx: Tx,
  access: AccessContext,
  request: ProposeEntryRequest,
): Promise<Entry> {
  const { actor } = access;
  const [own] = await findOrganisations(tx, actor.tenantId, [actor.organisationId]);
  const contributingOrganisationId =
    request.contributingOrganisationId !== undefined
      ? request.contributingOrganisationId
      : own?.kind === 'civil_society'
        ? own.id
        : null;
  await checkEntryFields(tx, actor, actor.tenantId, request, {
    startedOn: null,
    endedOn: null,
  });
  const entry = await insertEntry(tx, {
    id: uuidv7(),
    tenantId: actor.tenantId,
    kind: request.kind,
    originalLanguage: request.language,
    country: request.country ?? null,
    region: request.region ?? null,
    facilityTypes: request.facilityTypes ?? [],
    themes: request.themes ?? [],
    targetGroups: request.targetGroups ?? [],
    preventionLevels: request.preventionLevels ?? [],
    actors: request.actors ?? [],
    evidenceLevel: request.evidenceLevel ?? 'none',
    startedOn: request.startedOn ?? null,
    endedOn: request.endedOn ?? null,
    contributingOrganisationId,
    contributorName: request.contributorName ?? null,
    contactName: request.contactName ?? null,
    contactEmail: request.contactEmail ?? null,
    contactConsent: request.contactConsent ?? false,
    links: request.links ?? [],
    relatedEntryIds: request.relatedEntryIds ?? [],
    proposedBy: actor.userId,
  });
  await upsertTranslation(
    tx,
    translationValues(entry, request.language, 'original', request.text, actor.userId),
  );
  await insertVersion(tx, entry, 'proposed', actor.userId);
  access.audit({
    action: 'knowledge.entry_proposed',
    outcome: 'allowed',
    subject: { type: 'knowledge_entry', id: entry.id },
    personId: null,
    details: { kind: entry.kind, language: entry.originalLanguage },
  });
  return presentAfterWrite(tx, access, entry);
}

import type { ProposeEntryRequest } from '../../../../contracts/knowledge.ts';
import type {
  FacilityType,
  KnowledgeActor,
  PreventionLevel,
  TargetGroup,
  Theme,
} from '../../../../contracts/knowledge-taxonomy.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { uuidv7 } from '../../../platform/ids.ts';
import { knowledgeEntries, knowledgeEntryVersions, knowledgeTranslations } from '../schema.ts';

// The import's own way of saving a proposal as a draft: the entry, its `original` translation and
// its first version row. It mirrors what proposing one entry by hand saves (entries/); the two are
// to become one use-case (see docs/knowledge.md, "Import").

/** Saves one proposal as a draft of `proposerId` in the transaction's tenant; its id. */
export async function createDraft(
  tx: Tx,
  owner: { tenantId: string; proposerId: string },
  proposal: ProposeEntryRequest,
): Promise<string> {
  const id = uuidv7();
  const now = new Date();
  const entry = {
    id,
    tenantId: owner.tenantId,
    kind: proposal.kind,
    status: 'draft' as const,
    visibility: 'public' as const,
    originalLanguage: proposal.language,
    country: proposal.country ?? null,
    region: proposal.region ?? null,
    // The contract's code lists type their items as strings (Codes() in knowledge.ts is generic);
    // the validator has held each to its list already.
    facilityTypes: (proposal.facilityTypes ?? []) as FacilityType[],
    themes: (proposal.themes ?? []) as Theme[],
    targetGroups: (proposal.targetGroups ?? []) as TargetGroup[],
    preventionLevels: (proposal.preventionLevels ?? []) as PreventionLevel[],
    actors: (proposal.actors ?? []) as KnowledgeActor[],
    evidenceLevel: proposal.evidenceLevel ?? 'none',
    startedOn: proposal.startedOn ?? null,
    endedOn: proposal.endedOn ?? null,
    contributingOrganisationId: proposal.contributingOrganisationId ?? null,
    contributorName: proposal.contributorName ?? null,
    contactName: proposal.contactName ?? null,
    contactEmail: proposal.contactEmail ?? null,
    contactConsent: proposal.contactConsent ?? false,
    links: proposal.links ?? [],
    relatedEntryIds: proposal.relatedEntryIds ?? [],
    proposedBy: owner.proposerId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const text = {
    title: proposal.text.title,
    summary: proposal.text.summary,
    legalFramework: proposal.text.legalFramework ?? '',
    approach: proposal.text.approach ?? '',
    resources: proposal.text.resources ?? '',
    results: proposal.text.results ?? '',
    measurement: proposal.text.measurement ?? '',
    lessons: proposal.text.lessons ?? '',
    sustainability: proposal.text.sustainability ?? '',
  };
  await tx.insert(knowledgeEntries).values(entry);
  await tx.insert(knowledgeTranslations).values({
    entryId: id,
    tenantId: owner.tenantId,
    language: proposal.language,
    origin: 'original',
    ...text,
    addedBy: owner.proposerId,
    updatedAt: now,
  });
  const { tenantId: _tenantId, ...snapshotEntry } = entry;
  await tx.insert(knowledgeEntryVersions).values({
    entryId: id,
    tenantId: owner.tenantId,
    version: 1,
    change: 'imported',
    snapshot: {
      ...snapshotEntry,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      translations: [{ language: proposal.language, origin: 'original', ...text }],
    },
    changedBy: owner.proposerId,
    changedAt: now,
  });
  return id;
}

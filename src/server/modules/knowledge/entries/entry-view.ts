import { eq } from 'drizzle-orm';
import type { Entry } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Database, Tx } from '../../../platform/db/database.ts';
import type { AccessContext } from '../../access/access-context.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { organisations } from '../../identity/schema.ts';
import { checkEntryPersonalData } from '../personal-data/check.ts';
import { type EntryRecord, entryActionsOf, isProposerOrEditor } from '../policy.ts';
import { type EntryView, presentEntry, translationFor } from './presenter.ts';
import {
  type EntryRow,
  findAttachments,
  findEntries,
  findOrganisations,
  findPeerReviews,
  findTenantName,
  findTranslations,
} from './repository.ts';

/**
 * Loads what an entry's page shows, in the reader's transaction. Related entries are listed only
 * when `mayRead` says the reader may read them. The contributing organisation's name is read here
 * when the transaction's tenant is the entry's; for a reader of another tenant (or none) it is
 * left for `withOrganisationName`, since organisations are visible to their own tenant only.
 */
export async function loadEntryView(
  tx: Tx,
  entry: EntryRow,
  mayRead: (record: EntryRecord) => boolean,
  language?: KnowledgeLanguage,
): Promise<EntryView & { organisationPending: boolean }> {
  const [translations, attachments, peerReviews, publisher] = await Promise.all([
    findTranslations(tx, [entry.id]),
    findAttachments(tx, entry.id),
    findPeerReviews(tx, entry.id),
    findTenantName(tx, entry.tenantId),
  ]);
  const organisationId = entry.contributingOrganisationId;
  const [organisation] = organisationId ? await findOrganisations(tx, entry.tenantId, [organisationId]) : [];
  const relatedRows = (await findEntries(tx, entry.relatedEntryIds)).filter(mayRead);
  const relatedTexts = await findTranslations(
    tx,
    relatedRows.map((row) => row.id),
  );
  const related = entry.relatedEntryIds.flatMap((id) => {
    const shown = translationFor(
      relatedTexts.filter((text) => text.entryId === id),
      language,
    );
    return relatedRows.some((row) => row.id === id) && shown
      ? [{ id, title: shown.title, language: shown.language }]
      : [];
  });
  return {
    entry,
    translations,
    attachments,
    peerReviews,
    publisher: publisher ?? '',
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    related,
    organisationPending: organisationId !== null && organisation === undefined,
  };
}

/**
 * The contributing organisation's name for a reader outside the entry's tenant, read in a
 * read-only transaction of the entry's tenant once the reader's own transaction has shown that
 * they may read the entry: the one thing of another tenant's that an entry shows by its name.
 */
export async function withOrganisationName<V extends EntryView & { organisationPending: boolean }>(
  db: Database,
  view: V,
): Promise<EntryView> {
  const id = view.entry.contributingOrganisationId;
  if (!view.organisationPending || id === null) return view;
  const [row] = await db.withTenant(view.entry.tenantId, (tx) =>
    tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, id)),
  );
  return { ...view, organisation: row ?? null };
}

/** The entry as a signed-in reader sees it: their actions, and warnings when they are its proposer or an editor. */
export async function presentForActor(
  tx: Tx,
  actor: Actor,
  entry: EntryRow,
  language?: KnowledgeLanguage,
): Promise<{ entry: Entry; view: EntryView & { organisationPending: boolean } }> {
  const view = await loadEntryView(tx, entry, (record) => entryActionsOf(actor, record).length > 0, language);
  return { entry: presentView(view, actor), view };
}

export function presentView(view: EntryView, actor: Actor): Entry {
  const privileged = isProposerOrEditor(actor, view.entry);
  return presentEntry(view, {
    actions: entryActionsOf(actor, view.entry),
    privileged,
    mine: view.entry.proposedBy === actor.userId && view.entry.tenantId === actor.tenantId,
    warnings: privileged
      ? checkEntryPersonalData({ ...view.entry, peerReviews: view.peerReviews }, view.translations)
      : [],
  });
}

/** After a write in the actor's own tenant: the entry as the writer now sees it. */
export async function presentAfterWrite(tx: Tx, access: AccessContext, entry: EntryRow): Promise<Entry> {
  return (await presentForActor(tx, access.actor, entry)).entry;
}

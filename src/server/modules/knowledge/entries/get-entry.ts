import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Entry } from '../../../../contracts/knowledge.ts';
import type { KnowledgeLanguage } from '../../../../contracts/knowledge-taxonomy.ts';
import type { Database } from '../../../platform/db/database.ts';
import { notFound } from '../../../platform/http/problem.ts';
import { withAccess } from '../../access/with-access.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { authorizeEntry, type EntryRecord, entryActionsOf, isPublished } from '../policy.ts';
import { loadEntryView, presentView, withOrganisationName } from './entry-view.ts';
import { presentEntry } from './presenter.ts';
import { findEntry } from './repository.ts';

/** One entry for a signed-in reader (404 unless the policy lets them read it). */
export async function getEntry(
  db: Database,
  request: FastifyRequest,
  id: string,
  language: KnowledgeLanguage | undefined,
): Promise<Entry> {
  const { view, actor } = await withAccess(db, request, async (tx, access) => {
    const entry = await findEntry(tx, id);
    if (!entry) throw notFound();
    authorizeEntry(access, 'read', entry);
    const reader: Actor = access.actor;
    const mayRead = (record: EntryRecord) => entryActionsOf(reader, record).length > 0;
    return { view: await loadEntryView(tx, entry, mayRead, language), actor: reader };
  });
  return presentView(await withOrganisationName(db, view), actor);
}

/** Whether anyone, signed in or not, may read the entry: published once, and public. */
export const publiclyReadable = (entry: EntryRecord) =>
  entry.visibility === 'public' &&
  entry.publishedAt !== null &&
  (isPublished(entry.status) || entry.status === 'archived');

/**
 * A published public entry for anyone, without a session: read in a transaction of no tenant, where
 * row-level security lets only published public rows through, and checked again here. Anything
 * else (a draft, a restricted entry, an unknown id) is the same 404 after the same work. The
 * contact only with consent; no warnings, no actions.
 */
export async function getPublicEntry(
  db: Database,
  id: string,
  language: KnowledgeLanguage | undefined,
): Promise<Entry> {
  const view = await db.withoutTenant(async (tx) => {
    // Nothing a public read could be led to do can write.
    await tx.execute(sql`set transaction read only`);
    const entry = await findEntry(tx, id);
    if (entry === undefined || !publiclyReadable(entry)) throw notFound();
    return loadEntryView(tx, entry, publiclyReadable, language);
  });
  return presentEntry(await withOrganisationName(db, view), {
    actions: [],
    privileged: false,
    mine: false,
    warnings: [],
  });
}

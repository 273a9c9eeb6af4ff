import {
  ENTRY_ACTIONS,
  type EntryAction,
  LIBRARY_ACTIONS,
  type LibraryAction,
} from '../../../contracts/knowledge.ts';
import type { EntryStatus } from '../../../contracts/knowledge-taxonomy.ts';
import type { AccessContext } from '../access/access-context.ts';
import { AccessRefusal, type RefusalReason } from '../access/authorize.ts';
import { allowedActions, definePolicy, type PolicyTable } from '../access/policy.ts';
import type { Actor } from '../identity/access/actor.ts';
import { ROLES, type Role } from '../identity/roles.ts';

// Who may do what with a knowledge entry (docs/knowledge.md, "Who may do what"). Any signed-in
// user, whatever their role, may propose an entry and keep working on it while it is theirs to
// change (a draft, or sent back with changes requested); the knowledge editors of the entry's tenant
// review, publish, archive and restore; once published, an entry is read by everyone it is visible
// to, in any tenant. The workflow's state is part of the relationship (a `drafting_proposer` is the
// proposer of an entry in draft or sent back), so that one table says both who and when.
//
// Unlike the registry's records, a published entry is read across tenants: `authorizeEntry` below
// judges it without the access core's same-tenant rule (row-level security of migration 0014 is the
// second wall); every write stays in the entry's own tenant, through the `editor` and proposer
// relationships, which need it.

export { ENTRY_ACTIONS, type EntryAction, LIBRARY_ACTIONS, type LibraryAction };

/** An entry as the policy judges it: the columns of its row that decide who may do what. */
export interface EntryRecord {
  id: string;
  tenantId: string;
  status: EntryStatus;
  visibility: 'public' | 'restricted';
  publishedAt: Date | string | null;
  audienceOrganisationIds: readonly string[];
  audienceTenantIds: readonly string[];
  proposedBy: string;
}

export const ENTRY_RELATIONSHIPS = [
  'proposer',
  'drafting_proposer',
  'editor',
  'reviewing_editor',
  'publishing_editor',
  'archiving_editor',
  'reader',
] as const;
export type EntryRelationship = (typeof ENTRY_RELATIONSHIPS)[number];

const PUBLISHED: readonly EntryStatus[] = ['inspiring', 'peer_reviewed'];
const DRAFTING: readonly EntryStatus[] = ['draft', 'changes_requested'];

export const isPublished = (status: EntryStatus) => PUBLISHED.includes(status);

/**
 * Whether the entry is visible to the actor as a published entry: published (or published once,
 * then archived: its address keeps working) and public, or restricted to the actor's tenant
 * (narrowed to the named organisations when there are any) or to a tenant it names.
 */
export function visibleAsPublished(actor: Pick<Actor, 'tenantId' | 'organisationId'>, entry: EntryRecord) {
  const wasPublished =
    entry.publishedAt !== null && (isPublished(entry.status) || entry.status === 'archived');
  if (!wasPublished) return false;
  if (entry.visibility === 'public') return true;
  if (entry.audienceTenantIds.includes(actor.tenantId)) return true;
  if (entry.tenantId !== actor.tenantId) return false;
  return (
    entry.audienceOrganisationIds.length === 0 || entry.audienceOrganisationIds.includes(actor.organisationId)
  );
}

// Every role may propose, so every role has the proposer's and reader's columns.
const CONTRIBUTOR_ACTIONS = {
  proposer: ['read', 'comment', 'read_history'],
  drafting_proposer: ['update', 'submit', 'translate', 'attach'],
  reader: ['read'],
} as const satisfies { [L in EntryRelationship]?: readonly EntryAction[] };

const EDITOR_ACTIONS = {
  ...CONTRIBUTOR_ACTIONS,
  editor: [
    'read',
    'update',
    'translate',
    'review_translation',
    'comment',
    'record_peer_review',
    'attach',
    'read_history',
    'feature',
  ],
  reviewing_editor: ['request_changes', 'publish'],
  publishing_editor: ['publish', 'archive'],
  archiving_editor: ['restore'],
} as const satisfies { [L in EntryRelationship]?: readonly EntryAction[] };

const table = Object.fromEntries(
  ROLES.map((role) => [role, role === 'knowledge_editor' ? EDITOR_ACTIONS : CONTRIBUTOR_ACTIONS]),
) as PolicyTable<EntryRelationship, EntryAction>;

export const entryPolicy = definePolicy({
  entity: 'knowledge_entry',
  actions: ENTRY_ACTIONS,
  relationships: ENTRY_RELATIONSHIPS,
  relate: (held, actor, entry: EntryRecord): EntryRelationship[] => {
    const related: EntryRelationship[] = [];
    if (visibleAsPublished(actor, entry)) related.push('reader');
    if (entry.tenantId !== actor.tenantId) return related;
    if (entry.proposedBy === actor.userId) {
      related.push('proposer');
      if (DRAFTING.includes(entry.status)) related.push('drafting_proposer');
    }
    if (held.role === 'knowledge_editor') {
      related.push('editor');
      if (entry.status === 'in_review') related.push('reviewing_editor');
      if (isPublished(entry.status)) related.push('publishing_editor');
      if (entry.status === 'archived') related.push('archiving_editor');
    }
    return related;
  },
  table,
  subject: (entry) => ({ tenantId: entry.tenantId, id: entry.id, personId: null }),
});

/** Whether the actor may see what only the proposer and editors see (warnings, contact, history). */
export const isProposerOrEditor = (actor: Actor, entry: EntryRecord) =>
  entry.tenantId === actor.tenantId &&
  (entry.proposedBy === actor.userId || actor.roles.some((held) => held.role === 'knowledge_editor'));

/** The actions the actor may take on the entry, in the policy's order (none: may not see it). */
export const entryActionsOf = (actor: Actor, entry: EntryRecord): EntryAction[] =>
  allowedActions(entryPolicy, actor, entry);

/**
 * Decides whether the request's actor may take `action` on the entry, right after loading it, as
 * `authorize` does (404 when the entry is not visible to them, 403 when visible but not this
 * action; each refusal audited as `access.denied` in the actor's tenant), but across tenants: a
 * published entry of another tenant is visible to whoever its visibility names. Returns the
 * actions the actor may take.
 */
export function authorizeEntry(
  access: AccessContext,
  action: EntryAction,
  entry: EntryRecord,
): EntryAction[] {
  const actions = entryActionsOf(access.actor, entry);
  if (actions.includes(action)) return actions;
  throw refusal(access, entry, action, actions.length > 0 ? 'not_allowed' : 'not_visible');
}

function refusal(access: AccessContext, entry: EntryRecord, action: EntryAction, reason: RefusalReason) {
  const event = access.eventOf({
    action: 'access.denied',
    outcome: 'denied',
    subject: { type: entryPolicy.entity, id: entry.id },
    personId: null,
    details: { action, reason },
  });
  return new AccessRefusal(reason === 'not_visible' ? 404 : 403, reason, event);
}

/** Roles that may act on the library as a whole beyond proposing. */
const LIBRARY_TABLE: Readonly<Record<Exclude<LibraryAction, 'propose'>, readonly Role[]>> = {
  review: ['knowledge_editor'],
  import: ['knowledge_editor'],
  read_statistics: ['knowledge_editor'],
};

/** What the actor may do with the library: any signed-in user may propose; editors review, import, read statistics. */
export function libraryActionsOf(actor: Pick<Actor, 'roles'> | null): LibraryAction[] {
  if (actor === null) return [];
  return LIBRARY_ACTIONS.filter(
    (action) =>
      action === 'propose' ||
      LIBRARY_TABLE[action].some((role) => actor.roles.some((held) => held.role === role)),
  );
}

/** The roles that may take a library action: for route markings (`config: { access: { roles } }`). */
export const rolesFor = (action: Exclude<LibraryAction, 'propose'>) => LIBRARY_TABLE[action];

import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '../../src/contracts/knowledge-taxonomy.ts';
import {
  type EntryRecord,
  entryActionsOf,
  libraryActionsOf,
} from '../../src/server/modules/knowledge/policy.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { actorHolding } from '../support/actors.ts';

// The entry policy as a table: role × relationship × status → actions. No database.

const TENANT = uuidv7();
const OTHER = uuidv7();
const editor = actorHolding('knowledge_editor', TENANT);
const proposer = actorHolding('cso_coordinator', TENANT);
const colleague = actorHolding('cso_practitioner', TENANT);
const elsewhere = actorHolding('knowledge_editor', OTHER);

const entry = (status: EntryStatus, more: Partial<EntryRecord> = {}): EntryRecord => ({
  id: uuidv7(),
  tenantId: TENANT,
  status,
  visibility: 'public',
  publishedAt: ['inspiring', 'peer_reviewed', 'archived'].includes(status) ? new Date() : null,
  audienceOrganisationIds: [],
  audienceTenantIds: [],
  proposedBy: proposer.userId,
  ...more,
});

describe('the entry policy', () => {
  it.each([
    ['draft', proposer, ['read', 'update', 'submit', 'translate', 'comment', 'attach', 'read_history']],
    ['in_review', proposer, ['read', 'comment', 'read_history']],
    [
      'changes_requested',
      proposer,
      ['read', 'update', 'submit', 'translate', 'comment', 'attach', 'read_history'],
    ],
    ['draft', colleague, []],
    ['draft', elsewhere, []],
    ['inspiring', colleague, ['read']],
    ['inspiring', elsewhere, ['read']],
    [
      'in_review',
      editor,
      [
        'read',
        'update',
        'translate',
        'review_translation',
        'comment',
        'request_changes',
        'record_peer_review',
        'publish',
        'attach',
        'read_history',
        'feature',
      ],
    ],
    [
      'inspiring',
      editor,
      [
        'read',
        'update',
        'translate',
        'review_translation',
        'comment',
        'record_peer_review',
        'publish',
        'archive',
        'attach',
        'read_history',
        'feature',
      ],
    ],
    [
      'archived',
      editor,
      [
        'read',
        'update',
        'translate',
        'review_translation',
        'comment',
        'record_peer_review',
        'restore',
        'attach',
        'read_history',
        'feature',
      ],
    ],
  ] as const)('%s entry, %#: the expected actions', (status, actor, actions) => {
    expect(entryActionsOf(actor, entry(status))).toEqual(actions);
  });

  it('reads a restricted entry only within its audience', () => {
    const toOrganisation = entry('inspiring', {
      visibility: 'restricted',
      audienceOrganisationIds: [proposer.organisationId],
    });
    expect(entryActionsOf(colleague, toOrganisation)).toEqual([]);
    expect(entryActionsOf(proposer, toOrganisation)).toContain('read');
    expect(entryActionsOf(elsewhere, toOrganisation)).toEqual([]);
    const toTenant = entry('inspiring', { visibility: 'restricted', audienceTenantIds: [OTHER] });
    expect(entryActionsOf(elsewhere, toTenant)).toEqual(['read']);
    expect(entryActionsOf(colleague, toTenant)).toEqual(['read']);
  });

  it('lets anyone propose and editors alone review, import and read statistics', () => {
    expect(libraryActionsOf(colleague)).toEqual(['propose']);
    expect(libraryActionsOf(editor)).toEqual(['propose', 'review', 'import', 'read_statistics']);
    expect(libraryActionsOf(null)).toEqual([]);
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import {
  type Entry,
  KNOWLEDGE_PATHS,
  type ProposeEntryRequest,
  type TranslationText,
} from '../../src/contracts/knowledge.ts';
import type {
  EntryKind,
  EntryStatus,
  EvidenceLevel,
  KnowledgeLanguage,
  Region,
  TargetGroup,
  Theme,
} from '../../src/contracts/knowledge-taxonomy.ts';
import { reindexEntry } from '../../src/server/modules/knowledge/search/index-entry.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';

// The knowledge hub's test world, shared by the entry, search and public tests: two prison services
// (tenants), the first with two civil society organisations, and one user of each role that matters
// to the library. Every call makes fresh tenants, so test files never share rows. Rows are written as
// the superuser (as a migration or the demo data would); the routes under test do the rest.

export type KnowledgeMemberName =
  /** knowledge_editor of `tenant`. */
  | 'editor'
  /** cso_coordinator of `cso`: the usual contributor. */
  | 'contributor'
  /** cso_practitioner of `cso`: same organisation as the contributor, not the proposer. */
  | 'colleague'
  /** cso_coordinator of `otherCso` (same tenant, other organisation). */
  | 'otherCsoUser'
  /** case_manager of the tenant's prison service. */
  | 'caseManager'
  /** analyst of the tenant. */
  | 'analyst'
  /** knowledge_editor of `otherTenant`. */
  | 'otherEditor'
  /** analyst of `otherTenant`. */
  | 'otherTenantUser';

export interface KnowledgeWorld {
  tenant: TestTenant & { name: string };
  otherTenant: TestTenant & { name: string };
  /** A civil society organisation of `tenant`. */
  cso: string;
  /** Another civil society organisation of `tenant`. */
  otherCso: string;
  members: Record<KnowledgeMemberName, Member>;
  clients: Record<KnowledgeMemberName, SignedInClient>;
}

/** Two tenants, their organisations and users, all signed in to `app`. */
export async function makeKnowledgeWorld(test: TestDatabase, app: FastifyInstance): Promise<KnowledgeWorld> {
  const tenant = await makeTenant(test, { isDemo: true });
  const otherTenant = await makeTenant(test, { isDemo: true });
  const cso = await makeOrganisation(test, tenant, 'civil_society');
  const otherCso = await makeOrganisation(test, tenant, 'civil_society');
  const members: KnowledgeWorld['members'] = {
    editor: await makeMember(test, tenant, 'knowledge_editor'),
    contributor: await makeMember(test, tenant, 'cso_coordinator', { organisationId: cso }),
    colleague: await makeMember(test, tenant, 'cso_practitioner', { organisationId: cso }),
    otherCsoUser: await makeMember(test, tenant, 'cso_coordinator', { organisationId: otherCso }),
    caseManager: await makeMember(test, tenant, 'case_manager'),
    analyst: await makeMember(test, tenant, 'analyst'),
    otherEditor: await makeMember(test, otherTenant, 'knowledge_editor'),
    otherTenantUser: await makeMember(test, otherTenant, 'analyst'),
  };
  const clients = {} as KnowledgeWorld['clients'];
  for (const [name, member] of Object.entries(members)) {
    clients[name as KnowledgeMemberName] = await signIn(app, member);
  }
  return {
    tenant: { ...tenant, name: tenant.slug },
    otherTenant: { ...otherTenant, name: otherTenant.slug },
    cso,
    otherCso,
    members,
    clients,
  };
}

export interface KnowledgeSetUp {
  app(): FastifyInstance;
  world(): KnowledgeWorld;
  /** The app's data directory (attachments live under <dataDir>/knowledge). */
  dataDir(): string;
}

/**
 * Builds an app whose data directory is a temporary folder of the test file's own, and the world,
 * before the file's tests; closes and removes both after them. `env` adds settings to the app's.
 */
export function setUpKnowledge(
  database: () => TestDatabase,
  options: { env?: Record<string, string> } = {},
): KnowledgeSetUp {
  let app: FastifyInstance | undefined;
  let world: KnowledgeWorld | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-knowledge-'));
    app = await buildTestApp({ db: database().db, env: { PATHWAYS_DATA_DIR: dataDir, ...options.env } });
    world = await makeKnowledgeWorld(database(), app);
  });
  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the knowledge world is not ready: use it inside a test or hook');
    return value;
  };
  return { app: () => ready(app), world: () => ready(world), dataDir: () => ready(dataDir) };
}

/** A complete text: everything publishing needs. */
export function textOf(title: string, extra: Partial<TranslationText> = {}): TranslationText {
  return {
    title,
    summary: `${title}: what was done, with whom, and what came of it.`,
    approach: 'Weekly group sessions led by a trained facilitator, with individual follow-up.',
    results: 'Participation stayed high over the year; staff reported calmer wings.',
    ...extra,
  };
}

/** A proposal with every field publishing needs, in French unless told. */
export function proposalOf(overrides: Partial<ProposeEntryRequest> = {}): ProposeEntryRequest {
  return {
    kind: 'good_practice',
    language: 'fr',
    text: textOf('Ateliers de dialogue en détention'),
    themes: ['disengagement'],
    targetGroups: ['men_in_custody'],
    region: 'africa',
    country: 'TN',
    ...overrides,
  };
}

/** POST entries as `client`; the raw response. */
export function proposeRequest(
  app: FastifyInstance,
  client: SignedInClient,
  body: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: KNOWLEDGE_PATHS.entries,
    headers: client.headers(),
    payload: body as object,
  });
}

/** Proposes through the API and returns the created entry (fails loudly otherwise). */
export async function proposeEntry(
  app: FastifyInstance,
  client: SignedInClient,
  overrides: Partial<ProposeEntryRequest> = {},
): Promise<Entry> {
  const response = await proposeRequest(app, client, proposalOf(overrides));
  if (response.statusCode !== 201)
    throw new Error(`proposal failed: ${response.statusCode} ${response.body}`);
  return response.json<Entry>();
}

/** A request of `client` (none: without a session) to `url`, JSON body if given. */
export function call(
  app: FastifyInstance,
  client: SignedInClient | undefined,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: client?.headers() ?? {},
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Through the API: proposed by `proposer`, submitted, and published by `editor`. Returns it published. */
export async function publishThroughApi(
  app: FastifyInstance,
  proposer: SignedInClient,
  editor: SignedInClient,
  options: {
    proposal?: Partial<ProposeEntryRequest>;
    visibility?: 'public' | 'restricted';
    audienceOrganisationIds?: string[];
    audienceTenantIds?: string[];
  } = {},
): Promise<Entry> {
  const proposed = await proposeEntry(app, proposer, options.proposal);
  const submitted = await call(app, proposer, 'POST', KNOWLEDGE_PATHS.submit(proposed.id), {
    version: proposed.version,
  });
  if (submitted.statusCode !== 200)
    throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  const published = await call(app, editor, 'POST', KNOWLEDGE_PATHS.publication(proposed.id), {
    version: submitted.json<Entry>().version,
    level: 'inspiring',
    visibility: options.visibility ?? 'public',
    audienceOrganisationIds: options.audienceOrganisationIds ?? [],
    audienceTenantIds: options.audienceTenantIds ?? [],
    acknowledgeWarnings: true,
  });
  if (published.statusCode !== 200)
    throw new Error(`publish failed: ${published.statusCode} ${published.body}`);
  return published.json<Entry>();
}

/**
 * Submits the proposer's draft as it stands (which must succeed) and asks the editor to publish it,
 * public and inspiring, with no confirmation of warnings: the answer, to see what the check says.
 */
export async function submitThenPublish(
  app: FastifyInstance,
  proposer: SignedInClient,
  editor: SignedInClient,
  draft: Pick<Entry, 'id' | 'version'>,
): Promise<LightMyRequestResponse> {
  const submitted = await call(app, proposer, 'POST', KNOWLEDGE_PATHS.submit(draft.id), {
    version: draft.version,
  });
  if (submitted.statusCode !== 200)
    throw new Error(`submit failed: ${submitted.statusCode} ${submitted.body}`);
  return call(app, editor, 'POST', KNOWLEDGE_PATHS.publication(draft.id), {
    version: submitted.json<Entry>().version,
    level: 'inspiring',
    visibility: 'public',
  });
}

export interface InsertedEntryOptions {
  tenantId: string;
  /** The proposer: a user of `tenantId`. */
  proposedBy: string;
  status?: EntryStatus;
  visibility?: 'public' | 'restricted';
  audienceOrganisationIds?: string[];
  audienceTenantIds?: string[];
  kind?: EntryKind;
  language?: KnowledgeLanguage;
  text?: TranslationText;
  /** More translations (origin `professional`). */
  translations?: Partial<Record<KnowledgeLanguage, TranslationText>>;
  themes?: Theme[];
  targetGroups?: TargetGroup[];
  region?: Region | null;
  country?: string | null;
  evidenceLevel?: EvidenceLevel;
  featured?: boolean;
  demonstration?: boolean;
  contributingOrganisationId?: string | null;
  /** When it was last updated (and created, and published): default now. */
  updatedAt?: string;
}

/**
 * An entry written straight into the database, quickly, as the demo data would: the entry, its
 * translations and version 1; published ones (default `inspiring`, public) also in the search
 * index. For tests of readers (search, public pages) that need many entries without the workflow.
 */
export async function insertEntry(test: TestDatabase, options: InsertedEntryOptions): Promise<string> {
  const id = uuidv7();
  const status = options.status ?? 'inspiring';
  const published = status === 'inspiring' || status === 'peer_reviewed' || status === 'archived';
  const language = options.language ?? 'en';
  const at = options.updatedAt ?? new Date().toISOString();
  await test.superuser(
    `insert into knowledge_entries (id, tenant_id, kind, status, visibility, audience_organisation_ids,
       audience_tenant_ids, original_language, country, region, themes, target_groups, evidence_level,
       featured, demonstration, contributing_organisation_id, proposed_by, created_at, updated_at,
       published_at, archived_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18,
       case when $19 then $18::timestamptz end, case when $4 = 'archived' then $18::timestamptz end)`,
    [
      id,
      options.tenantId,
      options.kind ?? 'good_practice',
      status,
      options.visibility ?? 'public',
      options.audienceOrganisationIds ?? [],
      options.audienceTenantIds ?? [],
      language,
      options.country === undefined ? 'TN' : options.country,
      options.region === undefined ? 'africa' : options.region,
      options.themes ?? ['disengagement'],
      options.targetGroups ?? ['men_in_custody'],
      options.evidenceLevel ?? 'descriptive',
      options.featured ?? false,
      options.demonstration ?? false,
      options.contributingOrganisationId ?? null,
      options.proposedBy,
      at,
      published,
    ],
  );
  const texts: [KnowledgeLanguage, TranslationText, 'original' | 'professional'][] = [
    [language, options.text ?? textOf(`Entry ${lettersOf(id.slice(-6))}`), 'original'],
  ];
  for (const [other, text] of Object.entries(options.translations ?? {})) {
    if (text && other !== language) texts.push([other as KnowledgeLanguage, text, 'professional']);
  }
  for (const [each, text, origin] of texts) {
    await test.superuser(
      `insert into knowledge_translations (entry_id, tenant_id, language, origin, title, summary, approach,
         results, lessons, added_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        options.tenantId,
        each,
        origin,
        text.title,
        text.summary,
        text.approach ?? '',
        text.results ?? '',
        text.lessons ?? '',
        options.proposedBy,
        at,
      ],
    );
  }
  await test.superuser(
    `insert into knowledge_entry_versions (entry_id, tenant_id, version, change, snapshot, changed_by, changed_at)
     values ($1, $2, 1, 'imported', '{}'::jsonb, $3, $4)`,
    [id, options.tenantId, options.proposedBy, at],
  );
  if (published) await test.db.withTenant(options.tenantId, (tx) => reindexEntry(tx, id));
  return id;
}

/**
 * A piece of an id with its digits as letters: a default title that names the entry without a run of
 * digits, which the personal-data check would take for an identity number (and refuse to publish).
 */
const lettersOf = (text: string) => text.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'x');

/** The number of version rows of an entry (as the superuser). */
export async function versionCount(test: TestDatabase, entryId: string): Promise<number> {
  const [row] = await test.superuser<{ count: number }>(
    'select count(*)::int as count from knowledge_entry_versions where entry_id = $1',
    [entryId],
  );
  return row?.count ?? 0;
}

/** The entry's row as stored (as the superuser), snake_case columns. */
export async function storedEntry(test: TestDatabase, entryId: string) {
  const [row] = await test.superuser<Record<string, unknown>>(
    'select * from knowledge_entries where id = $1',
    [entryId],
  );
  return row;
}

/** Every file under <dataDir>/knowledge, relative to it, sorted. */
export async function knowledgeFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'knowledge');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

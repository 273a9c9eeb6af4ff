import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { REGISTRY_DOCUMENT_PATHS as PATHS } from '../../src/contracts/registry-documents.ts';
import { makeMember } from '../access/factories.ts';
import { type SignedInClient, signIn } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { makeOrganisationWorld, type OrganisationWorld } from './organisation-world.ts';

// The registry's organisations (organisation-world.ts) served by an app whose data directory is a
// temporary folder of the test file's own, removed after it, plus a deactivated coordinator of the
// organisation, files of each type, and the requests of the document routes.

export interface DocumentsWorld extends OrganisationWorld {
  /** A coordinator of `cso` who signed in and was then deactivated. */
  deactivated: SignedInClient;
}

export interface DocumentsSetUp {
  app(): FastifyInstance;
  world(): DocumentsWorld;
  /** <dataDir>/documents. */
  documentsDir(): string;
  /** The app's log lines at level error and above, parsed. */
  errorLogs(): Record<string, unknown>[];
}

/** Builds the app and the world before the file's tests; closes and removes everything after. */
export function setUpDocuments(database: () => TestDatabase): DocumentsSetUp {
  let app: FastifyInstance | undefined;
  let world: DocumentsWorld | undefined;
  let dataDir: string | undefined;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'pathways-documents-'));
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
    });
    app = await buildTestApp({
      db: database().db,
      env: { PATHWAYS_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
      logStream,
    });
    const organisations = await makeOrganisationWorld(database(), app);
    const gone = await makeMember(database(), organisations.tenant, 'cso_coordinator', {
      organisationId: organisations.cso,
    });
    const deactivated = await signIn(app, gone);
    await database().superuser('update users set active = false, deactivated_at = now() where id = $1', [
      gone.id,
    ]);
    world = { ...organisations, deactivated };
  });
  afterAll(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the documents world is not ready: use it inside a test or hook');
    return value;
  };
  return {
    app: () => ready(app),
    world: () => ready(world),
    documentsDir: () => path.join(ready(dataDir), 'documents'),
    errorLogs: () => logs,
  };
}

/** Random content behind a type's magic bytes: every file different. */
const fileOf = (magic: number[] | string, size: number) => {
  const head = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : Buffer.from(magic);
  return Buffer.concat([head, randomBytes(Math.max(0, size - head.length))]);
};
export const pdf = (size = 3000) => fileOf('%PDF-1.7\n', size);
export const png = (size = 2000) => fileOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size);
export const jpeg = (size = 2000) => fileOf([0xff, 0xd8, 0xff, 0xe0], size);

export interface UploadRequest {
  kind?: string;
  fileName?: string;
  /** The Content-Type header; null sends none. */
  contentType?: string | null;
  body?: Buffer | string;
  organisationId?: string;
}

export function upload(
  setUp: DocumentsSetUp,
  client: SignedInClient | undefined,
  request: UploadRequest = {},
): Promise<LightMyRequestResponse> {
  const contentType = request.contentType === undefined ? 'application/pdf' : request.contentType;
  return setUp.app().inject({
    method: 'POST',
    url: PATHS.documents(request.organisationId ?? setUp.world().cso),
    query: { kind: request.kind ?? 'statutes', fileName: request.fileName ?? 'statutes.pdf' },
    headers: {
      ...(client?.headers() ?? {}),
      ...(contentType === null ? {} : { 'content-type': contentType }),
    },
    payload: request.body ?? pdf(),
  });
}

export const listDocuments = (setUp: DocumentsSetUp, client: SignedInClient | undefined, id?: string) =>
  setUp.app().inject({ url: PATHS.documents(id ?? setUp.world().cso), headers: client?.headers() ?? {} });

export const download = (setUp: DocumentsSetUp, client: SignedInClient | undefined, documentId: string) =>
  setUp.app().inject({ url: PATHS.content(documentId), headers: client?.headers() ?? {} });

/** Every file under the documents folder (temporary ones included), relative to it, sorted. */
export async function filesUnder(documentsDir: string): Promise<string[]> {
  const entries = await readdir(documentsDir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(documentsDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { sha256Of } from './file-checks.ts';

// Where documents' files live: <dataDir>/documents/<tenant id>/<document id>, named by ids only
// (never by what the uploader called them), readable by the server's user alone. A file is written
// under a temporary name beside its place and renamed into it once its row is inserted, so a file
// under a document's id is always complete; if the request fails, whatever it wrote is removed.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A file written under a temporary name, waiting for its row. */
export interface StagedDocument {
  /** Moves the file to its place: the last step of the transaction that inserts its row. */
  keep(): Promise<void>;
}

/** What a read of a stored file found. */
export type StoredContent =
  | { found: true; content: Buffer }
  | { found: false; reason: 'missing' | 'size' | 'checksum' };

export class DocumentStore {
  /** `root` is <dataDir>/documents. */
  constructor(readonly root: string) {}

  /** The file of one document. Ids only: nothing a user typed ever becomes part of a path. */
  pathOf(tenantId: string, documentId: string): string {
    if (!UUID.test(tenantId) || !UUID.test(documentId)) throw new Error('document paths are made of ids');
    return path.join(this.root, tenantId, documentId);
  }

  /** A place to stage the files of one request; see `withStaging`. */
  staging(): DocumentStaging {
    return new DocumentStaging(this);
  }

  /**
   * The document's content, only if it is exactly what was uploaded: the size is compared before
   * reading (a file grown on disk is not read whole), the SHA-256 after.
   */
  async read(
    tenantId: string,
    documentId: string,
    expected: { sizeBytes: number; sha256: string },
  ): Promise<StoredContent> {
    let file: Awaited<ReturnType<typeof open>>;
    try {
      file = await open(this.pathOf(tenantId, documentId), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return missing('missing');
      throw error;
    }
    try {
      if ((await file.stat()).size !== expected.sizeBytes) return missing('size');
      const content = await file.readFile();
      if (content.length !== expected.sizeBytes || sha256Of(content) !== expected.sha256)
        return missing('checksum');
      return { found: true, content };
    } finally {
      await file.close();
    }
  }
}

const missing = (reason: 'missing' | 'size' | 'checksum'): StoredContent => ({ found: false, reason });

/**
 * The files one request writes. Each is staged under a temporary name; `keep` moves it to its place.
 * `discard` removes every one of them, kept or not: the request failed, so no row refers to them.
 */
export class DocumentStaging {
  readonly #written: string[] = [];
  constructor(private readonly store: DocumentStore) {}

  /** Writes `content` durably under a temporary name in the tenant's folder. */
  async stage(tenantId: string, documentId: string, content: Buffer): Promise<StagedDocument> {
    const finalPath = this.store.pathOf(tenantId, documentId);
    const directory = path.dirname(finalPath);
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const temporary = path.join(directory, `.${documentId}.${randomBytes(6).toString('hex')}.tmp`);
    this.#written.push(temporary);
    // `wx`: never over an existing file. Synced, so that a committed row never points at a file
    // that a crash right after the commit could still lose.
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    return {
      keep: async () => {
        this.#written.push(finalPath);
        await rename(temporary, finalPath);
      },
    };
  }

  /** Removes every file this request wrote; a removal that fails is logged, not thrown over the first error. */
  async discard(log: FastifyBaseLogger): Promise<void> {
    for (const written of this.#written.splice(0)) {
      await rm(written, { force: true }).catch((error: unknown) =>
        log.error({ err: error, path: written }, 'could not remove the file of a failed document upload'),
      );
    }
  }
}

/**
 * Runs `work` (a request's transaction) with a staging area, and removes what it staged if it fails,
 * even after `keep`: a failed commit leaves no row, so it must leave no file.
 */
export async function withStaging<T>(
  store: DocumentStore,
  log: FastifyBaseLogger,
  work: (staging: DocumentStaging) => Promise<T>,
): Promise<T> {
  const staging = store.staging();
  try {
    return await work(staging);
  } catch (error) {
    await staging.discard(log);
    throw error;
  }
}

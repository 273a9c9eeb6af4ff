import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  type Entry,
  KNOWLEDGE_PATHS as PATHS,
} from '../../src/contracts/knowledge.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, knowledgeFiles, proposeEntry, setUpKnowledge } from './knowledge-world.ts';

// Attachments: the proposer of a draft or an editor attaches; whoever may read the entry downloads;
// an oversized file, a wrong type or a file that is not what it claims is refused and nothing is
// stored, neither row nor file.

const pdf = (size = 3000) => Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(size - 9)]);

describe(`attachments of entries on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpKnowledge(database);
  const app = () => setUp.app();
  const world = () => setUp.world();
  const attach = (
    client: SignedInClient | undefined,
    entryId: string,
    body: Buffer,
    fileName = 'report.pdf',
    type = 'application/pdf',
  ) =>
    app().inject({
      method: 'POST',
      url: PATHS.attachments(entryId),
      query: { fileName },
      headers: { ...(client?.headers() ?? {}), 'content-type': type },
      payload: body,
    });
  const rows = async (entryId: string) =>
    database().superuser('select id from knowledge_attachments where entry_id = $1', [entryId]);

  it('takes a file from the proposer, serves it to readers as an attachment, and hides it from others', async () => {
    const { clients, tenant } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const content = pdf();
    const added = await attach(clients.contributor, entry.id, content, 'rapport « final ».pdf');
    expect(added.statusCode, added.body).toBe(201);
    const attachment = added.json<Attachment>();
    expect(attachment).toMatchObject({
      fileName: 'rapport « final ».pdf',
      contentType: 'application/pdf',
      sizeBytes: 3000,
    });
    expect(await knowledgeFiles(setUp.dataDir())).toEqual([`${tenant.id}/${attachment.id}`]);

    const download = await call(app(), clients.editor, 'GET', PATHS.attachment(entry.id, attachment.id));
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    for (const client of [clients.colleague, clients.otherTenantUser]) {
      const hidden = await call(app(), client, 'GET', PATHS.attachment(entry.id, attachment.id));
      expect(hidden.statusCode).toBe(404);
      expect(hidden.rawPayload.includes(content.subarray(0, 64))).toBe(false);
    }
    const byColleague = await attach(clients.colleague, entry.id, pdf());
    expect(byColleague.statusCode).toBe(404);
    expect((await attach(undefined, entry.id, pdf())).statusCode).toBe(401);
    expect(await rows(entry.id)).toHaveLength(1);

    const entryNow = (await call(app(), clients.contributor, 'GET', PATHS.entry(entry.id))).json<Entry>();
    expect(entryNow.attachments.map((a) => a.id)).toEqual([attachment.id]);
    await call(app(), clients.contributor, 'POST', PATHS.submit(entry.id), { version: 1 });
    expect((await attach(clients.contributor, entry.id, pdf())).statusCode).toBe(403);
    expect(
      (await attach(clients.editor, entry.id, Buffer.from('a,b\n1,2\n'), 'data.csv', 'text/csv')).statusCode,
    ).toBe(201);
  });

  it('refuses an oversized file with 413 and stores nothing', async () => {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const before = await knowledgeFiles(setUp.dataDir());
    const response = await attach(clients.contributor, entry.id, pdf(ATTACHMENT_MAX_BYTES + 1));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('request.body_too_large');
    expect(await rows(entry.id)).toHaveLength(0);
    expect(await knowledgeFiles(setUp.dataDir())).toEqual(before);
  });

  it('refuses a file that is not what it claims, or of a type not taken, storing nothing', async () => {
    const { clients } = world();
    const entry = await proposeEntry(app(), clients.contributor);
    const before = await knowledgeFiles(setUp.dataDir());
    const cases = [
      [
        await attach(clients.contributor, entry.id, Buffer.from('not a pdf at all')),
        400,
        'document.content_mismatch',
      ],
      [await attach(clients.contributor, entry.id, pdf(), 'report.exe'), 400, 'request.validation'],
      [
        await attach(clients.contributor, entry.id, Buffer.from([0, 1, 2, 3]), 'notes.txt', 'text/plain'),
        400,
        'document.content_mismatch',
      ],
      [
        await attach(clients.contributor, entry.id, pdf(), 'page.html', 'text/html'),
        415,
        'request.unsupported_media_type',
      ],
    ] as const;
    for (const [response, status, code] of cases) {
      expect(response.statusCode).toBe(status);
      expect(response.json().code).toBe(code);
    }
    expect(await rows(entry.id)).toHaveLength(0);
    expect(await knowledgeFiles(setUp.dataDir())).toEqual(before);
  });
});

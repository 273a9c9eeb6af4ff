import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../../src/contracts/registry-documents.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { filesUnder, pdf, png, setUpDocuments, type UploadRequest, upload } from './documents-world.ts';
import { rowsOf } from './organisation-world.ts';

// Uploads that must change nothing: every bad input answers problem+json naming the field at fault
// and leaves no row and no file (temporary ones included); so does a failure of the database after
// the file was written, before or after it was moved into place.

describe(`bad document uploads on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpDocuments(database);
  const coordinator = () => setUp.world().clients.coordinator;
  const rows = () => rowsOf(database(), 'organisation_documents', setUp.world().cso);
  const snapshot = async () => ({ rows: await rows(), files: await filesUnder(setUp.documentsDir()) });

  /** Sends the upload and checks it saved nothing; answers the problem. */
  async function refused(request: UploadRequest, status: number) {
    // One good upload first, so the folder exists and "nothing saved" is a real comparison.
    if ((await rows()) === 0) expect((await upload(setUp, coordinator())).statusCode).toBe(201);
    const before = await snapshot();
    const response = await upload(setUp, coordinator(), request);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await snapshot()).toEqual(before);
    return response.json<{ code: string; errors?: { path: string; code: string }[] }>();
  }

  it.each([
    ['an unknown kind', { kind: 'passport' }, '/querystring/kind'],
    ['no kind', { kind: '' }, '/querystring/kind'],
    ['a name with a path', { fileName: '../../statutes.pdf' }, '/querystring/fileName'],
    ['a name with a Windows path', { fileName: 'C:\\temp\\statutes.pdf' }, '/querystring/fileName'],
    ['a name with a control character', { fileName: 'statutes\n.pdf' }, '/querystring/fileName'],
    ['a name with a bidirectional override', { fileName: 'report\u202Egnp.pdf' }, '/querystring/fileName'],
    ['a name too long', { fileName: `${'a'.repeat(252)}.pdf` }, '/querystring/fileName'],
  ] as const)('refuses %s with 400 naming the parameter', async (_label, request, path) => {
    const problem = await refused(request, 400);
    expect(problem.code).toBe('request.validation');
    expect(problem.errors).toEqual([expect.objectContaining({ path })]);
  });

  it.each([
    ['a PDF named .png', { fileName: 'statutes.png' }],
    ['a PNG named .pdf', { contentType: 'image/png', fileName: 'statutes.pdf', body: png() }],
    ['a JPEG named .png', { contentType: 'image/jpeg', fileName: 'photo.png' }],
    ['a name with no extension', { fileName: 'statutes' }],
  ] as const)('refuses %s: the name must end as its type does', async (_label, request) => {
    const problem = await refused(request, 400);
    expect(problem.code).toBe('request.validation');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: '/querystring/fileName', code: 'extension_mismatch' }),
    ]);
  });

  it.each([
    ['text/plain', 'text/plain', 'plain text'],
    ['JSON', 'application/json', '{"file":"statutes"}'],
    ['octet-stream', 'application/octet-stream', pdf()],
    ['a Word file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf()],
    ['no Content-Type', null, pdf()],
    ['no Content-Type and no body', null, ''],
  ] as const)('refuses %s with 415', async (_label, contentType, body) => {
    const problem = await refused({ contentType, body }, 415);
    expect(problem.code).toBe('request.unsupported_media_type');
  });

  it('refuses an empty body with 400', async () => {
    const problem = await refused({ body: Buffer.alloc(0) }, 400);
    expect(problem).toMatchObject({ code: 'request.empty_body', errors: [{ path: '/body', code: 'empty' }] });
  });

  it('refuses a file over 10 MiB with 413, and takes one of exactly 10 MiB', async () => {
    const problem = await refused({ body: pdf(DOCUMENT_MAX_BYTES + 1) }, 413);
    expect(problem.code).toBe('request.body_too_large');
    const largest = await upload(setUp, coordinator(), { body: pdf(DOCUMENT_MAX_BYTES) });
    expect(largest.statusCode).toBe(201);
    expect(largest.json().sizeBytes).toBe(DOCUMENT_MAX_BYTES);
  });

  it.each([
    ['a PNG declared as a PDF', { contentType: 'application/pdf', fileName: 'statutes.pdf', body: png() }],
    ['a PDF declared as a PNG', { contentType: 'image/png', fileName: 'statutes.png', body: pdf() }],
    ['a PDF declared as a JPEG', { contentType: 'image/jpeg', fileName: 'statutes.jpg', body: pdf() }],
    ['text declared as a PDF', { body: 'not a PDF at all' }],
  ] as const)('refuses %s with 400 document.content_mismatch', async (_label, request) => {
    const problem = await refused(request, 400);
    expect(problem).toMatchObject({
      code: 'document.content_mismatch',
      errors: [{ path: '/body', code: 'content_mismatch' }],
    });
  });

  it('refuses an organisation outside the registry with 409, saving nothing', async () => {
    const before = { files: await filesUnder(setUp.documentsDir()) };
    const response = await upload(setUp, setUp.world().clients.admin, {
      organisationId: setUp.world().tenant.organisationId,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('registry.not_civil_society');
    expect(await rowsOf(database(), 'organisation_documents', setUp.world().tenant.organisationId)).toBe(0);
    expect(await filesUnder(setUp.documentsDir())).toEqual(before.files);
  });

  it('is kept by the database as a history: no update or delete, even for the owner; names and sizes checked', async () => {
    expect((await upload(setUp, coordinator())).statusCode).toBe(201);
    for (const statement of [
      "update organisation_documents set file_name = 'renamed.pdf'",
      'delete from organisation_documents',
    ]) {
      await expect(database().superuser(statement)).rejects.toThrow(/append-only/);
    }
    const [row] = await database().superuser<Record<string, unknown>>(
      'select * from organisation_documents limit 1',
    );
    const copy = (changes: Record<string, unknown>) =>
      database().superuser(
        `insert into organisation_documents (id, tenant_id, organisation_id, kind, file_name, content_type,
           size_bytes, sha256, uploaded_by)
         values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)`,
        Object.values({ ...pick(row), ...changes }),
      );
    for (const changes of [
      { fileName: 'a/b.pdf' },
      { fileName: 'a\\b.pdf' },
      { fileName: 'a\tb.pdf' },
      { fileName: '' },
      { sizeBytes: 0 },
      { sizeBytes: DOCUMENT_MAX_BYTES + 1 },
      { sha256: 'A'.repeat(64) },
      { contentType: 'image/gif' },
      { kind: 'passport' },
    ]) {
      await expect(copy(changes), JSON.stringify(changes)).rejects.toThrow(/check constraint/);
    }
  });

  // A database failure after the file is written: at the insert (the file is still temporary) and at
  // the commit (it has been moved into place). Either way no row, and no file of either name.
  it.each([
    ['the insert (the file still temporary)', 'fail-at-insert.pdf', ''],
    ['the commit (the file already in place)', 'fail-at-commit.pdf', 'deferrable initially deferred'],
  ])('leaves no file when the database refuses %s', async (_when, fileName, timing) => {
    await database().superuser(`create function documents_test_fail() returns trigger language plpgsql as $$
      begin
        if new.file_name = '${fileName}' then raise exception 'refused for the test'; end if;
        return new;
      end $$`);
    await database().superuser(`create constraint trigger documents_test_fail after insert on organisation_documents
      ${timing} for each row execute function documents_test_fail()`);
    try {
      expect((await upload(setUp, coordinator())).statusCode).toBe(201);
      const before = await snapshot();
      const response = await upload(setUp, coordinator(), { fileName });
      expect(response.statusCode).toBe(500);
      expect(response.json().code).toBe('internal');
      expect(await snapshot()).toEqual(before);
    } finally {
      await database().superuser('drop trigger documents_test_fail on organisation_documents');
      await database().superuser('drop function documents_test_fail()');
    }
  });
});

/** The columns of a stored row in insert order, to copy it with changes. */
function pick(row: Record<string, unknown> | undefined) {
  if (!row) throw new Error('no document row to copy');
  return {
    tenantId: row.tenant_id,
    organisationId: row.organisation_id,
    kind: row.kind,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
  };
}

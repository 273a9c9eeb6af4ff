import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type OrganisationDocument,
  type OrganisationDocumentAction,
  type OrganisationDocuments,
  REGISTRY_DOCUMENT_PATHS as PATHS,
} from '../../src/contracts/registry-documents.ts';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import type { Actor } from '../../src/server/modules/identity/access/actor.ts';
import { ROLES, type Role } from '../../src/server/modules/identity/roles.ts';
import { organisationDocumentPolicy } from '../../src/server/modules/registry/documents/policy.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { entriesOf } from '../access/factories.ts';
import type { SignedInClient } from '../identity/factories.ts';
import { actorHolding } from '../support/actors.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  download,
  filesUnder,
  jpeg,
  listDocuments,
  pdf,
  png,
  setUpDocuments,
  upload,
} from './documents-world.ts';
import { rowsOf } from './organisation-world.ts';

// An organisation's documents: the policy as a table; upload, list and download, each with its
// allow/deny pair (own coordinator and administrator upload; prison staff who decide also read;
// another organisation's coordinator and another tenant see nothing; wrong roles 403; no session
// 401); the history kept; the download byte for byte and refused when the file changed on disk.
// Bad input and failures that must leave nothing behind: documents-input.test.ts.

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('the organisation document policy, as a table', () => {
  const tenantId = uuidv7();
  const own = uuidv7();
  const record = (tenant: string, id: string) => ({ tenantId: tenant, id, kind: 'civil_society' as const });
  const actorOf = (role: Role): Actor => {
    const actor = actorHolding(role, tenantId);
    return {
      ...actor,
      roles: actor.roles.map((held) =>
        held.scope === 'organisation' ? { ...held, organisationId: own } : held,
      ),
    };
  };
  const EXPECTED: Partial<Record<Role, readonly OrganisationDocumentAction[]>> = {
    administrator: ['read', 'upload'],
    director: ['read'],
    security_officer: ['read'],
    cso_coordinator: ['read', 'upload'],
  };

  it.each(ROLES)('%s: its own organisation, another, and another tenant’s', (role) => {
    const actor = actorOf(role);
    expect(allowedActions(organisationDocumentPolicy, actor, record(tenantId, own))).toEqual(
      EXPECTED[role] ?? [],
    );
    const elsewhere = role === 'cso_coordinator' ? [] : (EXPECTED[role] ?? []);
    expect(allowedActions(organisationDocumentPolicy, actor, record(tenantId, uuidv7()))).toEqual(elsewhere);
    expect(allowedActions(organisationDocumentPolicy, actor, record(uuidv7(), own))).toEqual([]);
  });
});

describe(`an organisation’s documents on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const setUp = setUpDocuments(database);
  const world = () => setUp.world();
  const clients = () => setUp.world().clients;
  const rows = () => rowsOf(database(), 'organisation_documents', world().cso);
  const trail = (action: 'registry.profile_updated' | 'record.read' | 'access.denied') =>
    entriesOf(database(), world().tenant.id, [action]);

  // One file uploaded by the coordinator, for the reads; its name must never show in a refusal.
  const FILE_NAME = 'Statuts de l’association – révisés (2026).pdf';
  let statutes: { document: OrganisationDocument; content: Buffer } | undefined;
  const filed = async () => {
    if (!statutes) {
      const content = pdf(5000);
      const response = await upload(setUp, clients().coordinator, { fileName: FILE_NAME, body: content });
      expect(response.statusCode).toBe(201);
      statutes = { document: response.json(), content };
    }
    return statutes;
  };
  const refusedWithNothing = (body: string) => {
    expect(body).not.toContain(FILE_NAME);
    expect(body).not.toContain('statutes.pdf');
    expect(body).not.toContain('sha256');
  };

  describe('uploading', () => {
    it('files the own coordinator’s document: stored under its id with its checksum, audited without its name', async () => {
      const content = pdf();
      const before = await filesUnder(setUp.documentsDir());
      const response = await upload(setUp, clients().coordinator, {
        kind: 'registration_certificate',
        fileName: 'certificate.PDF',
        body: content,
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['cache-control']).toBe('no-store');
      const document = response.json<OrganisationDocument>();
      expect(document).toEqual({
        id: expect.any(String),
        kind: 'registration_certificate',
        fileName: 'certificate.PDF',
        contentType: 'application/pdf',
        sizeBytes: content.length,
        sha256: sha256(content),
        uploadedBy: {
          id: world().members.coordinator.id,
          displayName: world().members.coordinator.displayName,
        },
        uploadedAt: expect.any(String),
        superseded: false,
      });
      expect(response.headers.location).toBe(PATHS.content(document.id));

      const stored = path.join(world().tenant.id, document.id);
      expect(await filesUnder(setUp.documentsDir())).toEqual([...before, stored].sort());
      expect(await readFile(path.join(setUp.documentsDir(), stored))).toEqual(content);

      const [entry] = (await trail('registry.profile_updated')).filter(
        (each) => each.details.documentId === document.id,
      );
      expect(entry).toMatchObject({
        actor_user_id: world().members.coordinator.id,
        subject_type: 'organisation',
        subject_id: world().cso,
        details: {
          documentId: document.id,
          kind: 'registration_certificate',
          sizeBytes: content.length,
          sha256: sha256(content),
        },
      });
      expect(JSON.stringify(entry)).not.toContain('certificate.PDF');
    });

    it('files the administrator’s, in each type the registry takes', async () => {
      for (const [contentType, fileName, body] of [
        ['image/jpeg', 'insurance.jpeg', jpeg()],
        ['image/jpeg', 'insurance.jpg', jpeg()],
        ['image/png', 'reference.png', png()],
      ] as const) {
        const response = await upload(setUp, clients().admin, {
          kind: 'insurance',
          contentType,
          fileName,
          body,
        });
        expect(response.statusCode, fileName).toBe(201);
        expect(response.json()).toMatchObject({ contentType, fileName, sha256: sha256(body) });
      }
    });

    it('keeps every upload: a newer one of a kind supersedes the older, which stays', async () => {
      const { organisationId, coordinator } = await world().applicant();
      const first = await upload(setUp, coordinator, { organisationId, kind: 'agreement', body: pdf() });
      const second = await upload(setUp, coordinator, { organisationId, kind: 'agreement', body: pdf() });
      const other = await upload(setUp, coordinator, { organisationId, kind: 'statutes', body: pdf() });
      const list = (await listDocuments(setUp, coordinator, organisationId)).json<OrganisationDocuments>();
      expect(list.items.map((item) => [item.id, item.kind, item.superseded])).toEqual([
        [other.json().id, 'statutes', false],
        [second.json().id, 'agreement', false],
        [first.json().id, 'agreement', true],
      ]);
      expect(list.actions).toEqual(['read', 'upload']);
      const files = await filesUnder(setUp.documentsDir());
      for (const each of [first, second, other])
        expect(files).toContain(path.join(world().tenant.id, each.json().id));
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 404],
      ['another tenant’s administrator', 'otherTenantAdmin', 404],
      ['a director (documents are filed by the organisation)', 'directorA', 403],
      ['a gate officer', 'gateA', 403],
      ['a case manager', 'caseManagerA', 403],
      ['a practitioner of the organisation', 'practitioner', 403],
    ] as const)('refuses %s with %s, saving nothing', async (_label, who, status) => {
      const before = { rows: await rows(), files: await filesUnder(setUp.documentsDir()) };
      const response = await upload(setUp, clients()[who], { fileName: 'statutes.pdf' });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      refusedWithNothing(response.body);
      expect(await rows()).toBe(before.rows);
      expect(await filesUnder(setUp.documentsDir())).toEqual(before.files);
    });

    it('records another organisation’s coordinator’s upload as a refusal', async () => {
      await upload(setUp, clients().otherCoordinator);
      expect((await trail('access.denied')).at(-1)).toMatchObject({
        actor_user_id: world().members.otherCoordinator.id,
        subject_type: 'organisation',
        subject_id: world().cso,
        details: { action: 'upload', reason: 'not_visible' },
      });
    });

    it('refuses without a live session (401) or without the CSRF token (403), saving nothing', async () => {
      const before = { rows: await rows(), files: await filesUnder(setUp.documentsDir()) };
      for (const client of [undefined, world().deactivated]) {
        const response = await upload(setUp, client);
        expect(response.statusCode).toBe(401);
        expect(response.json().code).toBe('auth.unauthenticated');
        refusedWithNothing(response.body);
      }
      const noCsrf = await setUp.app().inject({
        method: 'POST',
        url: PATHS.documents(world().cso),
        query: { kind: 'statutes', fileName: 'statutes.pdf' },
        headers: { ...clients().coordinator.headers({ csrf: false }), 'content-type': 'application/pdf' },
        payload: pdf(),
      });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('auth.csrf');
      expect(await rows()).toBe(before.rows);
      expect(await filesUnder(setUp.documentsDir())).toEqual(before.files);
    });
  });

  describe('the list', () => {
    it('answers the own coordinator, the administrator, and directors and security officers of any facility; audited', async () => {
      const { document } = await filed();
      for (const who of ['coordinator', 'admin', 'directorA', 'directorB', 'securityB'] as const) {
        const response = await listDocuments(setUp, clients()[who]);
        expect(response.statusCode, who).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        const list = response.json<OrganisationDocuments>();
        expect(list.items, who).toContainEqual(document);
        const times = list.items.map((item) => item.uploadedAt);
        expect(times).toEqual([...times].sort().reverse());
        expect(list.actions, who).toEqual(
          who === 'coordinator' || who === 'admin' ? ['read', 'upload'] : ['read'],
        );
        expect((await trail('record.read')).at(-1), who).toMatchObject({
          actor_user_id: world().members[who].id,
          subject_type: 'organisation',
          subject_id: world().cso,
          details: { view: 'documents' },
        });
      }
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 404],
      ['another tenant’s administrator', 'otherTenantAdmin', 404],
      ['a gate officer', 'gateA', 403],
      ['a case manager', 'caseManagerA', 403],
      ['a practitioner of the organisation', 'practitioner', 403],
    ] as const)('refuses %s with %s, showing nothing', async (_label, who, status) => {
      await filed();
      const response = await listDocuments(setUp, clients()[who]);
      expect(response.statusCode).toBe(status);
      refusedWithNothing(response.body);
      if (status === 404) {
        expect(response.json().code).toBe('not_found');
        const missing = await listDocuments(setUp, clients().admin, uuidv7());
        expect(missing.statusCode).toBe(404);
        expect(missing.json().code).toBe('not_found');
      }
    });

    it('refuses without a live session with 401; 404 for an organisation outside the registry; 400 for a bad id', async () => {
      await filed();
      for (const client of [undefined, world().deactivated]) {
        const response = await listDocuments(setUp, client);
        expect(response.statusCode).toBe(401);
        refusedWithNothing(response.body);
      }
      expect((await listDocuments(setUp, clients().admin, world().tenant.organisationId)).statusCode).toBe(
        404,
      );
      const bad = await listDocuments(setUp, clients().admin, 'not-an-id');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([expect.objectContaining({ path: '/params/id' })]);
    });
  });

  describe('the download', () => {
    it('gives the file byte for byte, as an attachment with its name, to everyone who may read; audited', async () => {
      const { document, content } = await filed();
      for (const who of ['coordinator', 'admin', 'directorB', 'securityB'] as const) {
        const response = await download(setUp, clients()[who], document.id);
        expect(response.statusCode, who).toBe(200);
        expect(response.rawPayload.equals(content), who).toBe(true);
        expect(sha256(response.rawPayload)).toBe(document.sha256);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['content-disposition']).toBe(
          `attachment; filename*=UTF-8''${'Statuts%20de%20l%E2%80%99association%20%E2%80%93%20r%C3%A9vis%C3%A9s%20%282026%29.pdf'}`,
        );
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['cache-control']).toBe('no-store');
        expect((await trail('record.read')).at(-1), who).toMatchObject({
          actor_user_id: world().members[who].id,
          subject_type: 'organisation',
          subject_id: world().cso,
          details: { view: 'document', documentId: document.id },
        });
      }
    });

    it.each([
      ['the coordinator of another organisation', 'otherCoordinator', 404],
      ['another tenant’s administrator', 'otherTenantAdmin', 404],
      ['a gate officer', 'gateA', 403],
      ['a case manager', 'caseManagerA', 403],
      ['a practitioner of the organisation', 'practitioner', 403],
    ] as const)('refuses %s with %s, giving nothing of the file', async (_label, who, status) => {
      const { document, content } = await filed();
      const response = await download(setUp, clients()[who], document.id);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.rawPayload.includes(content.subarray(0, 64))).toBe(false);
      refusedWithNothing(response.body);
    });

    it('records another organisation’s coordinator’s download as a refusal; 404 for an unknown document', async () => {
      const { document } = await filed();
      await download(setUp, clients().otherCoordinator, document.id);
      expect((await trail('access.denied')).at(-1)).toMatchObject({
        actor_user_id: world().members.otherCoordinator.id,
        subject_type: 'organisation',
        subject_id: world().cso,
        details: { action: 'read', reason: 'not_visible' },
      });
      const unknown = await download(setUp, clients().admin, uuidv7());
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('not_found');
    });

    it('refuses without a live session with 401', async () => {
      const { document } = await filed();
      for (const client of [undefined, world().deactivated] as (SignedInClient | undefined)[]) {
        const response = await download(setUp, client, document.id);
        expect(response.statusCode).toBe(401);
        refusedWithNothing(response.body);
      }
    });

    it.each([
      [
        'changed in place (same size)',
        // The last byte inverted: the content is random, so a fixed replacement would be the byte
        // already there once in 256 runs.
        (content: Buffer) =>
          Buffer.concat([content.subarray(0, -1), Buffer.from([(content.at(-1) ?? 0) ^ 0xff])]),
      ],
      ['grown', (content: Buffer) => Buffer.concat([content, Buffer.from('appended')])],
      ['removed', null],
    ] as const)(
      'never serves a file %s on disk: 500 document.corrupt, not audited as read',
      async (_how, alter) => {
        const content = png();
        const uploaded = await upload(setUp, clients().coordinator, {
          kind: 'reference',
          contentType: 'image/png',
          fileName: 'reference.png',
          body: content,
        });
        const { id } = uploaded.json<OrganisationDocument>();
        const file = path.join(setUp.documentsDir(), world().tenant.id, id);
        if (alter) await writeFile(file, alter(content));
        else await rm(file);
        const reads = (await trail('record.read')).length;

        const response = await download(setUp, clients().coordinator, id);
        expect(response.statusCode).toBe(500);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 500, code: 'document.corrupt' });
        expect(response.headers['content-disposition']).toBeUndefined();
        expect(response.rawPayload.includes(content.subarray(8, 64))).toBe(false);
        expect((await trail('record.read')).length).toBe(reads);
        expect(setUp.errorLogs()).toContainEqual(
          expect.objectContaining({
            documentId: id,
            reason: alter ? expect.stringMatching(/^(size|checksum)$/) : 'missing',
            requestId: response.json().requestId,
          }),
        );
      },
    );
  });
});

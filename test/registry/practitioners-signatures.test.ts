import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRACTITIONER_PATHS } from '../../src/contracts/registry-practitioners.ts';
import { entriesOf } from '../access/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import {
  type Caller,
  countOf,
  expectInvalid,
  expectRefusal,
  makeBarePractitioner,
  makePractitionersWorld,
  type PractitionersWorld,
  REFUSED_CALLERS,
  send,
} from './practitioners-world.ts';

// POST /api/v1/registry/practitioners/:id/signatures: the organisation keeps its people's signed
// code of conduct and confidentiality agreement. Only versions the tenant has issued are accepted.

describe(`recording signatures on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let app: FastifyInstance;
  let world: PractitionersWorld;

  beforeAll(async () => {
    app = await buildTestApp({ db: database().db });
    world = await makePractitionersWorld(database(), app);
    // Another tenant's version that this tenant never issued.
    await database().superuser(
      `insert into document_versions (tenant_id, document, version, effective_on)
       values ($1, 'code_of_conduct', '9', '2026-01-01')`,
      [world.members.otherTenantAdmin.tenantId],
    );
  });
  afterAll(() => app?.close());

  const fresh = () => makeBarePractitioner(database(), world.tenant.id, world.organisation);
  const sign = (caller: Caller | null, practitionerId: string, payload: unknown) =>
    send(app, world, caller, { method: 'POST', url: PRACTITIONER_PATHS.signatures(practitionerId), payload });
  const conduct = (extra: Record<string, unknown> = {}) => ({
    document: 'code_of_conduct',
    version: '3',
    signedOn: '2026-11-02',
    ...extra,
  });

  it.each(['coordinator', 'admin'] as const)('lets %s record a signature (201), audited', async (caller) => {
    const { practitionerId } = await fresh();
    const response = await sign(caller, practitionerId, conduct());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json().signatures).toEqual([
      {
        id: expect.any(String),
        document: 'code_of_conduct',
        version: '3',
        signedOn: '2026-11-02',
        recordedAt: expect.any(String),
      },
    ]);
    const entries = (await entriesOf(database(), world.tenant.id, ['document.signed'])).filter(
      (entry) => entry.subject_id === practitionerId,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        actor_user_id: world.members[caller].id,
        subject_type: 'practitioner',
        details: {
          signatureId: expect.any(String),
          document: 'code_of_conduct',
          version: '3',
          signedOn: '2026-11-02',
        },
      }),
    ]);
  });

  it('keeps every signature, newest first: signing a new version adds to the history', async () => {
    const { practitionerId } = await fresh();
    await sign('coordinator', practitionerId, conduct({ signedOn: '2026-03-01' }));
    await sign('coordinator', practitionerId, {
      document: 'confidentiality',
      version: '2',
      signedOn: '2026-04-01',
    });
    const response = await sign('coordinator', practitionerId, conduct({ signedOn: '2026-05-01' }));
    expect(response.json().signatures.map((each: { signedOn: string }) => each.signedOn)).toEqual([
      '2026-05-01',
      '2026-04-01',
      '2026-03-01',
    ]);
  });

  it.each([
    ['a version the tenant never issued', conduct({ version: '4' }), '/body/version'],
    ['another tenant’s version', conduct({ version: '9' }), '/body/version'],
    ['a version of the other document', conduct({ version: '2' }), '/body/version'],
    ['a signature dated in the future', conduct({ signedOn: '2099-12-31' }), '/body/signedOn'],
    ['an impossible day', conduct({ signedOn: '2026-13-01' }), '/body/signedOn'],
    ['an unknown document', conduct({ document: 'nda' }), '/body/document'],
    ['a version of the wrong type', conduct({ version: 3 }), '/body/version'],
    ['an empty version', conduct({ version: '' }), '/body/version'],
    ['a missing day', { document: 'code_of_conduct', version: '3' }, '/body/signedOn'],
    ['an unknown field', conduct({ witness: 'Nadia' }), '/body/witness'],
  ])('refuses %s with 400 naming the field, writing nothing', async (_what, payload, path) => {
    const { practitionerId } = await fresh();
    expectInvalid(await sign('coordinator', practitionerId, payload), [path]);
    expect(await countOf(database(), 'document_signatures', practitionerId)).toBe(0);
  });

  it.each(['directorA', 'securityA', 'gateA', 'amal'] as const)(
    'gives %s, who may see the practitioner but not record signatures, 403, writing nothing',
    async (caller) => {
      const before = await countOf(database(), 'document_signatures', world.amal.practitionerId);
      expectRefusal(await sign(caller, world.amal.practitionerId, conduct()), 403, [world.amal.displayName]);
      expect(await countOf(database(), 'document_signatures', world.amal.practitionerId)).toBe(before);
    },
  );

  it.each(REFUSED_CALLERS)('refuses %s (%s) with %i, writing nothing', async (_who, caller, status) => {
    const before = await countOf(database(), 'document_signatures', world.amal.practitionerId);
    expectRefusal(await sign(caller, world.amal.practitionerId, conduct()), status, [
      world.amal.displayName,
      world.organisationName,
    ]);
    expect(await countOf(database(), 'document_signatures', world.amal.practitionerId)).toBe(before);
  });
});

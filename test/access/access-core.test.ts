import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedActions } from '../../src/server/modules/access/policy.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { makeTenant } from '../identity/factories.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { caseFilePolicy, insertCaseFile } from './case-file.ts';
import { type CaseFileWorld, makeCaseFileWorld, type Person } from './case-file-world.ts';
import { entriesOf } from './factories.ts';

// The access core through HTTP and real transactions, on the case-file stand-in: 404 exactly as a
// missing record, 403 for what one may see but not do, refusals recorded in the request's own
// transaction with its work undone, and list queries that return exactly what the policy lets read.

describe(`the access core on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let world: CaseFileWorld;

  beforeAll(async () => {
    world = await makeCaseFileWorld(database());
  });
  afterAll(() => world?.app.close());

  const withoutRequest = (body: Record<string, unknown>) => {
    const { instance: _instance, requestId: _requestId, ...rest } = body;
    return rest;
  };

  it('answers a record with the actions its reader may take', async () => {
    const response = await world.read(world.clients.practitioner, world.teamFile.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: world.teamFile.id,
      personId: world.teamFile.personId,
      actions: ['read', 'add_note'],
      breakGlass: false,
    });
    expect((await world.read(world.clients.manager, world.teamFile.id)).json().actions).toEqual(['read']);
    expect((await world.read(world.clients.coordinator, world.teamFile.id)).json().actions).toEqual(['read']);
  });

  it('answers 404 for a record out of scope, byte for byte as for a missing one, and records the refusal', async () => {
    const refused = await world.read(world.clients.visitor, world.teamFile.id);
    const missing = await world.read(world.clients.visitor, uuidv7());
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toBe(missing.headers['content-type']);
    expect(withoutRequest(refused.json())).toEqual(withoutRequest(missing.json()));
    expect(refused.body).not.toContain(world.teamFile.personId);
    const [denied] = (await entriesOf(database(), world.tenant.id, ['access.denied'])).filter(
      (entry) => entry.actor_user_id === world.people.visitor.id,
    );
    expect(denied).toMatchObject({
      outcome: 'denied',
      subject_type: 'case_file',
      subject_id: world.teamFile.id,
      person_id: world.teamFile.personId,
      break_glass: false,
      details: { action: 'read', reason: 'not_visible' },
    });
  });

  it('answers 403 to one who may see but not act, undoing the work and committing the refusal', async () => {
    const before = await world.notesOf(world.teamFile.id);
    const refused = await world.addNote(world.clients.manager, world.teamFile.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'auth.forbidden', status: 403 });
    expect(await world.notesOf(world.teamFile.id)).toBe(before);
    const denied = (await entriesOf(database(), world.tenant.id, ['access.denied'])).at(-1);
    expect(denied).toMatchObject({
      actor_user_id: world.people.manager.id,
      subject_id: world.teamFile.id,
      details: { action: 'add_note', reason: 'not_allowed' },
    });

    const allowed = await world.addNote(world.clients.practitioner, world.teamFile.id);
    expect(allowed.statusCode).toBe(200);
    expect(await world.notesOf(world.teamFile.id)).toBe((before ?? 0) + 1);
  });

  it('lists exactly the records the policy lets each actor read, each with its allowed actions', async () => {
    const files = [
      world.teamFile,
      await insertCaseFile(database(), {
        tenantId: world.tenant.id,
        facilityId: world.otherFacility,
        organisationId: null,
      }),
      await insertCaseFile(database(), {
        tenantId: world.tenant.id,
        facilityId: world.otherFacility,
        organisationId: world.csoId,
      }),
      await insertCaseFile(database(), {
        tenantId: world.tenant.id,
        facilityId: world.otherFacility,
        organisationId: world.csoId,
        caseTeamUserIds: [world.people.practitioner.id, world.people.manager.id],
      }),
    ];
    const other = await makeTenant(database(), { isDemo: true });
    const foreign = await insertCaseFile(database(), {
      tenantId: other.id,
      facilityId: other.facilityId,
      organisationId: null,
    });
    for (const key of Object.keys(world.people) as Person[]) {
      const response = await world.app.inject({
        url: '/api/v1/probe/case-files',
        headers: world.clients[key].headers(),
      });
      expect(response.statusCode).toBe(200);
      const listed = new Map(
        response.json().map((item: { id: string; actions: string[] }) => [item.id, item.actions] as const),
      );
      expect(listed.has(foreign.id)).toBe(false);
      for (const file of files) {
        const expected = allowedActions(caseFilePolicy, world.people[key].actor, file);
        expect(listed.get(file.id) ?? [], `${key} on ${file.id}`).toEqual(expected);
      }
    }
  });
});

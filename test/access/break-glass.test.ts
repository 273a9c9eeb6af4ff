import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { insertCaseFile } from './case-file.ts';
import { type CaseFileWorld, makeCaseFileWorld } from './case-file-world.ts';
import { entriesOf } from './factories.ts';

// Break-glass through HTTP and real transactions, on the case-file stand-in: read-only, refused to
// the roles that may never have it, malformed reasons refused, and every opening in the trail and
// in front of oversight.

describe(`break-glass on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  let world: CaseFileWorld;

  beforeAll(async () => {
    world = await makeCaseFileWorld(database());
  });
  afterAll(() => world?.app.close());

  it('opens a record by break-glass read-only, with the reason in the trail', async () => {
    const reason = 'Transfert cette nuit — نقل الليلة: medication history needed';
    const opened = await world.read(world.clients.visitor, world.teamFile.id, {
      'x-break-glass-reason': encodeURIComponent(reason),
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ actions: ['read'], breakGlass: true });
    const opening = (await entriesOf(database(), world.tenant.id, ['record.break_glass'])).at(-1);
    expect(opening).toMatchObject({
      outcome: 'allowed',
      actor_user_id: world.people.visitor.id,
      subject_type: 'case_file',
      subject_id: world.teamFile.id,
      person_id: world.teamFile.personId,
      purpose: reason,
      break_glass: true,
    });

    const before = await world.notesOf(world.teamFile.id);
    const write = await world.addNote(world.clients.visitor, world.teamFile.id, { breakGlassReason: reason });
    expect(write.statusCode).toBe(403);
    expect(await world.notesOf(world.teamFile.id)).toBe(before);
    expect((await entriesOf(database(), world.tenant.id, ['access.denied'])).at(-1)?.details).toEqual({
      action: 'add_note',
      reason: 'break_glass_read_only',
    });
  });

  it('never gives break-glass to CSO roles or oversight monitors: 404 as without a reason', async () => {
    for (const client of [world.clients.otherPractitioner, world.clients.monitor]) {
      const response = await world.read(client, world.teamFile.id, {
        'x-break-glass-reason': 'Urgent%20need',
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('not_found');
    }
  });

  it('refuses a malformed break-glass reason with 400 naming the field, and opens nothing', async () => {
    const count = (await entriesOf(database(), world.tenant.id, ['record.break_glass'])).length;
    for (const [headers, body, path] of [
      [{ 'x-break-glass-reason': 'no' }, undefined, '/headers/x-break-glass-reason'],
      [{ 'x-break-glass-reason': '100%25 sure%' }, undefined, '/headers/x-break-glass-reason'],
      [{ 'x-break-glass-reason': 'Night%00shift' }, undefined, '/headers/x-break-glass-reason'],
    ] as const) {
      const response = body
        ? await world.addNote(world.clients.visitor, world.teamFile.id, body)
        : await world.read(world.clients.visitor, world.teamFile.id, headers);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'request.validation', errors: [{ path }] });
    }
    const both = await world.app.inject({
      method: 'POST',
      url: `/api/v1/probe/case-files/${world.teamFile.id}/notes`,
      headers: { ...world.clients.visitor.headers(), 'x-break-glass-reason': 'Night%20transfer' },
      payload: { breakGlassReason: 'Night transfer' },
    });
    expect(both.json().errors).toEqual([expect.objectContaining({ path: '/body/breakGlassReason' })]);
    expect(await entriesOf(database(), world.tenant.id, ['record.break_glass'])).toHaveLength(count);
  });

  it('shows break-glass openings to oversight: in the break-glass list and the person’s access report', async () => {
    const reason = 'Hospital escort tonight, allergies needed';
    const file = await insertCaseFile(database(), {
      tenantId: world.tenant.id,
      facilityId: world.tenant.facilityId,
      organisationId: null,
    });
    await world.read(world.clients.visitor, file.id, { 'x-break-glass-reason': encodeURIComponent(reason) });

    const list = await world.app.inject({
      url: `/api/v1/audit/break-glass?personId=${file.personId}`,
      headers: world.clients.monitor.headers(),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        action: 'record.break_glass',
        breakGlass: true,
        purpose: reason,
        personId: file.personId,
        subject: { type: 'case_file', id: file.id },
        actor: expect.objectContaining({
          userId: world.people.visitor.id,
          displayName: world.people.visitor.displayName,
        }),
      }),
    ]);

    const report = await world.app.inject({
      url: `/api/v1/audit/people/${file.personId}/access-report`,
      headers: world.clients.monitor.headers(),
    });
    expect(report.statusCode).toBe(200);
    const visitorRow = report
      .json()
      .actors.find((row: { user: { id: string } | null }) => row.user?.id === world.people.visitor.id);
    expect(visitorRow).toMatchObject({
      roles: ['case_manager'],
      accesses: 1,
      breakGlass: [expect.objectContaining({ reason, subject: { type: 'case_file', id: file.id } })],
    });
  });
});

import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { appendEntries, type Member, makeMember, makeOrganisation } from '../access/factories.ts';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import type { TestDatabase } from '../support/test-database.ts';

// One tenant's trail with entries at known times, the people who made them, and the people who
// may or may not read it, for the search and access-report tests.

export const RANGE = 'from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z';

export interface TrailFixture {
  tenant: TestTenant;
  csoId: string;
  people: { p1: string; p2: string };
  members: Record<'manager' | 'coordinator' | 'monitor' | 'analyst', Member>;
  clients: Record<'manager' | 'coordinator' | 'monitor' | 'analyst', SignedInClient>;
  /** The seeded entries' seqs, by name, in the order they were written. */
  seq: Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6' | 'e7', number>;
}

/**
 * e1 03-01 read p1 by manager · e2 03-02 read p2 by coordinator (CSO) · e3 03-03 denied p1 by
 * coordinator · e4 03-04 break-glass p1 by manager · e5 and e6 03-05 10:00:00.000 (the same
 * millisecond) reads of p2 and p1 by manager · e7 03-06 sign-in of manager, no person.
 */
export async function makeTrail(test: TestDatabase, app: FastifyInstance): Promise<TrailFixture> {
  const tenant = await makeTenant(test, { isDemo: true });
  const csoId = await makeOrganisation(test, tenant, 'civil_society');
  const oversight = await makeOrganisation(test, tenant, 'oversight_body');
  const members = {
    manager: await makeMember(test, tenant, 'case_manager'),
    coordinator: await makeMember(test, tenant, 'cso_coordinator', { organisationId: csoId }),
    monitor: await makeMember(test, tenant, 'oversight_monitor', { organisationId: oversight }),
    analyst: await makeMember(test, tenant, 'analyst'),
  };
  const people = { p1: uuidv7(), p2: uuidv7() };
  const manager = { actorUserId: members.manager.id, actorOrganisationId: members.manager.organisationId };
  const coordinator = { actorUserId: members.coordinator.id, actorOrganisationId: csoId };
  const seqs = await appendEntries(test, tenant.id, [
    { occurredAt: '2025-03-01T10:00:00.000Z', ...manager, personId: people.p1 },
    { occurredAt: '2025-03-02T10:00:00.000Z', ...coordinator, personId: people.p2 },
    {
      occurredAt: '2025-03-03T10:00:00.000Z',
      ...coordinator,
      personId: people.p1,
      action: 'access.denied',
      outcome: 'denied',
    },
    {
      occurredAt: '2025-03-04T10:00:00.000Z',
      ...manager,
      personId: people.p1,
      action: 'record.break_glass',
      breakGlass: true,
      purpose: '=HYPERLINK("x") night transfer',
    },
    { occurredAt: '2025-03-05T10:00:00.000Z', ...manager, personId: people.p2 },
    { occurredAt: '2025-03-05T10:00:00.000Z', ...manager, personId: people.p1 },
    {
      occurredAt: '2025-03-06T10:00:00.000Z',
      ...manager,
      action: 'auth.sign_in',
      subjectType: 'user',
      subjectId: null,
    },
  ]);
  const clients = {
    manager: await signIn(app, members.manager),
    coordinator: await signIn(app, members.coordinator),
    monitor: await signIn(app, members.monitor),
    analyst: await signIn(app, members.analyst),
  };
  const at = (index: number) => {
    const value = seqs[index];
    if (value === undefined) throw new Error('the trail fixture was not written');
    return value;
  };
  const seq = { e1: at(0), e2: at(1), e3: at(2), e4: at(3), e5: at(4), e6: at(5), e7: at(6) };
  return { tenant, csoId, people, members, clients, seq };
}

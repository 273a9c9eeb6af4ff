import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { makeTenant, type SignedInClient, signIn, type TestTenant } from '../identity/factories.ts';
import { buildTestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { type CaseFile, createCaseFileTable, insertCaseFile } from './case-file.ts';
import { caseFileRoutes } from './case-file-routes.ts';
import { type Member, makeFacility, makeMember, makeOrganisation } from './factories.ts';

// One tenant with the case-file stand-in's routes and the people around one file: its facility's
// case manager, a case manager of another facility, the assigned CSO's practitioner (on the case
// team) and coordinator, a practitioner of another CSO, and an oversight monitor. All signed in.

export type Person = 'manager' | 'visitor' | 'practitioner' | 'coordinator' | 'monitor' | 'otherPractitioner';

export interface CaseFileWorld {
  app: FastifyInstance;
  tenant: TestTenant;
  otherFacility: string;
  csoId: string;
  people: Record<Person, Member>;
  clients: Record<Person, SignedInClient>;
  /** At the tenant's facility, assigned to the CSO, with the practitioner on its case team. */
  teamFile: CaseFile;
  read(client: SignedInClient, id: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  addNote(client: SignedInClient, id: string, body?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** How many notes the file counts: each allowed add_note adds one. */
  notesOf(id: string): Promise<number | undefined>;
}

export async function makeCaseFileWorld(test: TestDatabase): Promise<CaseFileWorld> {
  await createCaseFileTable(test);
  const app = await buildTestApp({ db: test.db, routes: caseFileRoutes(test.db) });
  const tenant = await makeTenant(test, { isDemo: true });
  const otherFacility = await makeFacility(test, tenant);
  const csoId = await makeOrganisation(test, tenant, 'civil_society');
  const otherCso = await makeOrganisation(test, tenant, 'civil_society');
  const oversight = await makeOrganisation(test, tenant, 'oversight_body');
  const people: Record<Person, Member> = {
    manager: await makeMember(test, tenant, 'case_manager'),
    visitor: await makeMember(test, tenant, 'case_manager', { scopeId: otherFacility }),
    practitioner: await makeMember(test, tenant, 'cso_practitioner', { organisationId: csoId }),
    coordinator: await makeMember(test, tenant, 'cso_coordinator', { organisationId: csoId }),
    monitor: await makeMember(test, tenant, 'oversight_monitor', { organisationId: oversight }),
    otherPractitioner: await makeMember(test, tenant, 'cso_practitioner', { organisationId: otherCso }),
  };
  const clients = {} as Record<Person, SignedInClient>;
  for (const key of Object.keys(people) as Person[]) clients[key] = await signIn(app, people[key]);
  const teamFile = await insertCaseFile(test, {
    tenantId: tenant.id,
    facilityId: tenant.facilityId,
    organisationId: csoId,
    caseTeamUserIds: [people.practitioner.id],
  });
  return {
    app,
    tenant,
    otherFacility,
    csoId,
    people,
    clients,
    teamFile,
    read: (client, id, headers = {}) =>
      app.inject({ url: `/api/v1/probe/case-files/${id}`, headers: { ...client.headers(), ...headers } }),
    addNote: (client, id, body = {}) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/probe/case-files/${id}/notes`,
        headers: client.headers(),
        payload: body,
      }),
    notesOf: async (id) =>
      (await test.superuser<{ notes: number }>('select notes from test_case_files where id = $1', [id]))[0]
        ?.notes,
  };
}

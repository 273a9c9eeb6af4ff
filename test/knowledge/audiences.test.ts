import { describe, expect, it } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS } from '../../src/contracts/knowledge.ts';
import { AUDIENCES_PATH, type KnowledgeAudiences } from '../../src/contracts/knowledge-audiences.ts';
import { SEARCH_PATHS, type SearchResult } from '../../src/contracts/knowledge-search.ts';
import { uuidv7 } from '../../src/server/platform/ids.ts';
import { useTestDatabase } from '../support/test-database.ts';
import { testDatabaseKind } from '../support/test-database-kind.ts';
import { call, type KnowledgeMemberName, proposeEntry, setUpKnowledge, textOf } from './knowledge-world.ts';

// Who an editor may share a restricted entry with: the organisations of their own prison service and
// the other prison services, by name. Knowledge editors only; another service's editor never learns
// this service's organisations. Then the choice at work: an entry published for one organisation
// and one other service is found by them and by no one else.

describe(`the audiences of a restricted entry on ${testDatabaseKind()}`, () => {
  const database = useTestDatabase();
  const knowledge = setUpKnowledge(database);

  const audiencesAs = (who: KnowledgeMemberName | undefined) =>
    call(
      knowledge.app(),
      who === undefined ? undefined : knowledge.world().clients[who],
      'GET',
      AUDIENCES_PATH,
    );

  it('gives an editor the organisations of their service and the other services, by name', async () => {
    const { tenant, otherTenant, cso, otherCso } = knowledge.world();
    // Names whose order is the same under any collation: capitals, then the same first letter.
    const named = { alpha: uuidv7(), zulu: uuidv7() };
    for (const [id, name] of [
      [named.zulu, 'Zulu oversight board'],
      [named.alpha, 'Alpha probation office'],
    ]) {
      await database().superuser(
        'insert into organisations (id, tenant_id, kind, name) values ($1, $2, $3, $4)',
        [id, tenant.id, 'oversight_body', name],
      );
    }

    const response = await audiencesAs('editor');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const audiences = response.json<KnowledgeAudiences>();
    expect(audiences.organisations.map((organisation) => organisation.id).sort()).toEqual(
      [tenant.organisationId, cso, otherCso, named.alpha, named.zulu].sort(),
    );
    expect(audiences.organisations).toContainEqual({
      id: cso,
      name: expect.any(String),
      kind: 'civil_society',
    });
    expect(audiences.organisations).toContainEqual({
      id: tenant.organisationId,
      name: 'Prison service',
      kind: 'prison_service',
    });
    const capitalised = audiences.organisations
      .map((organisation) => organisation.name)
      .filter((name) => /^[APZ]/.test(name));
    expect(capitalised).toEqual(['Alpha probation office', 'Prison service', 'Zulu oversight board']);

    expect(audiences.tenants).toContainEqual({ id: otherTenant.id, name: otherTenant.name });
    expect(audiences.tenants.map((other) => other.id)).not.toContain(tenant.id);
    const tenantNames = audiences.tenants.map((other) => other.name);
    // Test tenants are named `t-…`: among them the order is plain.
    const testTenants = tenantNames.filter((name) => name.startsWith('t-'));
    expect(testTenants).toEqual([...testTenants].sort());
  });

  it('gives another service’s editor its own organisations, never this service’s', async () => {
    const { tenant, otherTenant, cso, otherCso } = knowledge.world();
    const response = await audiencesAs('otherEditor');
    expect(response.statusCode, response.body).toBe(200);
    const audiences = response.json<KnowledgeAudiences>();
    expect(audiences.organisations.map((organisation) => organisation.id)).toEqual([
      otherTenant.organisationId,
    ]);
    for (const hidden of [cso, otherCso, tenant.organisationId]) expect(response.body).not.toContain(hidden);
    expect(audiences.tenants).toContainEqual({ id: tenant.id, name: tenant.name });
    expect(audiences.tenants.map((other) => other.id)).not.toContain(otherTenant.id);
  });

  it('refuses everyone but knowledge editors, and says nothing of the audiences', async () => {
    const { tenant, otherTenant, cso } = knowledge.world();
    for (const who of ['contributor', 'analyst', 'caseManager', 'otherTenantUser'] as const) {
      const response = await audiencesAs(who);
      expect(response.statusCode, who).toBe(403);
      expect(response.headers['content-type'], who).toContain('application/problem+json');
      for (const secret of [cso, tenant.id, otherTenant.id, otherTenant.name, 'Prison service'])
        expect(response.body, who).not.toContain(secret);
    }
    const anonymous = await audiencesAs(undefined);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.body).not.toContain(cso);
  });

  it('publishes for a chosen organisation and service: they find the entry, the others do not', async () => {
    const { clients, cso, otherTenant } = knowledge.world();
    const app = knowledge.app();
    const audiences = (await audiencesAs('editor')).json<KnowledgeAudiences>();
    const organisation = audiences.organisations.find((each) => each.id === cso);
    const service = audiences.tenants.find((each) => each.id === otherTenant.id);
    if (!organisation || !service) throw new Error('the audiences do not offer the organisation and service');

    // Proposed by the analyst, so that no one in the audience finds it for having proposed it.
    const proposed = await proposeEntry(app, clients.analyst, {
      language: 'en',
      text: textOf('The quayside audience project'),
    });
    const submitted = await call(app, clients.analyst, 'POST', KNOWLEDGE_PATHS.submit(proposed.id), {
      version: proposed.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const published = await call(app, clients.editor, 'POST', KNOWLEDGE_PATHS.publication(proposed.id), {
      version: submitted.json<Entry>().version,
      level: 'inspiring',
      visibility: 'restricted',
      audienceOrganisationIds: [organisation.id],
      audienceTenantIds: [service.id],
      acknowledgeWarnings: true,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<Entry>()).toMatchObject({
      visibility: 'restricted',
      audienceOrganisationIds: [cso],
      audienceTenantIds: [otherTenant.id],
    });

    const finds = async (who: KnowledgeMemberName) => {
      const response = await call(app, clients[who], 'GET', `${SEARCH_PATHS.search}?q=quayside&language=en`);
      expect(response.statusCode, `${who}: ${response.body}`).toBe(200);
      return response.json<SearchResult>().hits.some((hit) => hit.id === proposed.id);
    };
    expect(await finds('contributor')).toBe(true);
    expect(await finds('colleague')).toBe(true);
    expect(await finds('otherTenantUser')).toBe(true);
    expect(await finds('otherCsoUser')).toBe(false);
    expect(await finds('caseManager')).toBe(false);
  });

  it('refuses an organisation of another service, which the audiences never offered, and saves nothing', async () => {
    const { clients, otherTenant } = knowledge.world();
    const app = knowledge.app();
    const proposed = await proposeEntry(app, clients.contributor);
    const submitted = await call(app, clients.contributor, 'POST', KNOWLEDGE_PATHS.submit(proposed.id), {
      version: proposed.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const version = submitted.json<Entry>().version;
    const refused = await call(app, clients.editor, 'POST', KNOWLEDGE_PATHS.publication(proposed.id), {
      version,
      level: 'inspiring',
      visibility: 'restricted',
      audienceOrganisationIds: [otherTenant.organisationId],
      acknowledgeWarnings: true,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { path: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ path: '/body/audienceOrganisationIds' }),
    );
    const entry = await call(app, clients.editor, 'GET', KNOWLEDGE_PATHS.entry(proposed.id));
    expect(entry.json<Entry>()).toMatchObject({ status: 'in_review', version, audienceOrganisationIds: [] });
  });
});

// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json';
import { caseManagerSession, json, stubApi } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.title = '';
});

describe('the role home', () => {
  it('shows who the user is, where, with which roles and scopes, and what the role will do', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession()) });
    renderApp();

    const home = await screen.findByTestId('role-home');
    expect(home.getAttribute('data-families')).toBe('caseManagement');
    expect(within(home).getByRole('heading', { level: 1 }).textContent).toContain('Leïla Trabelsi');
    expect(within(home).getByTestId('role-home-organisation').textContent).toBe('Meridia Prison Service');
    const role = within(home).getByTestId('role-list').querySelector('[data-role="case_manager"]');
    expect(role?.textContent).toBe('Case managerFacility: Central Prison');
    const family = within(home).getByTestId('role-home-caseManagement');
    expect(within(family).getByRole('heading', { level: 2 }).textContent).toBe(
      en.roleHome.caseManagement.heading,
    );
    expect(within(family).getAllByRole('listitem')).toHaveLength(4);
    // Plans in words only: no figures that could be taken for real data.
    expect(home.textContent).not.toMatch(/\d/);
    await waitFor(() => expect(document.title).toBe('Your home · Pathways'));
  });

  it('links the screens a role can already open, apart from the plans', async () => {
    const base = caseManagerSession();
    stubApi({
      'GET /api/v1/me': json({
        ...base,
        roles: [{ role: 'oversight_monitor', scope: 'tenant', facility: null, organisation: null }],
      }),
    });
    renderApp();

    const family = await screen.findByTestId('role-home-oversight');
    const links = within(family).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [en.roleHome.oversight.auditTrail, '/audit'],
      [en.roleHome.oversight.breakGlass, '/audit/break-glass'],
    ]);
    expect(within(family).getByRole('heading', { name: en.roleHome.availableHeading })).toBeTruthy();
    expect(within(family).getByRole('heading', { name: en.roleHome.plannedHeading })).toBeTruthy();
  });

  it('names the organisation of an organisation-scoped role and the service of a tenant-wide one', async () => {
    const base = caseManagerSession();
    stubApi({
      'GET /api/v1/me': json({
        ...base,
        organisation: { ...base.organisation, kind: 'civil_society', name: 'Bridges · جسور' },
        roles: [
          {
            role: 'cso_coordinator',
            scope: 'organisation',
            facility: null,
            organisation: { id: base.organisation.id, name: 'Bridges · جسور' },
          },
          { role: 'knowledge_editor', scope: 'tenant', facility: null, organisation: null },
        ],
      }),
    });
    renderApp();

    const list = await screen.findByTestId('role-list');
    expect(list.querySelector('[data-role="cso_coordinator"]')?.textContent).toBe(
      'Civil society coordinatorOrganisation: Bridges · جسور',
    );
    expect(list.querySelector('[data-role="knowledge_editor"]')?.textContent).toBe(
      'Knowledge editorThroughout: Meridia Prison Service',
    );
    expect(screen.getByTestId('role-home').getAttribute('data-families')).toBe('civilSociety knowledge');
    expect(screen.getByTestId('role-home-organisation').querySelector('bdi')?.textContent).toBe(
      'Bridges · جسور',
    );
  });

  it('asks an administrator for roles when the user holds none', async () => {
    stubApi({ 'GET /api/v1/me': json(caseManagerSession({ roles: [] })) });
    renderApp();

    expect((await screen.findByTestId('role-home')).textContent).toContain(en.roleHome.noRoles);
  });
});

import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { AccessReportPage } from './pages/AccessReportPage.ts';
import { AuditSearchPage, BreakGlassPage } from './pages/AuditSearchPage.ts';
import { RoleHomePage } from './pages/RoleHomePage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import type { BrowserElement, BrowserGlobals } from './support/browser-globals.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// Accounts: monitor (the oversight monitor; also in the page loops), gate.central (only here) and
// case.central (also in the page loops). Every sign-in succeeds: the events these tests look for
// are refusals by the server, which the trail records, not failed sign-ins (docs/testing-browser.md).

const en = CATALOGUES.en;
const TRAIL_API = '/api/v1/audit/events';

describeInBrowser('the audit trail', () => {
  const session = useBrowserSession();

  test('a gate officer is refused the trail and sees none of it; the monitor then finds that refusal', async () => {
    const gate = await signInThroughApi(session.page, 'gate.central');
    const refusedAnswer = session.page.waitForResponse((response) => response.url().includes(TRAIL_API));
    const refused = await AuditSearchPage.open(session.page);

    expect((await refusedAnswer).status()).toBe(403);
    expect(await refused.forbidden.textContent()).toContain(en.audit.refusal.forbidden);
    expect(await refused.filters.count()).toBe(0);
    expect(await refused.table.count()).toBe(0);
    expect(await refused.navLink('nav-audit').count()).toBe(0);

    await signInThroughApi(session.page, 'monitor');
    const home = await RoleHomePage.open(session.page);
    await home.navLink('nav-audit').click();
    const search = await new AuditSearchPage(session.page).verifyOnPage();
    expect(await search.heading.textContent()).toBe(en.audit.search.heading);

    await search.search({ userId: gate.user.id, actionLabels: [en.audit.actions.accessDenied] });

    expect(new URL(session.page.url()).search).toBe(`?actorUserId=${gate.user.id}&action=access.denied`);
    const refusal = search.rows.first();
    expect(await refusal.getAttribute('data-action')).toBe('access.denied');
    expect(await refusal.getAttribute('data-outcome')).toBe('denied');
    expect(await refusal.getByTestId('audit-actor-link').textContent()).toContain(gate.user.displayName);
    expect(await refusal.getByTestId('audit-event-outcome').textContent()).toBe(en.audit.outcome.denied);
    expect(await refusal.getByTestId('audit-event-action').textContent()).toBe(en.audit.actions.accessDenied);
    expect(await refusal.textContent()).toContain(TRAIL_API);
    // Every row is one of the gate officer's refusals, and nothing else.
    for (const row of await search.rows.all())
      expect(await row.getAttribute('data-action')).toBe('access.denied');

    // The same search as CSV: the link carries the filters, the file holds the refusal.
    const href = await search.csvLink.getAttribute('href');
    const csv = await session.page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('occurred_at');
    expect(text).toContain(`"access.denied"`);
    expect(text).toContain(`"${gate.user.id}"`);
    expect(text).not.toContain('"auth.sign_in"');

    const violations = await seriousAccessibilityViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('the monitor opens a person’s access report from the person column, and is listed in it', async () => {
    const monitor = await signInThroughApi(session.page, 'monitor');
    // No people are in the demo data yet; a search by person is itself an entry about that person.
    const personId = randomUUID();
    const first = await AuditSearchPage.open(session.page, `?personId=${personId}`);
    await first.emptyResults.waitFor();

    const search = await first.reload();
    const link = search.personLinks.first();
    expect(await link.getAttribute('data-person-id')).toBe(personId);
    expect(await search.rows.first().getAttribute('data-action')).toBe('audit.searched');
    await link.click();

    const report = await new AccessReportPage(session.page).verifyOnPage();
    expect(new URL(session.page.url()).pathname).toBe(AccessReportPage.pathFor(personId));
    expect(await report.heading.textContent()).toBe(en.audit.report.heading);
    const row = report.rowOf(monitor.user.id);
    expect(await row.getByTestId('access-report-user').textContent()).toBe(monitor.user.displayName);
    expect(await row.textContent()).toContain(en.roles.oversightMonitor);
    expect(await row.textContent()).toContain(en.audit.actions.auditSearched);
    expect(Number(await row.getByTestId('access-report-accesses').textContent())).toBe(2);
    expect(await row.getAttribute('data-break-glass')).toBe('0');
    expect(await report.rows.count()).toBe(1);

    // Viewing the report is recorded too, and shows in the next one.
    const again = await report.reload();
    expect(await again.rowOf(monitor.user.id).textContent()).toContain(
      en.audit.actions.auditAccessReportViewed,
    );
  });

  test('the monitor reviews the break-glass openings of a period, and can export them', async () => {
    await signInThroughApi(session.page, 'monitor');
    const search = await AuditSearchPage.open(session.page);
    await session.page.getByTestId('audit-view-break-glass').click();
    const openings = await new BreakGlassPage(session.page).verifyOnPage();
    expect(await openings.heading.textContent()).toBe(en.audit.breakGlass.heading);
    expect(search.page.url()).toMatch(/\/audit\/break-glass$/);

    await openings.search({ from: '2026-01-01', to: '2036-12-31' });

    // Nothing in the demo data opens a record by break-glass yet, so the period has none — said in words.
    expect(await openings.emptyResults.textContent()).toContain(en.audit.breakGlass.empty);
    const csv = new URL((await openings.csvLink.getAttribute('href')) ?? '', session.page.url());
    expect(csv.pathname).toBe('/api/v1/audit/events.csv');
    expect(csv.searchParams.get('breakGlass')).toBe('true');
    expect(csv.searchParams.get('from')).toBe(new Date('2026-01-01T00:00:00Z').toISOString());
    const download = await session.page.request.get(csv.href);
    expect(download.status()).toBe(200);
    expect((await download.text()).trim().split('\r\n')).toHaveLength(1);
  });

  test('a case manager cannot open the break-glass list nor an access report: refused, no data', async () => {
    await signInThroughApi(session.page, 'case.central');

    const openings = await BreakGlassPage.open(session.page);
    await openings.forbidden.waitFor({ state: 'visible' });
    expect(await openings.table.count()).toBe(0);

    const report = await AccessReportPage.open(session.page, randomUUID());
    await report.forbidden.waitFor({ state: 'visible' });
    expect(await report.summary.count()).toBe(0);
    expect(await report.table.count()).toBe(0);
  });

  test('the trail in Arabic reads right to left, ids left to right', async () => {
    await signInThroughApi(session.page, 'monitor');
    const search = await AuditSearchPage.open(session.page);
    await search.switchLanguage('ar');

    expect(await search.documentLanguage()).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await search.heading.textContent()).toBe(CATALOGUES.ar.audit.search.heading);
    const idInput = session.page.getByTestId('audit-filter-personId');
    expect(await idInput.getAttribute('dir')).toBe('ltr');
    const direction = await search.table.evaluate(
      (table: BrowserElement) => (globalThis as unknown as BrowserGlobals).getComputedStyle(table).direction,
    );
    expect(direction).toBe('rtl');
  });
});

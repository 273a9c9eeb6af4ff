import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { FacilitiesPage, type NewFacility, OrganisationsPage } from './pages/PlacesAdministrationPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// Accounts: admin and case.central sign in successfully only. Names and codes are new on every run
// (organisation names and facility codes are unique in a tenant, and the server lives for the whole
// run). Every name here is invented.

const en = CATALOGUES.en.places;
const PRISON_SERVICE = 'Meridia Prison Service';
const suffix = () => randomBytes(3).toString('hex').toUpperCase();

function newFacility(code: string): NewFacility {
  return {
    code,
    name: `Hillside Remand Centre ${code}`,
    kind: 'mixed',
    timeZoneSearch: 'nairobi',
    timeZone: 'Africa/Nairobi',
    capacity: '180',
    prisonService: PRISON_SERVICE,
  };
}

describeInBrowser('organisation and facility administration', () => {
  const session = useBrowserSession();

  test('admin adds a civil society organisation, renames it, and finds it by kind', async () => {
    const name = `Harbour Light Mentors ${suffix()}`;
    const renamed = `${name} · منارة المرفأ`;
    await signInThroughApi(session.page, 'admin');
    const organisations = await OrganisationsPage.open(session.page);
    expect(await organisations.navLink('nav-organisations').getAttribute('aria-current')).toBe('page');

    await organisations.create('civil_society', name);
    await organisations.row(name).waitFor();
    expect(await organisations.row(name).getByTestId('organisation-kind').textContent()).toBe(
      CATALOGUES.en.audit.organisationKinds.civilSociety,
    );

    await organisations.rename(name, renamed);
    await organisations.row(renamed).waitFor();
    expect(await organisations.row(name).count()).toBe(0);
    expect(await organisations.outcome.textContent()).toContain('is now called');

    await organisations.kindFilter.selectOption('civil_society');
    await session.page.waitForURL((url) => url.search === '?kind=civil_society');
    const kinds = await organisations.rows.getByTestId('organisation-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set([CATALOGUES.en.audit.organisationKinds.civilSociety]));
    expect(await organisations.row(renamed).count()).toBe(1);
    expect(session.problems.all()).toEqual([]);
  });

  test('admin adds a facility with its time zone and renames it; a code already taken is refused next to the field', async () => {
    const code = `E2E-${suffix()}`;
    const facility = newFacility(code);
    await signInThroughApi(session.page, 'admin');
    const facilities = await FacilitiesPage.open(session.page);
    expect(await facilities.navLink('nav-facilities').getAttribute('aria-current')).toBe('page');

    await facilities.create(facility);
    const row = facilities.row(code);
    await row.waitFor();
    expect(await row.getByTestId('facility-name').textContent()).toBe(facility.name);
    expect(await row.getByTestId('facility-kind').textContent()).toBe(en.facilityKinds.mixed);
    expect(await row.getByTestId('facility-time-zone').textContent()).toBe('Africa/Nairobi');
    expect(await row.getByTestId('facility-capacity').textContent()).toBe('180');
    expect(await row.getByTestId('facility-organisation').textContent()).toBe(PRISON_SERVICE);

    const panel = await facilities.edit(code);
    expect(await panel.getByTestId('edit-facility-code').textContent()).toBe(code);
    expect(await panel.getByTestId('edit-facility-organisation').textContent()).toBe(PRISON_SERVICE);
    await panel.getByTestId('edit-facility-cancel').click();
    await facilities.rename(code, `Hillside Centre ${code}`);
    expect(await row.getByTestId('facility-name').textContent()).toBe(`Hillside Centre ${code}`);
    expect(await row.getByTestId('facility-time-zone').textContent()).toBe('Africa/Nairobi');

    // The same code again: refused by the server, said next to the code, nothing typed lost.
    await facilities.submitNew({ ...newFacility(code), name: 'Another Centre' });
    const error = await facilities.codeError();
    await error.waitFor();
    expect(await error.textContent()).toBe(en.errors.codeTaken);
    expect(await facilities.codeInput.getAttribute('aria-invalid')).toBe('true');
    expect(await facilities.createError.textContent()).toContain(en.errors.checkFields);
    expect(await session.page.getByTestId('create-facility-name').inputValue()).toBe('Another Centre');
    expect(await facilities.rows.filter({ hasText: 'Another Centre' }).count()).toBe(0);
  });

  // A state the page tour does not reach: messages next to the fields.
  test.each(['en', 'ar'] as const)(
    'the facility form showing field errors, in %s: no serious or critical violations',
    async (language) => {
      await signInThroughApi(session.page, 'admin');
      const facilities = await FacilitiesPage.open(session.page);
      await facilities.switchLanguage(language);
      await facilities.codeInput.fill('-wrong');
      await session.page.getByTestId('create-facility-capacity').fill('0');
      await session.page.getByTestId('create-facility-submit').click();
      await facilities.codeInput.and(session.page.locator('[aria-invalid="true"]')).waitFor();
      await facilities.createError.waitFor();
      expect(await (await facilities.codeError()).textContent()).toBe(
        CATALOGUES[language].places.errors.codeFormat,
      );

      const violations = await seriousAccessibilityViolations(session.page);

      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  test('case.central opening the facilities or the organisations sees the refusal and no data', async () => {
    await signInThroughApi(session.page, 'case.central');
    const facilities = await FacilitiesPage.open(session.page);
    await facilities.forbidden.waitFor();
    expect(await facilities.forbidden.textContent()).toContain(en.refusal.forbidden);
    expect(await facilities.table.count()).toBe(0);
    expect(await facilities.createForm.count()).toBe(0);
    const content = (await facilities.pageContent.textContent()) ?? '';
    expect(content).not.toContain('CENTRAL');
    expect(content).not.toContain(PRISON_SERVICE);
    expect(await facilities.navLink('nav-facilities').count()).toBe(0);

    const organisations = await OrganisationsPage.open(session.page);
    await organisations.forbidden.waitFor();
    expect(await organisations.table.count()).toBe(0);
    expect(await organisations.createForm.count()).toBe(0);
    expect(await organisations.navLink('nav-organisations').count()).toBe(0);
  });
});

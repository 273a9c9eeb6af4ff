// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem, type stubApi } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { adminSession, facilities, facility, IDS, organisation, organisations } from './places-test-data';
import { timeZoneNames } from './time-zones';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.places;
const LIST = 'GET /api/v1/admin/facilities';
const ORGANISATIONS = 'GET /api/v1/admin/organisations';
const CREATE = 'POST /api/v1/admin/facilities';
const UPDATE = `PATCH /api/v1/admin/facilities/${IDS.central}`;

function openPage(answers: Parameters<typeof stubApi>[0] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    '/admin/facilities',
    {
      'GET /api/v1/me': json(adminSession()),
      [LIST]: json({ facilities: facilities() }),
      [ORGANISATIONS]: json({ organisations: organisations() }),
      ...answers,
    },
    language,
  );
}

const rowOf = (code: string) =>
  screen.getAllByTestId('facility-row').find((row) => row.dataset.code === code) as HTMLElement;
const cell = (code: string, testId: string) => within(rowOf(code)).getByTestId(testId).textContent;

/** Types into the searchable time zone select and picks the option named `zone`. */
async function chooseTimeZone(testId: string, search: string, zone: string) {
  const input = field(testId);
  // Mantine takes a change of an input without focus for autofill, not typing.
  input.focus();
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: search } });
  // The dropdown is still "entering" (display: none) in happy-dom, which runs no transitions.
  const listbox = await waitFor(() => {
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!list) throw new Error('the time zone list has not opened');
    return list;
  });
  fireEvent.click(await within(listbox).findByRole('option', { name: zone, hidden: true }));
  await waitFor(() => expect(field(testId).value).toBe(zone));
}

// The runtime's own spelling (Node and some browsers still list America/Buenos_Aires).
const BUENOS_AIRES = timeZoneNames().find((zone) => zone.endsWith('/Buenos_Aires')) ?? 'UTC';
// A zone name the runtime does not list, as a facility may have stored it.
const UNLISTED = ['Asia/Kolkata', 'Asia/Calcutta'].find((zone) => !timeZoneNames().includes(zone)) ?? '';

function fillValidFacility() {
  type('create-facility-code', 'north-2');
  type('create-facility-name', 'Northern Remand Centre');
  type('create-facility-kind', 'mixed');
  type('create-facility-capacity', '٣٥٠');
}

describe('the facilities page', () => {
  it('lists code, name, kind in words, time zone, capacity and prison service', async () => {
    openPage();

    await screen.findByTestId('facilities-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.facilities.heading);
    expect(cell('CENTRAL', 'facility-name')).toBe('Central Prison');
    expect(cell('CENTRAL', 'facility-kind')).toBe(en.facilityKinds.men);
    expect(cell('CENTRAL', 'facility-time-zone')).toBe('Africa/Tunis');
    expect(within(rowOf('CENTRAL')).getByTestId('facility-time-zone').getAttribute('dir')).toBe('ltr');
    expect(within(rowOf('CENTRAL')).getByTestId('facility-code').getAttribute('dir')).toBe('ltr');
    expect(cell('CENTRAL', 'facility-capacity')).toBe(new Intl.NumberFormat('en').format(1200));
    expect(cell('WOMEN', 'facility-capacity')).toBe(en.facilities.list.capacityUnknown);
    expect(cell('CENTRAL', 'facility-organisation')).toBe('Meridia Prison Service');
    expect(screen.getByTestId('facilities-summary').textContent).toBe('2 facilities.');
    expect(screen.getByRole('region', { name: en.facilities.list.caption })).toBeTruthy();
    expect((await screen.findByTestId('nav-facilities')).getAttribute('aria-current')).toBe('page');
  });

  it('refuses anyone but an administrator with a notice, and shows no form and no data', async () => {
    openPage({
      'GET /api/v1/me': json(caseManagerSession()),
      [LIST]: problem(403, 'auth.forbidden'),
      [ORGANISATIONS]: problem(403, 'auth.forbidden'),
    });

    await screen.findByTestId('places-forbidden');
    expect(screen.queryByTestId('facilities-table')).toBeNull();
    expect(screen.queryByTestId('create-facility-form')).toBeNull();
    expect(screen.getByTestId('page-facilities').textContent).not.toContain('Central Prison');
  });

  it('asks for a prison service first when the service has none', async () => {
    openPage({ [ORGANISATIONS]: json({ organisations: [organisation()] }) });

    const notice = await screen.findByTestId('no-prison-service');
    expect(notice.textContent).toContain(en.facilities.create.noPrisonService);
    expect(
      within(notice).getByRole('link', { name: en.facilities.organisationsLink }).getAttribute('href'),
    ).toBe('/admin/organisations');
    expect(screen.queryByTestId('create-facility-form')).toBeNull();
  });
});

describe('adding a facility', () => {
  it('sends the code in capitals, the chosen zone and the capacity as a number, and lists the facility', async () => {
    const created = facility({
      id: IDS.newFacility,
      code: 'NORTH-2',
      name: 'Northern Remand Centre',
      kind: 'mixed',
      timeZone: BUENOS_AIRES,
      capacity: 350,
    });
    const { api } = openPage({ [CREATE]: json(created, 201) });
    await screen.findByTestId('create-facility-form');
    expect(field('create-facility-code').getAttribute('dir')).toBe('ltr');
    expect(field('create-facility-name').getAttribute('dir')).toBe('auto');
    // The one prison service is chosen already.
    const services = field('create-facility-organisation') as unknown as HTMLSelectElement;
    expect([...services.options].map((option) => option.text)).toEqual(['Meridia Prison Service']);

    fillValidFacility();
    await chooseTimeZone('create-facility-time-zone', 'buenos aires', BUENOS_AIRES);
    api.answer(LIST, json({ facilities: [...facilities(), created] }));
    fireEvent.click(screen.getByTestId('create-facility-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('places-outcome').textContent).toBe(
        '\u2068Northern Remand Centre\u2069 was added to the facilities.',
      ),
    );
    const [request] = api.to(CREATE);
    expect(request?.body).toEqual({
      code: 'NORTH-2',
      name: 'Northern Remand Centre',
      kind: 'mixed',
      timeZone: BUENOS_AIRES,
      capacity: 350,
      organisationId: IDS.prison,
    });
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    await waitFor(() => expect(rowOf('NORTH-2')).toBeTruthy());
    expect(field('create-facility-code').value).toBe('');
  });

  it('leaves out an empty capacity, and asks which prison service when there are several', async () => {
    const second = organisation({ id: IDS.created, kind: 'prison_service', name: 'Coastal Prison Service' });
    const { api } = openPage({
      [ORGANISATIONS]: json({ organisations: [...organisations(), second] }),
      [CREATE]: json(facility({ id: IDS.newFacility, code: 'EAST' }), 201),
    });
    await screen.findByTestId('create-facility-form');
    expect(field('create-facility-organisation').value).toBe('');
    type('create-facility-code', 'EAST');
    type('create-facility-name', 'East Prison');
    type('create-facility-kind', 'men');
    await chooseTimeZone('create-facility-time-zone', 'tunis', 'Africa/Tunis');
    type('create-facility-organisation', IDS.created);

    fireEvent.click(screen.getByTestId('create-facility-submit'));

    await waitFor(() => expect(api.to(CREATE)).toHaveLength(1));
    expect(api.to(CREATE)[0]?.body).toEqual({
      code: 'EAST',
      name: 'East Prison',
      kind: 'men',
      timeZone: 'Africa/Tunis',
      organisationId: IDS.created,
    });
  });

  it('says what is wrong next to each field before sending, and moves focus to the first', async () => {
    const { api } = openPage();
    await screen.findByTestId('create-facility-form');
    type('create-facility-code', '-north');
    type('create-facility-capacity', '0');

    fireEvent.click(screen.getByTestId('create-facility-submit'));

    await waitFor(() => expect(errorOf(field('create-facility-code'))).toBe(en.errors.codeFormat));
    expect(errorOf(field('create-facility-name'))).toBe(en.errors.nameRequired);
    expect(errorOf(field('create-facility-kind'))).toBe(en.errors.kindRequired);
    expect(errorOf(field('create-facility-time-zone'))).toBe(en.errors.timeZoneRequired);
    expect(errorOf(field('create-facility-capacity'))).toBe(
      'Enter a whole number from 1 to 100,000, or leave the field empty.',
    );
    await waitFor(() => expect(document.activeElement).toBe(field('create-facility-code')));
    expect(api.to(CREATE)).toHaveLength(0);
  });

  it('shows a code already taken next to the code, keeping what was typed', async () => {
    openPage({
      [CREATE]: problem(409, 'facility.code_taken', {
        errors: [{ path: '/body/code', code: 'taken', message: 'another facility has this code' }],
      }),
    });
    await screen.findByTestId('create-facility-form');
    fillValidFacility();
    type('create-facility-code', 'CENTRAL');
    await chooseTimeZone('create-facility-time-zone', 'tunis', 'Africa/Tunis');

    fireEvent.click(screen.getByTestId('create-facility-submit'));

    await waitFor(() => expect(errorOf(field('create-facility-code'))).toBe(en.errors.codeTaken));
    expect(screen.getByTestId('create-facility-error').textContent).toContain(en.errors.checkFields);
    expect(field('create-facility-name').value).toBe('Northern Remand Centre');
    expect(field('create-facility-time-zone').value).toBe('Africa/Tunis');
    await waitFor(() => expect(document.activeElement).toBe(field('create-facility-code')));
  });

  it('shows an unknown zone and a wrong organisation next to their fields', async () => {
    openPage({
      [CREATE]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/timeZone', code: 'unknown_time_zone', message: 'not an IANA time zone name' },
          { path: '/body/organisationId', code: 'not_prison_service', message: 'facilities are run by…' },
        ],
      }),
    });
    await screen.findByTestId('create-facility-form');
    fillValidFacility();
    await chooseTimeZone('create-facility-time-zone', 'tunis', 'Africa/Tunis');

    fireEvent.click(screen.getByTestId('create-facility-submit'));

    await waitFor(() => expect(errorOf(field('create-facility-time-zone'))).toBe(en.errors.timeZoneUnknown));
    expect(errorOf(field('create-facility-organisation'))).toBe(en.errors.notPrisonService);
  });
});

describe('changing a facility', () => {
  it('shows code and prison service fixed, sends only what changed and returns focus to the row', async () => {
    const updated = facility({ kind: 'mixed', capacity: 1100 });
    const { api } = openPage({ [UPDATE]: json(updated) });
    await screen.findByTestId('facilities-table');

    fireEvent.click(
      within(rowOf('CENTRAL')).getByRole('button', { name: 'Change \u2068Central Prison\u2069' }),
    );
    const panel = await screen.findByTestId('edit-facility');
    expect(within(panel).getByTestId('edit-facility-code').textContent).toBe('CENTRAL');
    expect(within(panel).getByTestId('edit-facility-organisation').textContent).toBe(
      'Meridia Prison Service',
    );
    expect(within(panel).queryByRole('textbox', { name: /Facility code/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(field('edit-facility-name')));
    expect(field('edit-facility-time-zone').value).toBe('Africa/Tunis');
    expect(field('edit-facility-capacity').value).toBe('1200');

    type('edit-facility-kind', 'mixed');
    type('edit-facility-capacity', '1100');
    api.answer(LIST, json({ facilities: [updated, facilities()[1]] }));
    fireEvent.click(screen.getByTestId('edit-facility-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('places-outcome').textContent).toBe(
        'The changes to \u2068Central Prison\u2069 were saved.',
      ),
    );
    expect(api.to(UPDATE)[0]?.body).toEqual({ kind: 'mixed', capacity: 1100 });
    expect(screen.queryByTestId('edit-facility')).toBeNull();
    await waitFor(() => expect(cell('CENTRAL', 'facility-kind')).toBe(en.facilityKinds.mixed));
    await waitFor(() =>
      expect(document.activeElement).toBe(within(rowOf('CENTRAL')).getByTestId('edit-facility-open')),
    );
  });

  it('clears the capacity with null, and changes the zone', async () => {
    const { api } = openPage({ [UPDATE]: json(facility({ capacity: null, timeZone: 'Europe/Paris' })) });
    await screen.findByTestId('facilities-table');
    fireEvent.click(within(rowOf('CENTRAL')).getByTestId('edit-facility-open'));
    await screen.findByTestId('edit-facility-form');

    type('edit-facility-capacity', '');
    await chooseTimeZone('edit-facility-time-zone', 'paris', 'Europe/Paris');
    fireEvent.click(screen.getByTestId('edit-facility-submit'));

    await waitFor(() => expect(api.to(UPDATE)).toHaveLength(1));
    expect(api.to(UPDATE)[0]?.body).toEqual({ timeZone: 'Europe/Paris', capacity: null });
  });

  it('sends nothing when nothing changed, and closes on Cancel', async () => {
    const { api } = openPage();
    await screen.findByTestId('facilities-table');
    fireEvent.click(within(rowOf('CENTRAL')).getByTestId('edit-facility-open'));
    await screen.findByTestId('edit-facility-form');
    fireEvent.click(screen.getByTestId('edit-facility-submit'));
    await waitFor(() => expect(screen.queryByTestId('edit-facility')).toBeNull());

    fireEvent.click(within(rowOf('CENTRAL')).getByTestId('edit-facility-open'));
    type('edit-facility-name', 'Changed and then abandoned');
    fireEvent.click(screen.getByTestId('edit-facility-cancel'));
    await waitFor(() => expect(screen.queryByTestId('edit-facility')).toBeNull());
    expect(api.to(UPDATE)).toHaveLength(0);
  });

  it('shows a zone the server refuses next to the field', async () => {
    openPage({
      [UPDATE]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/timeZone', code: 'unknown_time_zone', message: 'not an IANA time zone name' },
        ],
      }),
    });
    await screen.findByTestId('facilities-table');
    fireEvent.click(within(rowOf('CENTRAL')).getByTestId('edit-facility-open'));
    await screen.findByTestId('edit-facility-form');
    await chooseTimeZone('edit-facility-time-zone', 'nairobi', 'Africa/Nairobi');

    fireEvent.click(screen.getByTestId('edit-facility-submit'));

    await waitFor(() => expect(errorOf(field('edit-facility-time-zone'))).toBe(en.errors.timeZoneUnknown));
    expect(screen.getByTestId('edit-facility')).toBeTruthy();
  });

  it('keeps a stored zone this browser does not list among the choices', async () => {
    expect(UNLISTED).not.toBe('');
    openPage({ [LIST]: json({ facilities: [facility({ timeZone: UNLISTED })] }) });
    await screen.findByTestId('facilities-table');
    fireEvent.click(within(rowOf('CENTRAL')).getByTestId('edit-facility-open'));
    await screen.findByTestId('edit-facility-form');

    expect(field('edit-facility-time-zone').value).toBe(UNLISTED);
  });
});

describe('the facilities page in Arabic', () => {
  it('names kinds in Arabic and keeps codes and zones left to right', async () => {
    openPage({}, 'ar');

    await screen.findByTestId('facilities-table');
    const ar = CATALOGUES.ar.places;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(ar.facilities.heading);
    expect(cell('WOMEN', 'facility-kind')).toBe(ar.facilityKinds.women);
    expect(within(rowOf('WOMEN')).getByTestId('facility-code').getAttribute('dir')).toBe('ltr');
    expect(cell('CENTRAL', 'facility-capacity')).toBe(new Intl.NumberFormat('ar').format(1200));
  });
});

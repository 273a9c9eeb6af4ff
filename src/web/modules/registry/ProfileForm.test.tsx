// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { coordinatorSession, FACILITIES, IDS, openDoors, securitySession } from './registry-test-data';

// The complete profile on the organisation's page: what the view shows (names in other languages
// in their own language, expertise in words, contacts), the history of versions, and the form's new
// fields with their problems, found before sending or told by the server, next to the field.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const ar = CATALOGUES.ar.registry;
const RECORD = `GET /api/v1/registry/organisations/${IDS.openDoors}`;
const PROFILE = `PUT /api/v1/registry/organisations/${IDS.openDoors}/profile`;
const PRACTITIONERS = `GET /api/v1/registry/organisations/${IDS.openDoors}/practitioners`;

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/registry/organisations/${IDS.openDoors}`,
    {
      'GET /api/v1/me': json(securitySession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [RECORD]: json(openDoors()),
      [PRACTITIONERS]: json({ items: [], nextCursor: null, actions: ['read'] }),
      ...answers,
    },
    language,
  );
}

const asCoordinator = (answers: Parameters<typeof openScreen>[1] = {}) =>
  openPage({
    'GET /api/v1/me': json(coordinatorSession()),
    [RECORD]: json(openDoors({ actions: ['read', 'update_profile'], nextStatuses: [] })),
    ...answers,
  });

describe('the complete profile', () => {
  it('shows names in other languages in their language, expertise and languages in words, and contacts', async () => {
    openPage();
    const names = await screen.findByTestId('registry-profile-other-names');
    const spanish = names.querySelector('[lang="es"]');
    expect(spanish?.textContent).toBe('Círculo Juvenil Puertas Abiertas');
    expect(names.textContent).toContain('Spanish');
    expect(screen.getByTestId('registry-profile-expertise').textContent).toBe(
      `${en.actorRoles.teacherTrainer} and ${en.actorRoles.mentor}`,
    );
    expect(screen.getByTestId('registry-profile-languages').textContent).toBe('Spanish and English');
    expect(screen.getByTestId('registry-profile-staff-count').textContent).toBe('9');
    const contact = screen.getByTestId('registry-profile-contact-item');
    expect(contact.textContent).toContain('Lucía Romero — Coordinator');
    expect(within(contact).getByRole('link', { name: 'lucia.romero@example.org' }).getAttribute('href')).toBe(
      'mailto:lucia.romero@example.org',
    );
  });

  it('lists the versions of the profile with who changed which fields, in words', async () => {
    openPage();
    const row = await screen.findByTestId('registry-profile-history-row');
    expect(within(row).getByTestId('registry-profile-history-changed-by').textContent).toBe('Lucía Romero');
    expect(within(row).getByTestId('registry-profile-history-fields').textContent).toBe(
      `${en.organisation.profile.mandate}, ${en.organisation.profile.legalName}, ${en.organisation.profile.otherNames}, ${en.organisation.profile.registrationNumber}, and ${en.organisation.profile.staffCount}`,
    );
  });

  it('says when no version has been kept yet', async () => {
    openPage({ [RECORD]: json(openDoors({ profile: null, profileHistory: [] })) });
    expect((await screen.findByTestId('registry-profile-history-none')).textContent).toBe(
      en.organisation.profileHistory.none,
    );
  });

  it('sends the new fields: names, regions, expertise, languages, staff count and a new contact', async () => {
    const { api } = asCoordinator({ [PROFILE]: json(openDoors({ actions: ['read', 'update_profile'] })) });
    await screen.findByTestId('registry-profile-form');

    fireEvent.click(screen.getByTestId('registry-profile-other-name-add'));
    const languages = screen.getAllByTestId('registry-profile-other-name-language-input');
    const names = screen.getAllByTestId('registry-profile-other-name-input');
    fireEvent.change(languages[1] as HTMLElement, { target: { value: 'ar' } });
    fireEvent.change(names[1] as HTMLElement, { target: { value: 'دائرة الأبواب المفتوحة' } });
    type('registry-profile-regions-input', 'Port Aldane, Northern Coast ,');
    type('registry-profile-languages-input', 'es, en, ar');
    type('registry-profile-staff-count-input', '11');
    fireEvent.click(screen.getByRole('checkbox', { name: en.actorRoles.psychologist }));
    fireEvent.click(screen.getByTestId('registry-profile-contact-add'));
    const contactNames = screen.getAllByTestId('registry-profile-contact-name-input');
    fireEvent.change(contactNames[1] as HTMLElement, { target: { value: 'Farid Belkacem' } });
    fireEvent.click(screen.getByTestId('registry-profile-submit'));

    await waitFor(() => expect(api.to(PROFILE)).toHaveLength(1));
    expect(api.to(PROFILE)[0]?.body).toMatchObject({
      otherNames: { es: 'Círculo Juvenil Puertas Abiertas', ar: 'دائرة الأبواب المفتوحة' },
      regionsServed: ['Port Aldane', 'Northern Coast'],
      // In the reference list's order.
      expertise: ['psychologist', 'teacher_trainer', 'mentor'],
      languages: ['es', 'en', 'ar'],
      staffCount: 11,
      contacts: [
        { name: 'Lucía Romero', role: 'Coordinator', email: 'lucia.romero@example.org', phone: null },
        { name: 'Farid Belkacem', role: null, email: null, phone: null },
      ],
    });
  });

  it('says what is wrong before sending, next to each field, and sends nothing', async () => {
    const { api } = asCoordinator();
    await screen.findByTestId('registry-profile-form');

    type('registry-profile-languages-input', 'Spanish');
    type('registry-profile-staff-count-input', '-3');
    type('registry-profile-contact-email-input', 'lucia.romero');
    fireEvent.click(screen.getByTestId('registry-profile-submit'));

    await waitFor(() =>
      expect(errorOf(field('registry-profile-languages-input'))).toBe(en.errors.languageTag),
    );
    expect(errorOf(field('registry-profile-staff-count-input'))).toBe(
      en.errors.staffCount.replace('{max, number}', '100,000'),
    );
    expect(errorOf(field('registry-profile-contact-email-input'))).toBe(en.errors.email);
    expect(api.to(PROFILE)).toHaveLength(0);
  });

  it('puts the server’s errors on a contact’s field and a name’s field, in the profile’s words', async () => {
    const { api } = asCoordinator({
      [PROFILE]: problem(400, 'request.validation', {
        errors: [
          { path: '/body/contacts/0/email', code: 'format', message: 'must match format "email"' },
          {
            path: '/body/otherNames/es',
            code: 'maxLength',
            message: 'must NOT have more than 300 characters',
          },
          { path: '/body/staffCount', code: 'minimum', message: 'must be >= 0' },
        ],
      }),
    });
    await screen.findByTestId('registry-profile-form');
    fireEvent.click(screen.getByTestId('registry-profile-submit'));

    await waitFor(() => expect(errorOf(field('registry-profile-contact-email-input'))).toBe(en.errors.email));
    expect(errorOf(field('registry-profile-other-name-input'))).toBe(en.errors.tooLongPlain);
    expect(errorOf(field('registry-profile-staff-count-input'))).toBe(
      en.errors.staffCount.replace('{max, number}', '100,000'),
    );
    expect(screen.getByTestId('registry-profile-form-error').textContent).toContain(en.errors.checkFields);
    expect(api.to(PROFILE)).toHaveLength(1);
  });

  it('names the new parts in Arabic', async () => {
    openPage({}, 'ar');
    expect((await screen.findByTestId('registry-profile-expertise')).textContent).toContain(
      ar.actorRoles.mentor,
    );
    expect(screen.getByTestId('registry-profile-history-section').textContent).toContain(
      ar.organisation.profileHistory.heading,
    );
    expect(document.documentElement.dir).toBe('rtl');
  });
});

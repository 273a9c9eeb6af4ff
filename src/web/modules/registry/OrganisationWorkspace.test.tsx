// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrganisationDocument, OrganisationDocuments } from '../../../contracts/registry-documents';
import type { OrganisationExpiring } from '../../../contracts/registry-organisations';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { formatDay } from './EligibilityAnswerView';
import {
  coordinatorSession,
  FACILITIES,
  IDS,
  OPEN_DOORS,
  openDoors,
  pablo,
  practitionerSummary,
  securitySession,
} from './registry-test-data';

// The coordinator's workspace on the organisation page: what expires soon, adding a practitioner,
// the documents and their upload (checked before sending, and the server's refusal on the field).

const TODAY = '2026-11-29';

beforeEach(() => {
  // Only the clock's day: timers stay real for react-query and waitFor.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.registry;
const ORGANISATION = `/api/v1/registry/organisations/${IDS.openDoors}`;
const EXPIRING = `GET ${ORGANISATION}/expiring`;
const PRACTITIONERS = `GET ${ORGANISATION}/practitioners`;
const ADD = `POST ${ORGANISATION}/practitioners`;
const DOCUMENTS = `GET ${ORGANISATION}/documents`;
const UPLOAD = `POST ${ORGANISATION}/documents`;
const YASMIN = '0190c2a0-0000-7000-8000-0000000000e2';

const expiring = (): OrganisationExpiring => ({
  today: TODAY,
  items: [
    {
      kind: 'vetting',
      subject: { type: 'practitioner', id: YASMIN, name: 'Yasmin Haddad' },
      course: null,
      date: '2026-09-29',
      state: 'expired',
      daysLeft: -61,
    },
    {
      kind: 'certificate',
      subject: { type: 'practitioner', id: IDS.pablo, name: 'Pablo Ortega' },
      course: { id: IDS.course, code: 'security_induction', name: 'Security induction' },
      date: '2026-12-11',
      state: 'expires_soon',
      daysLeft: 12,
    },
    {
      kind: 'accreditation',
      subject: { type: 'organisation', id: IDS.openDoors, name: OPEN_DOORS },
      course: null,
      date: TODAY,
      state: 'expires_soon',
      daysLeft: 0,
    },
  ],
});

const statutes: OrganisationDocument = {
  id: '0190c2a0-0000-7000-8000-0000000000f7',
  kind: 'statutes',
  fileName: 'statuts-2024.pdf',
  contentType: 'application/pdf',
  sizeBytes: 245_760,
  sha256: 'ab12cd34ef56'.padEnd(64, '0'),
  uploadedBy: { id: IDS.director, displayName: 'Nadia Benali' },
  uploadedAt: '2026-10-01T09:00:00.000Z',
  superseded: false,
};

const documents = (overrides: Partial<OrganisationDocuments> = {}): OrganisationDocuments => ({
  items: [statutes, { ...statutes, id: '0190c2a0-0000-7000-8000-0000000000f6', superseded: true }],
  actions: ['read', 'upload'],
  ...overrides,
});

function openPage(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/registry/organisations/${IDS.openDoors}`,
    {
      'GET /api/v1/me': json(coordinatorSession()),
      'GET /api/v1/registry/facilities': json(FACILITIES),
      [`GET ${ORGANISATION}`]: json(openDoors({ actions: ['read', 'update_profile'] })),
      [PRACTITIONERS]: json({
        items: [practitionerSummary()],
        nextCursor: null,
        actions: ['read', 'create'],
      }),
      [EXPIRING]: json(expiring()),
      [DOCUMENTS]: json(documents()),
      ...answers,
    },
    language,
  );
}

describe('what expires soon', () => {
  it('lists each item with its last day and a badge in words, people linked to their standing', async () => {
    openPage();
    const rows = await screen.findAllByTestId('registry-expiring-row');
    expect(rows.map((row) => [row.dataset.kind, row.dataset.state])).toEqual([
      ['vetting', 'expired'],
      ['certificate', 'expires_soon'],
      ['accreditation', 'expires_soon'],
    ]);
    const [yasmin, certificate, accreditation] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(yasmin).getByRole('link', { name: 'Yasmin Haddad' }).getAttribute('href')).toBe(
      `/registry/practitioners/${YASMIN}`,
    );
    expect(within(yasmin).getByTestId('registry-expiry-badge').textContent).toBe(en.expiry.expired);
    expect(yasmin.textContent).toContain(en.expiring.kinds.vetting);
    expect(yasmin.textContent).toContain(formatDay('2026-09-29', 'en'));
    expect(certificate.textContent).toContain('Certificate: Security induction');
    expect(within(certificate).getByTestId('registry-expiry-badge').textContent).toBe('Expires in 12 days');
    expect(within(accreditation).getByTestId('registry-expiry-badge').textContent).toBe(
      en.expiry.expiresToday,
    );
    expect(within(accreditation).queryByRole('link')).toBeNull();
  });

  it('says when nothing expires, and tells a reader it is not open to that it is not', async () => {
    openPage({ [EXPIRING]: json({ today: TODAY, items: [] }) });
    expect((await screen.findByTestId('registry-expiring-none')).textContent).toBe(en.expiring.none);
    cleanup();
    openPage({ [EXPIRING]: problem(403, 'auth.forbidden') });
    expect((await screen.findByTestId('registry-expiring-closed')).textContent).toBe(en.expiring.closed);
    expect(screen.queryByTestId('registry-expiring-row')).toBeNull();
  });
});

describe('adding a practitioner', () => {
  it('is offered to the coordinator, not to a security officer', async () => {
    openPage();
    expect(await screen.findByTestId('registry-add-practitioner-form')).toBeTruthy();
    cleanup();
    openPage({
      'GET /api/v1/me': json(securitySession()),
      [PRACTITIONERS]: json({ items: [practitionerSummary()], nextCursor: null, actions: ['read'] }),
    });
    await screen.findByTestId('registry-practitioner-row');
    expect(screen.queryByTestId('registry-add-practitioner-form')).toBeNull();
  });

  it('says what is missing before sending, then the server’s field errors next to their fields', async () => {
    const { api } = openPage({
      [ADD]: problem(400, 'request.validation', {
        errors: [{ path: '/body/displayName', code: 'maxLength', message: 'too long' }],
      }),
    });
    await screen.findByTestId('registry-add-practitioner-form');
    type('registry-add-practitioner-languages', 'ar, French');
    fireEvent.click(screen.getByTestId('registry-add-practitioner-submit'));
    await waitFor(() => expect(errorOf(field('registry-add-practitioner-name'))).toBe(en.errors.required));
    expect(errorOf(field('registry-add-practitioner-tier'))).toBe(en.errors.chooseOne);
    expect(errorOf(field('registry-add-practitioner-languages'))).toBe(
      en.addPractitionerForm.languagesInvalid,
    );
    expect(api.to(ADD)).toHaveLength(0);

    type('registry-add-practitioner-name', 'Sofía Márquez');
    type('registry-add-practitioner-tier', 'occasional');
    type('registry-add-practitioner-languages', 'es, ar');
    fireEvent.click(screen.getByTestId('registry-add-practitioner-submit'));
    await waitFor(() =>
      expect(errorOf(field('registry-add-practitioner-name'))).toBe(en.errors.tooLongPlain),
    );
    expect(screen.getByTestId('registry-add-practitioner-form-error').textContent).toContain(
      en.errors.checkFields,
    );
  });

  it('adds one with the fields given, and asks the list and what expires again', async () => {
    const { api } = openPage({ [ADD]: json(pablo({ displayName: 'Sofía Márquez' }), 201) });
    await screen.findByTestId('registry-add-practitioner-form');
    await screen.findAllByTestId('registry-expiring-row');
    const before = api.to(PRACTITIONERS).length;
    const expiringBefore = api.to(EXPIRING).length;
    type('registry-add-practitioner-name', '  Sofía Márquez ');
    type('registry-add-practitioner-role', 'Mentor');
    type('registry-add-practitioner-tier', 'regular');
    type('registry-add-practitioner-gender', 'woman');
    type('registry-add-practitioner-languages', 'es, ar es');
    fireEvent.click(screen.getByTestId('registry-add-practitioner-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('registry-outcome').textContent).toBe(
        'Sofía Márquez has been added.'.replace('Sofía Márquez', '\u2068Sofía Márquez\u2069'),
      ),
    );
    expect(api.to(ADD)[0]?.body).toEqual({
      displayName: 'Sofía Márquez',
      roleTitle: 'Mentor',
      accessTier: 'regular',
      gender: 'woman',
      languages: ['es', 'ar'],
    });
    expect(api.to(ADD)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    await waitFor(() => expect(api.to(PRACTITIONERS).length).toBeGreaterThan(before));
    await waitFor(() => expect(api.to(EXPIRING).length).toBeGreaterThan(expiringBefore));
    expect(field('registry-add-practitioner-name').value).toBe('');
  });
});

describe('the documents', () => {
  const choose = (file: File) =>
    fireEvent.change(screen.getByTestId('registry-document-upload-file'), { target: { files: [file] } });

  it('lists each file with its kind, download, size, who filed it and the checksum’s start', async () => {
    openPage();
    const [current, older] = (await screen.findAllByTestId('registry-document-row')) as [
      HTMLElement,
      HTMLElement,
    ];
    expect(within(current).getByRole('rowheader').textContent).toBe(en.documentKinds.statutes);
    const download = within(current).getByTestId('registry-document-download');
    expect(download.getAttribute('href')).toBe(`/api/v1/registry/documents/${statutes.id}/content`);
    expect(download.getAttribute('download')).toBe('statuts-2024.pdf');
    expect(current.textContent).toContain('240 kB');
    expect(current.textContent).toContain('Nadia Benali');
    expect(within(current).getByTestId('registry-document-checksum').textContent).toBe('ab12cd34ef56');
    expect(within(older).getByTestId('registry-document-superseded').textContent).toBe(
      en.organisationDocuments.superseded,
    );
  });

  it('offers the upload only when the answer allows it, and says when the list is closed', async () => {
    openPage({ [DOCUMENTS]: json(documents({ actions: ['read'] })) });
    await screen.findAllByTestId('registry-document-row');
    expect(screen.queryByTestId('registry-document-upload-form')).toBeNull();
    cleanup();
    openPage({ [DOCUMENTS]: problem(403, 'auth.forbidden') });
    expect((await screen.findByTestId('registry-documents-closed')).textContent).toBe(
      en.organisationDocuments.closed,
    );
  });

  it('refuses a file of another type or over 10 MB before sending anything', async () => {
    const { api } = openPage();
    await screen.findByTestId('registry-document-upload-form');
    type('registry-document-upload-kind', 'statutes');
    choose(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    fireEvent.click(screen.getByTestId('registry-document-upload-submit'));
    await waitFor(() =>
      expect(errorOf(field('registry-document-upload-file'))).toBe(en.documentUploadForm.wrongType),
    );
    const big = new File(['%PDF-1.4'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    choose(big);
    fireEvent.click(screen.getByTestId('registry-document-upload-submit'));
    await waitFor(() =>
      expect(errorOf(field('registry-document-upload-file'))).toBe('This file is larger than 10 MB.'),
    );
    expect(api.to(UPLOAD)).toHaveLength(0);
  });

  it('sends the file as the raw body with its type, kind, name and CSRF token, then lists it', async () => {
    const { api } = openPage({ [UPLOAD]: json(statutes, 201) });
    await screen.findByTestId('registry-document-upload-form');
    const before = api.to(DOCUMENTS).length;
    type('registry-document-upload-kind', 'statutes');
    const file = new File(['%PDF-1.4\n%%EOF\n'], 'statuts-2024.pdf', { type: 'application/pdf' });
    choose(file);
    fireEvent.click(screen.getByTestId('registry-document-upload-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('registry-outcome').textContent).toBe(
        '\u2068statuts-2024.pdf\u2069 has been filed.',
      ),
    );
    const [sent] = api.to(UPLOAD);
    expect(sent?.search).toBe('?kind=statutes&fileName=statuts-2024.pdf');
    expect(sent?.headers.get('content-type')).toBe('application/pdf');
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    const call = api.fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(call?.[1]?.body).toBe(file);
    await waitFor(() => expect(api.to(DOCUMENTS).length).toBeGreaterThan(before));
  });

  it('shows the server’s refusal of the content on the file field', async () => {
    openPage({
      [UPLOAD]: problem(400, 'document.content_mismatch', {
        errors: [{ path: '/body', code: 'content_mismatch', message: 'is not application/pdf content' }],
      }),
    });
    await screen.findByTestId('registry-document-upload-form');
    type('registry-document-upload-kind', 'insurance');
    choose(new File(['just text'], 'notes.pdf', { type: 'application/pdf' }));
    fireEvent.click(screen.getByTestId('registry-document-upload-submit'));
    await waitFor(() =>
      expect(errorOf(field('registry-document-upload-file'))).toBe(en.documentUploadForm.contentMismatch),
    );
  });
});

describe('in Arabic', () => {
  it('names the section in Arabic, right to left', async () => {
    openPage({}, 'ar');
    const section = await screen.findByTestId('registry-expiring-section');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(
      CATALOGUES.ar.registry.expiring.heading,
    );
    await within(section).findAllByTestId('registry-expiring-row');
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attachment } from '../../../contracts/knowledge';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import {
  coordinatorSession,
  ENTRY_ID,
  editorSession,
  entry,
  entryInReview,
} from '../knowledge-contribute/knowledge-test-data';

// The attachments panel on the contributor's edit page and the editor's review page: the list, the
// checks made before sending (nothing sent), the raw upload and the server's refusal in words.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeAttachments;
const ar = CATALOGUES.ar.knowledgeAttachments;
const ENTRY = `GET /api/v1/knowledge/entries/${ENTRY_ID}`;
const UPLOAD = `POST /api/v1/knowledge/entries/${ENTRY_ID}/attachments`;
const DRAFTING = ['read', 'update', 'submit', 'translate', 'attach', 'comment', 'read_history'] as const;

const report: Attachment = {
  id: '0190c2a0-0000-7000-8000-00000000a001',
  fileName: 'rapport-2024.pdf',
  contentType: 'application/pdf',
  sizeBytes: 245_760,
  addedAt: '2026-11-21T10:00:00.000Z',
};

function openEdit(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'ar' = 'en') {
  return openScreen(
    `/library/entries/${ENTRY_ID}/edit`,
    {
      'GET /api/v1/me': json(coordinatorSession()),
      [ENTRY]: json(entry({ actions: [...DRAFTING], attachments: [report] })),
      ...answers,
    },
    language,
  );
}

const choose = (file: File) =>
  fireEvent.change(screen.getByTestId('attachment-file'), { target: { files: [file] } });
const attach = () => fireEvent.click(screen.getByTestId('attachment-submit'));

describe('the attachments of an entry being drafted', () => {
  it('lists each file with its download and size, and offers the upload with a labelled picker', async () => {
    openEdit();
    const [row] = (await screen.findAllByTestId('attachment')) as [HTMLElement];
    const download = within(row).getByTestId('attachment-download');
    expect(download.getAttribute('href')).toBe(
      `/api/v1/knowledge/entries/${ENTRY_ID}/attachments/${report.id}`,
    );
    expect(download.getAttribute('download')).toBe('rapport-2024.pdf');
    expect(download.querySelector('bdi')?.getAttribute('dir')).toBe('auto');
    expect(within(row).getByTestId('attachment-size').textContent).toBe('(240 kB)');
    const picker = screen.getByLabelText(new RegExp(en.file)) as HTMLInputElement;
    expect(picker).toBe(field('attachment-file'));
    expect(picker.accept.split(',')).toEqual(
      expect.arrayContaining(['.pdf', 'application/pdf', '.png', '.jpg', '.jpeg', '.csv', '.txt']),
    );
    expect(screen.getByTestId('attachments-status').getAttribute('aria-live')).toBe('polite');
  });

  it('shows no form when the entry may not be attached to, and nothing when it has no file either', async () => {
    openEdit({ [ENTRY]: json(entry({ attachments: [report] })) });
    await screen.findAllByTestId('attachment');
    expect(screen.queryByTestId('attachment-form')).toBeNull();
    cleanup();
    openEdit({ [ENTRY]: json(entry()) });
    await screen.findByTestId('contribute-title-input');
    expect(screen.queryByTestId('attachments-panel')).toBeNull();
  });

  it('refuses a file over 10 MB, of another type, empty or not chosen before sending anything', async () => {
    const { api } = openEdit();
    await screen.findByTestId('attachment-form');
    attach();
    await waitFor(() => expect(errorOf(field('attachment-file'))).toBe(en.problems.missing));

    const big = new File(['%PDF-1.4'], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    choose(big);
    attach();
    await waitFor(() =>
      expect(errorOf(field('attachment-file'))).toBe(
        'This file is larger than 10 MB, the most an attachment may be.',
      ),
    );
    expect(field('attachment-file').getAttribute('aria-invalid')).toBe('true');

    choose(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    attach();
    await waitFor(() =>
      expect(errorOf(field('attachment-file'))).toBe(
        'This type of file cannot be attached. Attach one of these: PDF, PNG, JPG, JPEG, CSV, TXT.',
      ),
    );
    // A name that says PDF for a file the browser knows as an image is not sent either.
    choose(new File(['x'], 'photo.pdf', { type: 'image/png' }));
    attach();
    await waitFor(() => expect(errorOf(field('attachment-file'))).toContain('cannot be attached'));

    choose(new File([], 'empty.txt', { type: 'text/plain' }));
    attach();
    await waitFor(() => expect(errorOf(field('attachment-file'))).toBe(en.problems.empty));
    expect(api.to(UPLOAD)).toHaveLength(0);
  });

  it('sends the file as the raw body with its type, name and CSRF token, then shows the entry again', async () => {
    const added: Attachment = {
      ...report,
      id: '0190c2a0-0000-7000-8000-00000000a002',
      fileName: 'notes.csv',
    };
    const { api } = openEdit({ [UPLOAD]: json(added, 201) });
    await screen.findByTestId('attachment-form');
    const before = api.to(ENTRY).length;
    api.answer(ENTRY, json(entry({ actions: [...DRAFTING], attachments: [report, added] })));
    // Windows calls a CSV file a spreadsheet: its name's ending decides the type sent.
    const file = new File(['year,families\n2024,40\n'], 'notes.csv', { type: 'application/vnd.ms-excel' });
    choose(file);
    attach();

    await waitFor(() =>
      expect(screen.getByTestId('attachments-status').textContent).toBe('\u2068notes.csv\u2069 is attached.'),
    );
    const [sent] = api.to(UPLOAD);
    expect(sent?.search).toBe('?fileName=notes.csv');
    expect(sent?.headers.get('content-type')).toBe('text/csv');
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(sent?.credentials).toBe('same-origin');
    const call = api.fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(call?.[1]?.body).toBe(file);
    await waitFor(() => expect(api.to(ENTRY).length).toBeGreaterThan(before));
    await waitFor(() => expect(screen.getAllByTestId('attachment')).toHaveLength(2));
    expect(field('attachment-file').value).toBe('');
  });

  it('says the server’s refusal of the file on the field, and any other above the form', async () => {
    const { api } = openEdit({
      [UPLOAD]: problem(400, 'document.content_mismatch', {
        errors: [{ path: '/body', code: 'content_mismatch', message: 'is not application/pdf content' }],
      }),
    });
    await screen.findByTestId('attachment-form');
    choose(new File(['just text'], 'notes.pdf', { type: 'application/pdf' }));
    attach();
    await waitFor(() => expect(errorOf(field('attachment-file'))).toBe(en.problems.contentMismatch));
    expect(screen.getByTestId('attachments-status').textContent).toBe('');

    api.answer(UPLOAD, problem(413, 'request.body_too_large'));
    attach();
    await waitFor(() =>
      expect(errorOf(field('attachment-file'))).toBe(
        'This file is larger than 10 MB, the most an attachment may be.',
      ),
    );

    api.answer(UPLOAD, problem(404, 'not_found'));
    attach();
    expect((await screen.findByTestId('attachment-form-error')).textContent).toContain(
      CATALOGUES.en.knowledgeContribute.errors.gone,
    );
    expect(errorOf(field('attachment-file'))).toBeNull();
    expect(api.to(UPLOAD)).toHaveLength(3);
  });

  it('reads right to left in Arabic, the file name isolated', async () => {
    openEdit({}, 'ar');
    const panel = await screen.findByTestId('attachments-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(ar.heading);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(within(panel).getByTestId('attachment-download').querySelector('bdi')?.textContent).toBe(
      'rapport-2024.pdf',
    );
    attach();
    await waitFor(() => expect(errorOf(field('attachment-file'))).toBe(ar.problems.missing));
  });
});

describe('on the editor’s review page', () => {
  it('offers the upload to an editor and sends it for the entry under review', async () => {
    const { api } = openScreen(`/library/review/${ENTRY_ID}`, {
      'GET /api/v1/me': json(editorSession()),
      [ENTRY]: json(entryInReview({ actions: [...entryInReview().actions, 'attach'] })),
      [UPLOAD]: json(report, 201),
    });
    const panel = await screen.findByTestId('attachments-panel');
    expect(within(panel).getByTestId('attachments-none').textContent).toBe(en.none);
    choose(new File(['%PDF-1.4\n%%EOF\n'], 'rapport-2024.pdf', { type: 'application/pdf' }));
    attach();
    await waitFor(() => expect(api.to(UPLOAD)).toHaveLength(1));
    expect(api.to(UPLOAD)[0]?.headers.get('content-type')).toBe('application/pdf');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../../contracts/knowledge-public';
import { CATALOGUES } from '../../locales/catalogues';
import { json } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, editorSession } from '../knowledge-contribute/knowledge-test-data';
import { fileProblemOf, formatOf } from './import-file';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeReview;
const IMPORT = 'POST /api/v1/knowledge/import';
const CSV =
  'kind,language,title,summary,themes\ngood_practice,en,Family days,Monthly visits,family_involvement\n';

function chooseFile(content: string, name: string, type: string) {
  const input =
    screen
      .getByTestId('import-file-input')
      .closest('div')
      ?.parentElement?.querySelector('input[type="file"]') ?? document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([content], name, { type })] } });
}

describe('importing entries', () => {
  it('checks the file first, shows the problems by row and field, and offers no import while any remain', async () => {
    const report: ImportReport = {
      dryRun: true,
      rows: 2,
      valid: 1,
      problems: [{ row: 2, field: 'themes', code: 'unknown_value', message: 'Unknown theme "sports"' }],
      created: [],
    };
    const { api } = openScreen('/library/import', {
      'GET /api/v1/me': json(editorSession()),
      [IMPORT]: json(report),
    });
    await screen.findByTestId('import-file-input');
    chooseFile(CSV, 'entries.csv', 'text/csv');
    await waitFor(() =>
      expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('import-check'));

    expect((await screen.findByTestId('import-problem-row')).textContent).toContain('unknown_value');
    expect(screen.getByTestId('import-report-summary').textContent).toBe('1 of 2 rows are valid.');
    expect(screen.queryByTestId('import-run')).toBeNull();
    expect(api.to(IMPORT)[0]?.body).toEqual({ format: 'csv', content: CSV, dryRun: true });
  });

  it('imports a valid file only after the check, and links the drafts made', async () => {
    const { api } = openScreen('/library/import', { 'GET /api/v1/me': json(editorSession()) });
    api.answer(IMPORT, (request) =>
      json({
        dryRun: (request.body as { dryRun: boolean }).dryRun,
        rows: 1,
        valid: 1,
        problems: [],
        created: (request.body as { dryRun: boolean }).dryRun ? [] : [{ row: 1, id: ENTRY_ID }],
      })(request),
    );
    await screen.findByTestId('import-file-input');
    chooseFile('[{"kind":"good_practice"}]', 'entries.json', 'application/json');
    await waitFor(() =>
      expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(screen.getByTestId('import-check'));
    const run = await screen.findByTestId('import-run');
    expect(run.textContent).toBe('Import 1 entry');
    fireEvent.click(run);
    expect((await screen.findByTestId('import-created')).textContent).toBe('1 draft created');
    expect(api.to(IMPORT).map((request) => (request.body as { dryRun: boolean }).dryRun)).toEqual([
      true,
      false,
    ]);
    expect(screen.getByRole('link', { name: 'Draft from row 1' }).getAttribute('href')).toBe(
      `/library/review/${ENTRY_ID}`,
    );
  });

  it('refuses a file of another kind before reading it', async () => {
    const { api } = openScreen('/library/import', { 'GET /api/v1/me': json(editorSession()) });
    await screen.findByTestId('import-file-input');
    chooseFile('%PDF-1.7', 'report.pdf', 'application/pdf');
    expect(await screen.findByText(en.import.errors.format)).toBeTruthy();
    expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(true);
    expect(api.to(IMPORT)).toHaveLength(0);
  });
});

describe('the file chosen', () => {
  it('is CSV or JSON by its name or type, and not too large', () => {
    expect(formatOf({ name: 'a.CSV', type: '' })).toBe('csv');
    expect(formatOf({ name: 'a.txt', type: 'application/json' })).toBe('json');
    expect(formatOf({ name: 'a.xlsx', type: '' })).toBeNull();
    expect(fileProblemOf({ name: 'a.csv', type: '', size: 6 * 1024 * 1024 })).toBe('tooLarge');
    expect(fileProblemOf({ name: 'a.csv', type: '', size: 0 })).toBe('empty');
    expect(fileProblemOf({ name: 'a.csv', type: '', size: 10 })).toBeNull();
  });
});

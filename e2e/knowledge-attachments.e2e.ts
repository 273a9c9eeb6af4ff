import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type Entry, KNOWLEDGE_PATHS, type ProposeEntryRequest } from '../src/contracts/knowledge.ts';
import { LibraryEditPage } from './pages/LibraryContributePage.ts';
import { LibraryReviewEntryPage } from './pages/LibraryReviewPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, formatMessage } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';

// A contributor attaches a PDF to their draft from its edit page: a file of another type is refused
// before anything is sent, the PDF is listed once kept and downloads as sent, and the page passes axe
// in English and in Arabic; the editor finds it on the review page.

/** A one-page PDF with its cross-reference table, small and valid. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The attachments panel of the page as the test reads it. */
function attachmentsOf(page: Page) {
  const panel = page.getByTestId('attachments-panel');
  return {
    panel,
    picker: panel.getByTestId('attachment-file'),
    submit: panel.getByTestId('attachment-submit'),
    status: panel.getByTestId('attachments-status'),
    row: (fileName: string) => panel.getByTestId('attachment').filter({ hasText: fileName }),
  };
}

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describeInBrowser('attachments of a knowledge entry', () => {
  const session = useBrowserSession();

  test('the proposer attaches a PDF to a draft, refused types stay in the browser, in English and Arabic', async () => {
    const { page } = session;
    const signedIn = await signInThroughApi(page, 'coordinator.bridges');
    const draft: ProposeEntryRequest = {
      kind: 'good_practice',
      language: 'en',
      text: {
        title: 'Family afternoons with a written record',
        summary: 'Monthly afternoons for families, with the programme attached as a PDF.',
      },
    };
    const proposed = await page.request.post(KNOWLEDGE_PATHS.entries, {
      data: draft,
      headers: { 'x-csrf-token': signedIn.csrfToken },
    });
    expect(proposed.status(), await proposed.text()).toBe(201);
    const { id } = (await proposed.json()) as Entry;

    const edit = await LibraryEditPage.open(page, id);
    const attachments = attachmentsOf(page);
    await attachments.panel.getByTestId('attachments-none').waitFor();

    // Another type is refused on the field; nothing reaches the server.
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/attachments')) uploads.push(request.url());
    });
    await attachments.picker.setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await attachments.submit.click();
    expect(await edit.fieldError(attachments.picker)).toBe(
      formatMessage('en', (catalogue) => catalogue.knowledgeAttachments.problems.wrongType, {
        endings: 'PDF, PNG, JPG, JPEG, CSV, TXT',
      }),
    );
    expect(uploads).toEqual([]);

    // The PDF goes up, is listed, and downloads as it was sent.
    const pdf = minimalPdf();
    await attachments.picker.setInputFiles({
      name: 'family-afternoons.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await attachments.submit.click();
    await attachments.row('family-afternoons.pdf').waitFor();
    expect(await attachments.status.textContent()).toContain('is attached.');
    expect(uploads).toHaveLength(1);
    const href = await attachments
      .row('family-afternoons.pdf')
      .getByTestId('attachment-download')
      .getAttribute('href');
    const download = await page.request.get(href ?? '');
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await expectNoSeriousViolations(page);

    // In Arabic: right to left, the panel in Arabic, the file name as it was written.
    await edit.switchLanguage('ar');
    expect(await edit.root.getAttribute('dir')).toBe('rtl');
    await attachments.panel
      .getByRole('heading', { level: 2, name: CATALOGUES.ar.knowledgeAttachments.heading })
      .waitFor();
    expect(await attachments.row('family-afternoons.pdf').locator('bdi').getAttribute('dir')).toBe('auto');
    await expectNoSeriousViolations(page);

    // The editor sees it on the review page, with the form to add another.
    await signInThroughApi(page, 'editor');
    await LibraryReviewEntryPage.open(page, id);
    await attachments.row('family-afternoons.pdf').waitFor();
    await attachments.picker.waitFor();
    await expectNoSeriousViolations(page);
    expect(session.problems.all()).toEqual([]);
  });
});

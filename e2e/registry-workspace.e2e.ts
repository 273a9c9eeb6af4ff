import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { RegistryOrganisationPage } from './pages/RegistryOrganisationPage.ts';
import { RegistryPractitionerPage } from './pages/RegistryPractitionerPage.ts';
import { describeViolations, seriousAccessibilityViolations } from './support/accessibility.ts';
import { describeInBrowser, useBrowserSession } from './support/browser-session.ts';
import { CATALOGUES, isolated } from './support/catalogues.ts';
import { signInThroughApi } from './support/demo-accounts.ts';
import { organisationIdOf, practitionerIdOf } from './support/registry-ids.ts';

// The coordinator's workspace on the organisation page. The demo registry (docs/registry.md): Yasmin
// Haddad's clearance at Bridges expired two months ago. Account: coordinator.bridges, who adds a
// practitioner and files documents under names made unique per run (the page tour reads Bridges
// too, and counts nothing of either).

const en = CATALOGUES.en.registry;
const BRIDGES = 'Bridges · Passerelles · جسور · Мосты';

/** A minimal PDF: a header, one empty page and the end-of-file marker, made here. */
function minimalPdf(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

describeInBrowser('the coordinator’s workspace', () => {
  const session = useBrowserSession();

  test('sees Yasmin’s lapsed clearance, adds a practitioner and files a PDF; other files are refused', async () => {
    const { page } = session;
    await signInThroughApi(page, 'coordinator.bridges');
    const bridges = await organisationIdOf(page, BRIDGES);
    const organisation = await RegistryOrganisationPage.open(page, bridges);

    // What expires soon: Yasmin's background check, expired.
    const yasmin = organisation.expiringRows('Yasmin Haddad').and(page.locator('[data-kind="vetting"]'));
    await yasmin.waitFor();
    expect(await yasmin.getAttribute('data-state')).toBe('expired');
    expect(await yasmin.getByTestId('registry-expiry-badge').textContent()).toBe(en.expiry.expired);

    // The practitioner's standing says so too, with the marker in words.
    const yasminId = await practitionerIdOf(page, BRIDGES, 'Yasmin Haddad');
    const standing = await RegistryPractitionerPage.open(page, yasminId);
    await standing.vettingExpiry.waitFor();
    expect(await standing.vettingExpiry.getAttribute('data-expiry')).toBe('expired');
    expect(await standing.vettingExpiry.textContent()).toContain('Expired on ');
    await RegistryOrganisationPage.open(page, bridges);

    // A practitioner added appears in the list.
    const name = `Farah Nasser ${randomBytes(3).toString('hex')}`;
    await organisation.addPractitioner({
      displayName: name,
      roleTitle: 'Family mediator',
      accessTier: en.accessTiers.occasional,
      gender: en.genders.woman,
      languages: 'ar, en',
    });
    await organisation.waitForOutcome(`${isolated(name)} has been added.`);
    await organisation.practitioner(name).waitFor();

    // A small PDF is filed and listed first.
    const fileName = `insurance-${randomBytes(3).toString('hex')}.pdf`;
    await organisation.uploadDocument(en.documentKinds.insurance, {
      name: fileName,
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await organisation.waitForOutcome(`${isolated(fileName)} has been filed.`);
    const filed = organisation.documentRows.filter({ hasText: fileName });
    await filed.waitFor();
    expect(await filed.getAttribute('data-kind')).toBe('insurance');
    const download = filed.getByTestId('registry-document-download');
    const response = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(minimalPdf())).toBe(true);

    // A program is refused before it is sent; text named .pdf is refused by the server, on the field.
    const rowsBefore = await organisation.documentRows.count();
    await organisation.uploadDocument(en.documentKinds.reference, {
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ not really a program'),
    });
    expect(await organisation.uploadFileError()).toBe(en.documentUploadForm.wrongType);
    await organisation.uploadDocument(en.documentKinds.reference, {
      name: 'letter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Just a letter, typed as text.\n'),
    });
    await page.getByText(en.documentUploadForm.contentMismatch, { exact: true }).waitFor();
    expect(await organisation.uploadFileError()).toBe(en.documentUploadForm.contentMismatch);
    expect(await organisation.documentRows.count()).toBe(rowsBefore);

    const violations = await seriousAccessibilityViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  test('reads right to left in Arabic, the section named in Arabic', async () => {
    const { page } = session;
    await signInThroughApi(page, 'coordinator.bridges');
    const organisation = await RegistryOrganisationPage.open(page, await organisationIdOf(page, BRIDGES));
    await organisation.switchLanguage('ar');
    const heading = organisation.expiringSection.getByRole('heading', { level: 2 });
    await heading.filter({ hasText: CATALOGUES.ar.registry.expiring.heading }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});

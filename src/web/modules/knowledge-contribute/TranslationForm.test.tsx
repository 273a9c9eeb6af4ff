// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveTranslationRequest } from '../../../contracts/knowledge';
import { CATALOGUES } from '../../locales/catalogues';
import { type Answer, json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, editorSession, entry } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeContribute;
const ENTRY = `GET /api/v1/knowledge/entries/${ENTRY_ID}`;
const PATCH = `PATCH /api/v1/knowledge/entries/${ENTRY_ID}`;
const PUT_ES = `PUT /api/v1/knowledge/entries/${ENTRY_ID}/translations/es`;
const PUT_FR = `PUT /api/v1/knowledge/entries/${ENTRY_ID}/translations/fr`;
const CASE_DATA = 'El interno n.º 4471-22 dirigió el taller.';
const CASE_DATA_FR = 'Le détenu n° 4471-22 a animé l’atelier.';

/** A published entry as its editor reads it: its text may still be translated. */
const published = (version = 3) =>
  entry({
    status: 'inspiring',
    version,
    publishedAt: '2026-11-21T10:00:00.000Z',
    mine: false,
    actions: ['read', 'update', 'translate', 'review_translation', 'comment', 'read_history'],
  });

/**
 * The server's check, as far as the forms see it: text with the prisoner's number warns until
 * confirmed; anything else is saved, as the next version.
 */
const checkingServer =
  (language: 'es' | 'fr', excerpt: string): Answer =>
  (request) => {
    const body = request.body as SaveTranslationRequest;
    if (body.text.approach?.includes('4471-22') && body.acknowledgeWarnings !== true) {
      return problem(409, 'knowledge.personal_data_warning', {
        errors: [{ path: `/translations/${language}/approach`, code: 'identity_number', message: excerpt }],
      })(request);
    }
    return json(published(body.version + 1))(request);
  };

async function openTranslation() {
  const opened = openScreen(`/library/entries/${ENTRY_ID}/translate?language=es`, {
    'GET /api/v1/me': json(editorSession()),
    [ENTRY]: json(published()),
    [PUT_ES]: checkingServer('es', 'interno n.º 4471-22'),
  });
  await screen.findByTestId('translate-title-input');
  type('translate-title-input', 'Jornadas de las familias');
  type('translate-summary-input', 'Encuentros mensuales entre familias y personas privadas de libertad.');
  type('translate-approach-input', CASE_DATA);
  return opened;
}

describe('saving text that may hold personal data to a published entry', () => {
  it('shows the warnings where they are, then saves once the editor confirms', async () => {
    const { api } = await openTranslation();
    expect(screen.queryByTestId('translate-acknowledge')).toBeNull();
    fireEvent.click(screen.getByTestId('translate-save'));

    const warning = await screen.findByTestId('personal-data-warning');
    expect(warning.getAttribute('data-kind')).toBe('identity_number');
    expect(warning.textContent).toContain(en.fields.approach.label);
    expect(warning.textContent).toContain('interno n.º 4471-22');
    expect(screen.getByTestId('translate-form-error').textContent).toContain(en.errors.personalDataWarning);
    expect(errorOf(field('translate-approach-input'))).toBe(en.errors.personalData);
    expect(field('translate-approach-input').value).toBe(CASE_DATA);
    expect(screen.queryByTestId('translate-outcome')).toBeNull();
    expect(api.to(PUT_ES)[0]?.body).not.toHaveProperty('acknowledgeWarnings');

    // The confirmation is a checkbox named by what the editor confirms.
    const confirm = screen.getByLabelText(en.warnings.confirm);
    expect(confirm).toBe(field('translate-acknowledge'));
    fireEvent.click(confirm);
    fireEvent.click(screen.getByTestId('translate-save'));
    expect(await screen.findByTestId('translate-outcome')).toBeTruthy();
    expect(api.to(PUT_ES)).toHaveLength(2);
    expect(api.to(PUT_ES)[1]?.body).toMatchObject({
      version: 3,
      acknowledgeWarnings: true,
      text: { approach: CASE_DATA },
    });
    expect(screen.queryByTestId('personal-data-warnings')).toBeNull();
    expect(screen.queryByTestId('translate-acknowledge')).toBeNull();
  });

  it('asks again when the text changes after the confirmation, and needs none once the data is gone', async () => {
    const { api } = await openTranslation();
    fireEvent.click(screen.getByTestId('translate-save'));
    fireEvent.click(await screen.findByTestId('translate-acknowledge'));
    expect(field('translate-acknowledge').checked).toBe(true);

    // The confirmation was for the text as it stood: a change takes it back.
    type('translate-approach-input', `${CASE_DATA} Cada mes.`);
    expect(field('translate-acknowledge').checked).toBe(false);
    fireEvent.click(screen.getByTestId('translate-save'));
    await waitFor(() => expect(api.to(PUT_ES)).toHaveLength(2));
    expect(api.to(PUT_ES)[1]?.body).not.toHaveProperty('acknowledgeWarnings');
    expect(await screen.findByTestId('personal-data-warnings')).toBeTruthy();

    // Or the editor removes what looked like case data, and saves without confirming anything.
    type('translate-approach-input', 'Un grupo de internos dirigió el taller.');
    fireEvent.click(screen.getByTestId('translate-save'));
    expect(await screen.findByTestId('translate-outcome')).toBeTruthy();
    expect(api.to(PUT_ES)[2]?.body).not.toHaveProperty('acknowledgeWarnings');
  });
});

describe('amending the original text of a published entry', () => {
  it('shows what the check found in place of the stored warnings, and saves nothing until confirmed', async () => {
    const { api } = openScreen(`/library/entries/${ENTRY_ID}/edit`, {
      'GET /api/v1/me': json(editorSession()),
      [ENTRY]: json(published()),
      // The fields and the text go in one request: refused, nothing of it is saved.
      [PATCH]: checkingServer('fr', 'détenu n° 4471-22'),
    });
    await screen.findByTestId('contribute-title-input');
    expect(screen.queryByTestId('personal-data-warnings')).toBeNull();
    type('contribute-approach-input', CASE_DATA_FR);
    fireEvent.click(screen.getByTestId('edit-save'));

    const warning = await screen.findByTestId('personal-data-warning');
    expect(warning.textContent).toContain('détenu n° 4471-22');
    expect(screen.getByTestId('edit-form-error').textContent).toContain(en.errors.personalDataWarning);
    expect(api.to(PATCH)[0]?.body).toMatchObject({ version: 3, text: { approach: CASE_DATA_FR } });
    expect(api.to(PATCH)[0]?.body).not.toHaveProperty('acknowledgeWarnings');

    fireEvent.click(screen.getByLabelText(en.warnings.confirm));
    fireEvent.click(screen.getByTestId('edit-save'));
    expect((await screen.findByTestId('edit-outcome')).getAttribute('data-outcome')).toBe('saved');
    // The same version again: the refused request changed nothing.
    expect(api.to(PATCH)[1]?.body).toMatchObject({
      version: 3,
      acknowledgeWarnings: true,
      text: { approach: CASE_DATA_FR },
    });
    expect(api.to(PUT_FR)).toHaveLength(0);
    expect(screen.queryByTestId('edit-acknowledge')).toBeNull();
  });
});

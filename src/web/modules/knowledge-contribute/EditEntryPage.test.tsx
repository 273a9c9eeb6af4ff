// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { coordinatorSession, ENTRY_ID, entry, translation } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeContribute;
const ENTRY = `GET /api/v1/knowledge/entries/${ENTRY_ID}`;
const PATCH = `PATCH /api/v1/knowledge/entries/${ENTRY_ID}`;
const PUT = `PUT /api/v1/knowledge/entries/${ENTRY_ID}/translations/fr`;
const SUBMIT = `POST /api/v1/knowledge/entries/${ENTRY_ID}/submit`;

function openEdit(answers: Parameters<typeof openScreen>[1] = {}) {
  return openScreen(`/library/entries/${ENTRY_ID}/edit`, {
    'GET /api/v1/me': json(coordinatorSession()),
    [ENTRY]: json(entry()),
    ...answers,
  });
}

describe('amending an entry', () => {
  it('fills the form from the entry, its language fixed, and shows the personal-data warnings prominently', async () => {
    openEdit({
      [ENTRY]: json(
        entry({
          warnings: [
            { kind: 'identity_number', language: 'fr', field: 'approach', excerpt: 'détenu n° 44712' },
          ],
        }),
      ),
    });
    expect((await screen.findByTestId('contribute-title-input')) as HTMLInputElement).toHaveProperty(
      'value',
      'Journées des familles',
    );
    expect(field('contribute-language-input').disabled).toBe(true);
    expect(field('contribute-title-input').getAttribute('lang')).toBe('fr');
    const warnings = screen.getByTestId('personal-data-warnings');
    expect(warnings.textContent).toContain(en.warnings.title);
    expect(warnings.textContent).toContain(en.fields.approach.label);
    expect(screen.getByTestId('personal-data-warning').getAttribute('data-kind')).toBe('identity_number');
    // The words found are isolated in their own language inside the reader's quotation marks.
    const quoted = screen.getByTestId('personal-data-warning').querySelector('q > bdi');
    expect(quoted?.textContent).toBe('détenu n° 44712');
    expect(quoted?.getAttribute('lang')).toBe('fr');
    expect(quoted?.parentElement?.hasAttribute('lang')).toBe(false);
  });

  it('on a version conflict keeps every word typed and says how to go on', async () => {
    const { api } = openEdit({ [PATCH]: problem(409, 'knowledge.version_conflict') });
    await screen.findByTestId('contribute-title-input');
    type('contribute-lessons-input', 'Start with the families who ask for it.');
    fireEvent.click(screen.getByTestId('edit-save'));

    expect((await screen.findByTestId('edit-conflict')).textContent).toContain(en.edit.conflict);
    expect(screen.getByTestId('edit-form-error').textContent).toContain(en.errors.versionConflict);
    expect(field('contribute-lessons-input').value).toBe('Start with the families who ask for it.');
    expect(api.to(PATCH)[0]?.body).toMatchObject({ version: 3 });
    expect(api.to(PUT)).toHaveLength(0);
  });

  it('saves the fields and the changed text in one request, then submits it for review', async () => {
    const withText = entry({ version: 4, translations: [translation({ lessons: 'Start small.' })] });
    const { api } = openEdit({
      [PATCH]: json(withText),
      [SUBMIT]: json(entry({ version: 5, status: 'in_review', actions: ['read', 'comment'] })),
    });
    await screen.findByTestId('contribute-title-input');
    type('contribute-lessons-input', 'Start small.');
    fireEvent.click(screen.getByTestId('edit-submit'));

    await waitFor(() => expect(api.to(SUBMIT)).toHaveLength(1));
    expect(api.to(PATCH)).toHaveLength(1);
    expect(api.to(PATCH)[0]?.body).toMatchObject({
      version: 3,
      themes: ['family_involvement'],
      text: { title: 'Journées des familles', lessons: 'Start small.' },
    });
    expect(api.to(PUT)).toHaveLength(0);
    expect(api.to(SUBMIT)[0]?.body).toEqual({ version: 4 });
    expect((await screen.findByTestId('edit-outcome')).getAttribute('data-outcome')).toBe('submitted');
  });

  it('sends no text when it did not change', async () => {
    const { api } = openEdit({ [PATCH]: json(entry({ version: 4 })) });
    await screen.findByTestId('contribute-title-input');
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(api.to(PATCH)).toHaveLength(1));
    expect(api.to(PATCH)[0]?.body).not.toHaveProperty('text');
  });

  it('on a published entry, shows the warnings of new links’ labels and confirms them with the fields', async () => {
    const published = entry({ status: 'inspiring', actions: ['read', 'update', 'translate'] });
    let answered = 0;
    const { api } = openEdit({
      [ENTRY]: json(published),
      [PATCH]: (request) => {
        answered += 1;
        return answered === 1
          ? problem(409, 'knowledge.personal_data_warning', {
              errors: [{ path: '/links', code: 'identity_number', message: 'detainee No. 4471-22' }],
            })(request)
          : json(entry({ version: 4, status: 'inspiring' }))(request);
      },
    });
    await screen.findByTestId('contribute-title-input');
    type('contribute-links-input', 'https://example.org/letter.pdf Letter of detainee No. 4471-22');
    fireEvent.click(screen.getByTestId('edit-save'));

    const warning = await screen.findByTestId('personal-data-warning');
    expect(warning.textContent).toContain(en.warnings.fields.links);
    expect(warning.textContent).toContain('detainee No. 4471-22');
    expect(api.to(PATCH)[0]?.body).not.toHaveProperty('acknowledgeWarnings');

    fireEvent.click(field('edit-acknowledge'));
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(api.to(PATCH)).toHaveLength(2));
    expect(api.to(PATCH)[1]?.body).toMatchObject({
      version: 3,
      links: [{ url: 'https://example.org/letter.pdf', label: 'Letter of detainee No. 4471-22' }],
      acknowledgeWarnings: true,
    });
    expect(api.to(PUT)).toHaveLength(0);
  });

  it('places the server’s list of what is missing for a submission next to the fields', async () => {
    const errors = [
      { path: '/body/themes', code: 'required', message: 'required' },
      { path: '/body/text/summary', code: 'required', message: 'required' },
    ];
    openEdit({
      [PATCH]: json(entry({ version: 4 })),
      [SUBMIT]: problem(422, 'knowledge.incomplete', { errors }),
    });
    await screen.findByTestId('contribute-title-input');
    fireEvent.click(screen.getByTestId('edit-submit'));
    expect((await screen.findByTestId('contribute-themes-error')).textContent).toBe(en.errors.required);
    expect(errorOf(field('contribute-summary-input'))).toBe(en.errors.required);
  });

  it('says the entry is not there, the same for an unknown entry and one the reader may not see', async () => {
    openEdit({ [ENTRY]: problem(404, 'not_found') });
    expect((await screen.findByTestId('edit-not-found')).textContent).toContain(en.load.notFound);
    expect(screen.queryByTestId('edit-form')).toBeNull();
  });
});

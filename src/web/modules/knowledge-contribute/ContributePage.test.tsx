// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { coordinatorSession, ENTRY_ID, entry } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeContribute;
const PROPOSE = 'POST /api/v1/knowledge/entries';

function openForm(answers: Parameters<typeof openScreen>[1] = {}, language: 'en' | 'fr' | 'ar' = 'en') {
  return openScreen(
    '/library/contribute',
    { 'GET /api/v1/me': json(coordinatorSession()), ...answers },
    language,
  );
}

describe('the contribution form', () => {
  it('gives every field its guidance, ties it to the field, and reminds that no person in custody may be named', async () => {
    openForm();
    const title = await screen.findByTestId('contribute-title-input');
    const described = title.getAttribute('aria-describedby') ?? '';
    expect(described).not.toBe('');
    expect(described.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain(
      en.fields.title.hint,
    );
    expect(title.getAttribute('dir')).toBe('auto');
    expect(screen.getByTestId('privacy-reminder').textContent).toContain(en.privacy.title);
    // The groups of the long form are fieldsets named by their legends.
    const legends = [...document.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(
      expect.arrayContaining([en.sections.basics, en.sections.context, en.sections.about]),
    );
  });

  it('checks before sending: title and summary required, the end not before the start; nothing is sent', async () => {
    const { api } = openForm();
    await screen.findByTestId('contribute-title-input');
    type('contribute-started-on-input', '2025-05-01');
    type('contribute-ended-on-input', '2025-04-01');
    fireEvent.click(screen.getByTestId('contribute-save'));

    await waitFor(() => expect(errorOf(field('contribute-title-input'))).toBe(en.errors.required));
    expect(errorOf(field('contribute-summary-input'))).toBe(en.errors.required);
    expect(errorOf(field('contribute-ended-on-input'))).toBe(en.errors.endBeforeStart);
    expect(screen.getByTestId('contribute-form-error').textContent).toContain(en.errors.checkFields);
    expect(api.to(PROPOSE)).toHaveLength(0);
  });

  it('says the server’s field errors next to their fields and keeps everything typed', async () => {
    const errors = [
      { path: '/body/text/title', code: 'maxLength', message: 'too long' },
      { path: '/body/themes/0', code: 'enum', message: 'unknown' },
    ];
    const { api } = openForm({ [PROPOSE]: problem(400, 'request.validation', { errors }) });
    await screen.findByTestId('contribute-title-input');
    type('contribute-title-input', '<script>alert(1)</script> Family days');
    type('contribute-summary-input', 'Monthly afternoons with families.');
    type('contribute-approach-input', 'Step one, then step two.');
    fireEvent.click(screen.getByTestId('contribute-save'));

    await waitFor(() => expect(errorOf(field('contribute-title-input'))).toBe(en.errors.tooLong));
    expect(screen.getByTestId('contribute-themes-error').textContent).toBe(en.errors.unknownValue);
    expect(field('contribute-title-input').value).toBe('<script>alert(1)</script> Family days');
    expect(field('contribute-approach-input').value).toBe('Step one, then step two.');
    expect(api.to(PROPOSE)).toHaveLength(1);
    // Typed script stays text: nothing of it became an element.
    expect(document.querySelector('script[src], body script')).toBeNull();
  });

  it('writes in the interface language by default, sends the proposal and opens the draft', async () => {
    const { api, router } = openForm(
      { [PROPOSE]: json(entry(), 201), [`GET /api/v1/knowledge/entries/${ENTRY_ID}`]: json(entry()) },
      'fr',
    );
    await screen.findByTestId('contribute-title-input');
    expect(field('contribute-language-input').value).toBe('fr');
    type('contribute-title-input', '  Journées des familles  ');
    type('contribute-summary-input', 'Des rencontres mensuelles.');
    fireEvent.click(screen.getByTestId('contribute-themes-family_involvement'));
    type('contribute-links-input', 'https://example.org/report Rapport 2024');
    fireEvent.click(screen.getByTestId('contribute-save'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/library/entries/${ENTRY_ID}/edit`));
    const [sent] = api.to(PROPOSE);
    expect(sent?.headers.get('x-csrf-token')).toBe('csrf-token-of-this-session');
    expect(sent?.body).toMatchObject({
      language: 'fr',
      kind: 'good_practice',
      text: { title: 'Journées des familles', summary: 'Des rencontres mensuelles.' },
      themes: ['family_involvement'],
      links: [{ url: 'https://example.org/report', label: 'Rapport 2024' }],
      country: null,
      startedOn: null,
    });
    expect(await screen.findByTestId('edit-outcome')).toBeTruthy();
    expect(screen.getByTestId('edit-outcome').getAttribute('data-outcome')).toBe('proposed');
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { errorOf, field, type } from '../../testing/form-fields';
import { openScreen } from '../../testing/open-screen';
import { ENTRY_ID, editorSession, entry } from './knowledge-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.knowledgeContribute;
const ENTRY = `GET /api/v1/knowledge/entries/${ENTRY_ID}`;
const PUT_AR = `PUT /api/v1/knowledge/entries/${ENTRY_ID}/translations/ar`;

function openTranslate(path: string, answers: Parameters<typeof openScreen>[1] = {}) {
  return openScreen(path, { 'GET /api/v1/me': json(editorSession()), [ENTRY]: json(entry()), ...answers });
}

describe('translating an entry', () => {
  it('shows the original marked with its language beside an Arabic form marked right to left', async () => {
    openTranslate(`/library/entries/${ENTRY_ID}/translate?language=ar`);
    const title = await screen.findByTestId('translate-title-input');
    expect(title.getAttribute('lang')).toBe('ar');
    expect(title.getAttribute('dir')).toBe('rtl');
    const original = screen.getByTestId('translate-original-title');
    expect(original.textContent).toBe('Journées des familles');
    expect(original.getAttribute('lang')).toBe('fr');
    expect(original.getAttribute('dir')).toBe('ltr');
    // The original language is not offered as a target.
    const offered = [...(field('translate-language-input') as unknown as HTMLSelectElement).options].map(
      (o) => o.value,
    );
    expect(offered).not.toContain('fr');
    expect(offered).toContain('ar');
  });

  it('asks for a language first when none is given', async () => {
    openTranslate(`/library/entries/${ENTRY_ID}/translate`);
    await screen.findByTestId('translate-original');
    expect(screen.queryByTestId('translate-form')).toBeNull();
    fireEvent.change(field('translate-language-input'), { target: { value: 'es' } });
    expect(await screen.findByTestId('translate-form')).toBeTruthy();
  });

  it('checks the title and summary, then saves the text with its origin on the entry’s version', async () => {
    const { api } = openTranslate(`/library/entries/${ENTRY_ID}/translate?language=ar`, {
      [PUT_AR]: json(entry({ version: 4 })),
    });
    await screen.findByTestId('translate-title-input');
    fireEvent.click(screen.getByTestId('translate-save'));
    await waitFor(() => expect(errorOf(field('translate-title-input'))).toBe(en.errors.required));
    expect(api.to(PUT_AR)).toHaveLength(0);

    type('translate-title-input', 'أيام الأسرة');
    type('translate-summary-input', 'لقاءات شهرية بين الأسر والمحتجزين.');
    fireEvent.change(field('translate-origin-input'), { target: { value: 'machine_assisted' } });
    fireEvent.click(screen.getByTestId('translate-save'));
    await screen.findByTestId('translate-outcome');
    expect(api.to(PUT_AR)[0]?.body).toEqual({
      version: 3,
      origin: 'machine_assisted',
      text: { title: 'أيام الأسرة', summary: 'لقاءات شهرية بين الأسر والمحتجزين.' },
    });
  });

  it('keeps the translation typed when someone saved the entry meanwhile', async () => {
    openTranslate(`/library/entries/${ENTRY_ID}/translate?language=ar`, {
      [PUT_AR]: problem(409, 'knowledge.version_conflict'),
    });
    await screen.findByTestId('translate-title-input');
    type('translate-title-input', 'أيام الأسرة');
    type('translate-summary-input', 'ملخص');
    fireEvent.click(screen.getByTestId('translate-save'));
    expect(await screen.findByTestId('translate-conflict')).toBeTruthy();
    expect(field('translate-title-input').value).toBe('أيام الأسرة');
  });
});

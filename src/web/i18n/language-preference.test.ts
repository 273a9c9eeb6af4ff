import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY, pickInitialLanguage, saveLanguage } from './language-preference';

function storageWith(saved: string | null): Pick<Storage, 'getItem'> {
  return { getItem: (key) => (key === LANGUAGE_STORAGE_KEY ? saved : null) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pickInitialLanguage', () => {
  it('prefers the saved choice over the browser', () => {
    expect(pickInitialLanguage({ storage: storageWith('ar'), browserLanguages: ['fr-FR'] })).toBe('ar');
  });

  it('ignores a saved value that is not one of the six', () => {
    expect(pickInitialLanguage({ storage: storageWith('de'), browserLanguages: ['es-MX'] })).toBe('es');
  });

  it('takes the first browser language it offers, by primary subtag', () => {
    expect(pickInitialLanguage({ storage: null, browserLanguages: ['pt-BR', 'zh-Hans-CN', 'ru'] })).toBe(
      'zh',
    );
    expect(pickInitialLanguage({ storage: null, browserLanguages: ['RU_ru'] })).toBe('ru');
  });

  it('falls back to English', () => {
    expect(pickInitialLanguage({ storage: storageWith(null), browserLanguages: ['de-DE', 'it'] })).toBe('en');
    expect(pickInitialLanguage({ storage: null, browserLanguages: [] })).toBe('en');
  });

  it('falls back to the browser when storage refuses to be read', () => {
    const refusing = {
      getItem: (): string | null => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(pickInitialLanguage({ storage: refusing, browserLanguages: ['fr'] })).toBe('fr');
    expect(warn).toHaveBeenCalledWith(
      'Pathways: the saved language could not be read',
      expect.any(DOMException),
    );
  });
});

describe('saveLanguage', () => {
  it('stores the code under pathways.language', () => {
    const written = new Map<string, string>();
    saveLanguage('ru', { setItem: (key, value) => written.set(key, value) });
    expect(written.get('pathways.language')).toBe('ru');
  });

  it('survives storage that refuses to be written', () => {
    const refusing = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => saveLanguage('ru', refusing)).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
  });
});

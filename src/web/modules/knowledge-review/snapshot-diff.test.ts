import { describe, expect, it } from 'vitest';
import { flattenSnapshot, shortened, snapshotChanges } from './snapshot-diff';

describe('the changes between two versions', () => {
  it('flattens translations by language and leaves out what every save changes', () => {
    const flat = flattenSnapshot({
      version: 4,
      themes: ['women', 'juveniles'],
      translations: [{ language: 'ar', title: 'أيام الأسرة' }],
      country: null,
    });
    expect([...flat]).toEqual([
      ['themes', 'women, juveniles'],
      ['translations.ar.title', 'أيام الأسرة'],
      ['country', ''],
    ]);
  });

  it('lists the fields that differ, added languages included, and the first version against nothing', () => {
    const before = { themes: ['women'], translations: [{ language: 'fr', title: 'A' }], version: 1 };
    const after = {
      themes: ['women'],
      translations: [
        { language: 'fr', title: 'B' },
        { language: 'es', title: 'C' },
      ],
      version: 2,
    };
    expect(snapshotChanges(before, after)).toEqual([
      { path: 'translations.fr.title', before: 'A', after: 'B' },
      { path: 'translations.es.title', before: '', after: 'C' },
    ]);
    expect(snapshotChanges(null, { themes: ['women'] })).toEqual([
      { path: 'themes', before: '', after: 'women' },
    ]);
  });

  it('cuts long values', () => {
    expect(shortened('abcdef', 4)).toBe('abc…');
    expect(shortened('abc', 4)).toBe('abc');
  });
});

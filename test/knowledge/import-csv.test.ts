import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../src/server/modules/knowledge/import/csv.ts';
import { rowsOfCsv } from '../../src/server/modules/knowledge/import/import-rows.ts';

// The import's CSV reader (RFC 4180) and how records become proposals.

describe('reading CSV', () => {
  it('reads fields and records, with CRLF or LF, and no record for a final line break', () => {
    expect(parseCsv('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a,,c\n,,')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    expect(parseCsv('"one, two","say ""hi""","line 1\r\nline 2\nline 3"\r\nx,"",y')).toEqual([
      ['one, two', 'say "hi"', 'line 1\r\nline 2\nline 3'],
      ['x', '', 'y'],
    ]);
    expect(parseCsv('"ends with quote"""')).toEqual([['ends with quote"']]);
    expect(parseCsv('a,""')).toEqual([['a', '']]);
  });

  it('skips a byte order mark and keeps text in any script', () => {
    expect(parseCsv('\uFEFFtitle,summary\nورش الحوار,对话')).toEqual([
      ['title', 'summary'],
      ['ورش الحوار', '对话'],
    ]);
  });

  it('refuses a quote left open, text after a closing quote, and a quote inside an unquoted field', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvError);
    expect(() => parseCsv('"closed"then')).toThrow(/text after a closing quote/);
    expect(() => parseCsv('ab"c')).toThrow(/quote inside an unquoted field/);
    const thrown = (() => {
      try {
        parseCsv('h\nok\n"open');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CsvError);
    expect(thrown).toMatchObject({ record: 3 });
  });
});

describe('CSV records as proposals', () => {
  const header = 'kind,language,title,summary,themes,contact_consent,started_on';

  it('maps columns to a proposal: lists split on semicolons, empty cells left out', () => {
    const read = rowsOfCsv(`${header}\r\ngood_practice,fr,Titre,Résumé, women ; juveniles ,yes,\r\n`);
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]?.proposal).toEqual({
      kind: 'good_practice',
      language: 'fr',
      text: { title: 'Titre', summary: 'Résumé' },
      themes: ['women', 'juveniles'],
      contactConsent: true,
    });
  });

  it('names unknown, repeated and missing columns, and reads no row then', () => {
    const read = rowsOfCsv('kind,title,title,colour\ngood_practice,A,B,red');
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 0, field: 'colour', code: 'unknown_field' }),
        expect.objectContaining({ row: 0, field: 'title', code: 'duplicate_field' }),
        expect.objectContaining({ row: 0, field: 'language', code: 'required' }),
        expect.objectContaining({ row: 0, field: 'summary', code: 'required' }),
      ]),
    );
  });

  it('reports a broken quote as malformed, and a row of the wrong width', () => {
    expect(rowsOfCsv(`${header}\ngood_practice,"fr`).problems).toEqual([
      expect.objectContaining({ row: 1, field: 'content', code: 'malformed_csv' }),
    ]);
    expect(rowsOfCsv(`${header}\ngood_practice,fr`).problems).toEqual([
      expect.objectContaining({ row: 1, code: 'wrong_column_count' }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../contracts/knowledge-search';
import { highlightParts } from './highlight';
import { safeHref } from './safe-link';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

describe('highlightParts', () => {
  it('cuts a passage at the markers, the matched words marked', () => {
    expect(highlightParts(`Monthly ${S}family${E} days with ${S}families${E}.`)).toEqual([
      { text: 'Monthly ', marked: false },
      { text: 'family', marked: true },
      { text: ' days with ', marked: false },
      { text: 'families', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps a passage without markers whole, and tolerates a marker left open or a stray close', () => {
    expect(highlightParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
    expect(highlightParts(`a ${S}b`)).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(highlightParts(`a${E} b`)).toEqual([
      { text: 'a', marked: false },
      { text: ' b', marked: false },
    ]);
  });
});

describe('safeHref', () => {
  it('lets http and https through and nothing else', () => {
    expect(safeHref('https://example.org/report.pdf')).toBe('https://example.org/report.pdf');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

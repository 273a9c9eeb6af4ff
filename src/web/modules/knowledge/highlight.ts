import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../contracts/knowledge-search';

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/**
 * A search passage cut at the server's markers: the parts between HIGHLIGHT_START and HIGHLIGHT_END
 * are the matched words. The markers are private-use characters, never HTML, so the passage is only
 * ever text; a marker left open or a stray close is tolerated (the rest is simply not marked).
 */
export function highlightParts(passage: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  let current = '';
  const flush = () => {
    if (current) parts.push({ text: current, marked });
    current = '';
  };
  for (const character of passage) {
    if (character === HIGHLIGHT_START) {
      flush();
      marked = true;
    } else if (character === HIGHLIGHT_END) {
      flush();
      marked = false;
    } else {
      current += character;
    }
  }
  flush();
  return parts;
}

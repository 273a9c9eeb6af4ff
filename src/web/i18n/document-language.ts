import { directionOf, type TextDirection } from './languages';

/**
 * Sets `lang` and `dir` on the root element: screen readers, hyphenation, fonts (global.css) and
 * every logical CSS property follow from these two attributes.
 */
export function applyDocumentLanguage(language: string, doc: Document = document): TextDirection {
  const dir = directionOf(language);
  doc.documentElement.lang = language;
  doc.documentElement.dir = dir;
  return dir;
}

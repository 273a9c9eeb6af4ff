/**
 * Wraps text of unknown direction (a name, an organisation) in Unicode isolates (FSI … PDI) before it
 * goes into a translated sentence, so that an Arabic name in an English sentence, or a Latin name in
 * an Arabic one, neither reorders the words around it nor takes on their direction. The string
 * equivalent of `<bdi>`, for messages that are plain text.
 */
export function bidiIsolate(text: string): string {
  return `\u2068${text}\u2069`;
}

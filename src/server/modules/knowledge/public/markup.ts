// Escaping for the library's server-written documents (the entry page's HTML, the Atom feed): every
// piece of user text passes through one of these before it meets markup, so that a title such as
// `<script>` stays text. The same escapes serve HTML text, HTML attributes in double quotes, and XML.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text or a double-quoted attribute value, escaped for HTML and XML alike. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Text for XML 1.0, which cannot carry most control characters even escaped: they are dropped (the
 * contract's text fields refuse them already; this keeps the feed well formed whatever the data).
 */
export function escapeXml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids, on purpose.
  return escapeMarkup(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

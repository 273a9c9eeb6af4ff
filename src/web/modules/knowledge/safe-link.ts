/**
 * The link's address when it is http or https, null otherwise. The server accepts only those two,
 * but an entry page is the last place a `javascript:` address could be clicked, so it checks again.
 */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

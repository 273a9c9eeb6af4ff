/** What index.html carries until the server substitutes the per-request nonce (for example under `vite`). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The per-request CSP nonce the server wrote into `<meta name="csp-nonce">`, for the `<style>`
 * elements Mantine injects. Undefined when there is none (development server, tests).
 */
export function readStyleNonce(doc: Document = document): string | undefined {
  const content = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content')?.trim();
  if (!content || content === NONCE_PLACEHOLDER) return undefined;
  return content;
}

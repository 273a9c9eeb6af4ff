import type { FastifyInstance, FastifyReply } from 'fastify';

// The web app's policy: nothing inline, nothing from elsewhere. The per-response nonce only admits
// the <style> element the component library writes its CSS variables into.
export function webContentSecurityPolicy(styleNonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// Everything that is not an HTML page (JSON, assets) may load nothing and be framed by no one.
const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response, computed once: a per-request header library would cost more
 * than the health check it decorates. HTML responses replace the policy with `webContentSecurityPolicy`.
 */
export function setUpSecurityHeaders(app: FastifyInstance, production: boolean) {
  const headers: Record<string, string> = {
    'content-security-policy': RESOURCE_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers);
    reply.header('x-request-id', request.id);
  });
}

/** Sets the web app's policy on an HTML reply and returns the nonce its <style> elements must carry. */
export function allowPageStyles(reply: FastifyReply, nonce: string) {
  reply.header('content-security-policy', webContentSecurityPolicy(nonce));
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce (Next
 * puts it on its own scripts when it finds it in the request's CSP header) or when loaded by a
 * script that has it ('strict-dynamic'); no inline script, no other host, no framing. Styles
 * may be inline: the charts' bars and the map's tooltip are sized by style attributes, which cannot carry a nonce.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment = false } = {}): string {
  return [
    "default-src 'self'",
    // The development server evaluates modules for fast refresh; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return btoa(crypto.randomUUID());
}

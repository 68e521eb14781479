// The Content-Security-Policy of every page (site, account, admin, the admin's email previews), in one
// place: next.config.js sends it on every response; tests/e2e/csp.spec.ts checks that no page breaks it.
// Plain .mjs so next.config.js can import it. Why 'unsafe-inline' stays in script-src (public pages
// are cached, so a per-request nonce cannot be in them): docs/decisions/0080.

/**
 * @param {{ dev?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  const directives = {
    "default-src": ["'self'"],
    // Next's App Router streams its payload in inline <script> tags; dev's React Refresh needs eval.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // React style attributes, and the emails shown in the admin's sandboxed srcdoc previews.
    "style-src": ["'self'", "'unsafe-inline'"],
    // Cover images are ours; a logo may be any https URL (settings); email previews show both.
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "media-src": ["'self'"],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

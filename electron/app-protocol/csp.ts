/**
 * The one Content-Security-Policy of every page: only the app's own scripts, styles, fonts and
 * images; no inline code, no eval, nothing remote. Both shells send it as a header and the page
 * repeats it in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

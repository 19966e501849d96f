/**
 * The headers of the console's pages (SPEC §4), one source for every server of them: the
 * reference backend (server/app.ts), `vite preview` (vite.config.ts), and the copies for static
 * hosts (public/_headers, the README's nginx lines), which scripts/security-headers.test.ts
 * compares with these.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export const PAGE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
} as const;

/** Only over HTTPS (a browser ignores it over http, and a plain-http demo must stay reachable). */
export const HTTPS_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
} as const;

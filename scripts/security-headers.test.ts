/**
 * SPEC §4's page headers are written once (src/config/security-headers.ts) and copied where a
 * host needs them as text: public/_headers (Netlify, Cloudflare Pages) and the README's nginx
 * lines. Every copy, `vite preview`'s headers (which the e2e suite runs under) and the reference
 * backend's CSP must say the same.
 */
import { readFileSync } from 'node:fs';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  HTTPS_HEADERS,
  PAGE_HEADERS,
} from '../src/config/security-headers.ts';

const ALL = { ...PAGE_HEADERS, ...HTTPS_HEADERS };
/** imported by name at run time: tsconfig.server.json type-checks the server, not this project */
const SERVER_APP = '../server/app.ts';

/** `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else {
      const colon = line.indexOf(':');
      expect(current, `a header before any path: ${line}`).toBeDefined();
      current![line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

describe("the console's page headers (SPEC §4)", () => {
  it('are the policy of SPEC §4, word for word', () => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]);
  });

  it('are what `vite preview` sends, and the reference backend its CSP', async () => {
    const config = await resolveConfig(
      { configFile: 'vite.config.ts', logLevel: 'silent' },
      'serve',
      'production',
      'production',
      true,
    );
    expect(config.preview.headers).toEqual(PAGE_HEADERS);
    // the development server sends none: its HMR client is an inline script
    expect(config.server.headers ?? {}).toEqual({});
    const server = (await import(/* @vite-ignore */ SERVER_APP)) as { CSP: string };
    expect(server.CSP).toBe(CONTENT_SECURITY_POLICY);
  });

  it('are in public/_headers for every path, HSTS included (those hosts serve HTTPS only)', () => {
    expect(parseHeadersFile(readFileSync('public/_headers', 'utf8'))).toEqual({ '/*': ALL });
  });

  it("are the README's nginx lines", () => {
    const readme = readFileSync('README.md', 'utf8');
    const lines = [...readme.matchAll(/^add_header (\S+) "([^"]*)" always;/gm)];
    expect(Object.fromEntries(lines.map(([, name, value]) => [name, value]))).toEqual(ALL);
  });
});

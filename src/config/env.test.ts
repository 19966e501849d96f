import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('the environment', () => {
  it('is the mock without VITE_API_BASE_URL, and that backend with one', () => {
    expect(parseEnv({})).toEqual({
      apiBaseUrl: '',
      apiTimeoutMs: 15_000,
      mockEnabled: true,
      basePath: '/',
    });
    expect(parseEnv({ VITE_API_BASE_URL: '', BASE_URL: '/console/' })).toMatchObject({
      mockEnabled: true,
      basePath: '/console/',
    });
    expect(parseEnv({ VITE_API_BASE_URL: 'https://api.example.com/sc//' })).toMatchObject({
      apiBaseUrl: 'https://api.example.com/sc',
      mockEnabled: false,
    });
  });

  it('refuses a backend that is not an http(s) URL, saying what it must be', () => {
    for (const bad of ['api.example.com', 'ftp://example.com', 'javascript:alert(1)', 42])
      expect(() => parseEnv({ VITE_API_BASE_URL: bad })).toThrow(
        /VITE_API_BASE_URL must be empty or an http\(s\) URL/,
      );
  });

  it('times a request out after VITE_API_TIMEOUT_MS, 15 s when unset', () => {
    expect(parseEnv({ VITE_API_TIMEOUT_MS: '' }).apiTimeoutMs).toBe(15_000);
    expect(parseEnv({ VITE_API_TIMEOUT_MS: '4000' }).apiTimeoutMs).toBe(4_000);
    expect(parseEnv({ VITE_API_TIMEOUT_MS: ' 60000 ' }).apiTimeoutMs).toBe(60_000);
  });

  it('refuses a timeout that is not whole milliseconds from 1 s to 10 min, saying so', () => {
    for (const bad of ['15s', '-1', '999', '600001', '1e4', '2.5', 15000])
      expect(() => parseEnv({ VITE_API_TIMEOUT_MS: bad })).toThrow(
        /VITE_API_TIMEOUT_MS must be a whole number of milliseconds from 1000 to 600000/,
      );
  });
});

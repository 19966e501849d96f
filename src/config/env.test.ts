import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('the environment', () => {
  it('is the mock without VITE_API_BASE_URL, and that backend with one', () => {
    expect(parseEnv({})).toEqual({ apiBaseUrl: '', mockEnabled: true, basePath: '/' });
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
});

import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      // Each test file runs with the mock's handlers on an msw/node server that fails
      // any request no handler answers (`src/test/setup.ts`).
      setupFiles: ['./src/test/setup.ts'],
      restoreMocks: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/domain/**/*.test.ts', 'src/mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            // journeys through whole pages in jsdom: 5 s (the default) was near the limit on a
            // busy 2-core machine; a slow test is measured by the benchmark, not failed here
            testTimeout: 15_000,
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: ['src/domain/**', 'src/mocks/**'],
          },
        },
      ],
    },
  }),
);

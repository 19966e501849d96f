import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
/** The server's tests: real sockets, so no msw/node server in front of fetch (no setup file). */
const serverProject = (name: string, include: string[], alias: Record<string, string> = {}) => ({
  resolve: {
    alias: [
      ...Object.entries(alias).map(([find, replacement]) => ({
        find: new RegExp(find),
        replacement,
      })),
      { find: /^@\//, replacement: `${src}/` },
    ],
  },
  test: { name, environment: 'node', include, testTimeout: 30_000, hookTimeout: 60_000 },
});

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      // Each test file runs with the mock's handlers on an msw/node server that fails
      // any request no handler answers (`src/test/setup.ts`).
      setupFiles: ['./src/test/setup.ts'],
      restoreMocks: true,
      projects: [
        serverProject('server', ['server/**/*.test.ts']),
        // one contract suite, two targets: the mock (project node) and the server over HTTP
        serverProject('contract-server', ['src/mocks/contract.test.ts'], {
          '^\\./test-utils/api$': fileURLToPath(
            new URL('./server/test-utils/api.ts', import.meta.url),
          ),
        }),
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

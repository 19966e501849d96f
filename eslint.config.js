// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import zones (docs/architecture.md): imports run one way, app → features → shared
 * (components, lib, domain, config, theme); mocks use domain only; features never
 * import each other or the mock. The reference backend (server/) may import src/domain and
 * src/mocks; nothing in src/ imports server/. `no-restricted-imports` regexes cover both the `@/`
 * alias and relative paths. ESLint keeps only the last matching setting of a rule
 * per file, so the zones below never overlap.
 */
const SHARED = ['components', 'lib', 'config', 'theme'];
const KNOWN_FEATURES = [
  'overview',
  'purchased-resources',
  'renew',
  'upgrade',
  'orders',
  'messages',
  'help',
  'demo',
];
const features = [
  ...new Set([
    ...KNOWN_FEATURES,
    ...(existsSync('src/features')
      ? readdirSync('src/features', { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : []),
  ]),
];

/** `@/x…` or `../x…` (any depth) for each folder of `src/` named. */
const folderImport = (/** @type {string[]} */ names) => `^(@/|(\\.\\./)+)(${names.join('|')})(/|$)`;

/** @typedef {{ regex: string, message: string, alsoInTests?: boolean }} Pattern */

const TESTS = ['src/**/*.test.{ts,tsx}'];

/** In every zone of src/: the console never reaches into the server. */
const NOT_SERVER = {
  regex: '^(\\.\\./)+server(/|$)',
  message: 'src/ is the console and its mock: it never imports server/ (the server imports src/).',
};

/**
 * One zone: its rules for the code, and for its test files the same rules except
 * those marked `alsoInTests: false` (a test may use the mock's server for overrides).
 * @param {{ name: string, files: string[], patterns: Pattern[] }} zone
 */
const zone = ({ name, files, patterns }) => {
  const rule = (/** @type {Pattern[]} */ list) => ({
    'no-restricted-imports': [
      'error',
      { patterns: list.map(({ regex, message }) => ({ regex, message })) },
    ],
  });
  return [
    { name: `zones/${name}`, files, ignores: TESTS, rules: rule(patterns) },
    {
      name: `zones/${name}/tests`,
      files: files.map((glob) => glob.replace(/\*\.\{ts,tsx\}$/, '*.test.{ts,tsx}')),
      rules: rule(patterns.filter((pattern) => pattern.alsoInTests !== false)),
    },
  ];
};

const zones = [
  ...features.flatMap((name) =>
    zone({
      name: `features/${name}`,
      files: [`src/features/${name}/**/*.{ts,tsx}`],
      patterns: [
        NOT_SERVER,
        {
          regex: `^@/features/(?!${name}(/|$))`,
          message: `Features never import each other: move what "${name}" needs to components/, lib/ or domain/, or compose it in app/.`,
        },
        {
          regex: '^(\\.\\./){2,}',
          message:
            'Leave the feature through the @/ alias, not ../../ (keeps the zones checkable).',
        },
        {
          regex: folderImport(['mocks']),
          message: 'Features talk to the API client, never to the mock.',
          alsoInTests: false,
        },
        {
          regex: folderImport(['app']),
          message: 'app/ composes features; features do not import app/.',
          alsoInTests: false,
        },
      ],
    }),
  ),
  ...zone({
    name: 'shared',
    files: SHARED.map((dir) => `src/${dir}/**/*.{ts,tsx}`),
    patterns: [
      NOT_SERVER,
      {
        regex: folderImport(['features', 'app']),
        message: 'Shared code (components, lib, config, theme) must not import features or app.',
      },
      {
        regex: folderImport(['mocks']),
        message: 'Shared code talks to the API, never to the mock.',
        alsoInTests: false,
      },
    ],
  }),
  ...zone({
    name: 'domain',
    files: ['src/domain/**/*.{ts,tsx}'],
    patterns: [
      NOT_SERVER,
      {
        regex: folderImport(['app', 'features', 'locales', ...SHARED]),
        message: 'domain/ is pure rules: it imports nothing outside domain/.',
      },
      {
        regex: folderImport(['mocks', 'test']),
        message: 'domain/ is pure rules: it imports nothing outside domain/.',
        alsoInTests: false,
      },
      {
        regex:
          '^(react|react-dom|msw|@mswjs|@mantine|@tanstack|react-router|i18next|react-i18next|@tabler)(/|$)',
        message: 'domain/ is pure TypeScript: no React, no MSW, no UI libraries.',
      },
    ],
  }),
  ...zone({
    name: 'mocks',
    files: ['src/mocks/**/*.{ts,tsx}'],
    patterns: [
      NOT_SERVER,
      {
        regex: folderImport(['app', 'features', 'locales', ...SHARED]),
        message: 'mocks/ may import domain/ only.',
      },
      {
        regex: folderImport(['test']),
        message: 'mocks/ may import domain/ only.',
        alsoInTests: false,
      },
      {
        regex: '^(react|react-dom|@mantine|@tanstack|react-router|react-i18next)(/|$)',
        message: 'mocks/ is the backend: no UI libraries.',
      },
    ],
  }),
  // the rest of src/: the app shell, main.tsx, the test setup
  ...zone({
    name: 'app',
    files: ['src/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/test/**/*.{ts,tsx}'],
    patterns: [NOT_SERVER],
  }),
  ...zone({
    name: 'server',
    files: ['server/**/*.{ts,tsx}'],
    patterns: [
      {
        regex: '^@/(?!(domain|mocks|config/security-headers)(/|$))',
        message:
          "server/ may import src/domain, src/mocks (the rules and the handlers) and the pages' security headers only.",
      },
      {
        regex: '^(\\.\\./)+src/(?!(domain|mocks)/|config/security-headers)',
        message:
          "server/ may import src/domain, src/mocks (the rules and the handlers) and the pages' security headers only.",
      },
      {
        regex:
          '^(react|react-dom|@mantine|@tanstack|react-router|i18next|react-i18next|@tabler)(/|$)',
        message: 'server/ is the backend: no UI libraries.',
      },
      {
        regex: '^(\\.\\./)+(scripts|e2e|bench)(/|$)',
        message: 'server/ runs on its own: tooling stays out of it (its tests may use it).',
        alsoInTests: false,
      },
    ],
  }),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'bench/floor/dist',
      'bench/stack-floor/dist',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...reactRefresh.configs.vite({
      // route modules export a loader factory beside their component
      allowExportNames: ['clientLoader', 'loader', 'Component', 'ErrorBoundary', 'handle'],
    }),
  },
  {
    files: ['src/test/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}', '*.config.{ts,js}', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: 'The server runs in Node: there is no browser here.',
        })),
      ],
    },
  },
  ...zones,
);

// ESLint flat config. The layer rules below are the architecture: see ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const clientOnly = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-i18next',
  'react-hook-form',
  'dexie',
];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** Builds a no-restricted-imports rule that forbids the given packages and layer folders. */
function forbid({ packages = [], layers = [], extra = [] }) {
  return [
    'error',
    {
      paths: packages.map((name) => ({
        name,
        message: 'This layer must not depend on this package (see ARCHITECTURE.md).',
      })),
      patterns: [
        ...packages
          .filter((p) => p.endsWith('/*'))
          .map((p) => ({ group: [p], message: 'Forbidden package for this layer.' })),
        ...layers.map((l) => ({
          group: layer(l),
          message: `This layer must not import from src/${l} (see ARCHITECTURE.md).`,
        })),
        ...extra,
      ],
    },
  ];
}

// Pure code may not read the clock, the network or the browser: time comes in as `asOf`.
const impureGlobals = [
  { name: 'fetch', message: 'Domain code is pure: no network.' },
  { name: 'localStorage', message: 'Domain code is pure: no storage.' },
  { name: 'indexedDB', message: 'Domain code is pure: no storage.' },
  { name: 'window', message: 'Domain code is pure: no browser globals.' },
  { name: 'document', message: 'Domain code is pure: no browser globals.' },
];
const impureSyntax = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Domain code is pure: pass `asOf` instead of reading the clock.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Domain code is pure: pass `asOf` instead of reading the clock.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'Domain code is pure and deterministic: pass ids and randomness in.',
  },
];
// Visible text must come from i18next (locales/<lang>/<ns>.json), never from JSX literals.
const noLiteralUiText = [
  {
    selector: 'JSXText[value=/\\p{L}/u]',
    message: 'No hard-coded UI text: use t() and a key in locales/.',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label)$/] > Literal[value=/\\p{L}/u]',
    message: 'No hard-coded UI text: use t() and a key in locales/.',
  },
];

export default tseslint.config(
  // .ci/*.mjs run after the dev dependencies are pruned: plain Node, no types to check them with.
  { ignores: ['dist', 'dist-*', 'coverage', 'data', 'node_modules', 'dev-dist', '.ci/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': ['error', ...noLiteralUiText],
    },
  },
  // ── Layer boundaries ────────────────────────────────────────────────────────────────
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid({
        packages: [...clientOnly, 'i18next', 'fastify', 'pg', '@electric-sql/pglite', 'node:*'],
        layers: ['storage', 'sync', 'server', 'features', 'ui', 'app', 'i18n', 'content'],
      }),
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-syntax': ['error', ...impureSyntax],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid({
        packages: [...clientOnly, 'i18next', 'fastify', 'pg', '@electric-sql/pglite'],
        layers: ['storage', 'sync', 'server', 'features', 'ui', 'app', 'i18n'],
      }),
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-syntax': ['error', ...impureSyntax],
    },
  },
  {
    files: ['src/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid({
        packages: [...clientOnly, 'i18next', 'fastify', 'pg', '@electric-sql/pglite'],
        layers: ['storage', 'sync', 'server', 'features', 'ui', 'app', 'i18n', 'content'],
      }),
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    ignores: ['src/storage/hooks/**'],
    rules: {
      'no-restricted-imports': forbid({
        packages: ['react', 'react-dom', 'react-i18next', 'fastify', 'pg'],
        layers: ['sync', 'server', 'features', 'ui', 'app'],
      }),
    },
  },
  {
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid({
        packages: ['react', 'react-dom', 'react-i18next', 'fastify', 'pg'],
        layers: ['server', 'features', 'ui', 'app'],
      }),
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid({
        packages: [...clientOnly, 'i18next', 'workbox-window'],
        layers: ['storage', 'sync', 'features', 'ui', 'app', 'i18n'],
      }),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid({
        packages: ['dexie', 'fastify', 'pg'],
        layers: ['storage', 'sync', 'server', 'features', 'app'],
      }),
    },
  },
  {
    // Screens reach data only through storage/hooks and repositories, never the Dexie schema.
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid({
        packages: ['dexie', 'fastify', 'pg', '@electric-sql/pglite'],
        layers: ['server'],
        extra: [
          {
            group: ['**/storage/db', '**/storage/db/**', '**/storage/schema*'],
            message: 'UI code must use repositories/hooks, not the Dexie schema.',
          },
        ],
      }),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

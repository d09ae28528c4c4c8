import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Features do not import each other; app/ composes them (STYLE.md). `no-restricted-imports` sees the
 * import text, not the file it reaches, so each feature gets, per folder depth, the relative paths
 * that climb out of it into a sibling (`../../customers/api/x` from `features/sales/components/`).
 * The one declared dependency: money (orders, invoices, receipts, debt) is selling's second half
 * and builds on sales' pickers and line editor. Tested in scripts/__tests__/lint-boundaries.test.cjs.
 */
const FEATURE_DEPENDENCIES = { money: ['sales'] };
const BOUNDARY_MESSAGE =
  'Features must not import each other; compose them in app/ or move the shared part to components/.';
const ANY_FEATURE = ['**/features/*/**', '../../features/**'];

function featureBoundaries() {
  const root = 'apps/web/src/features';
  const features = readdirSync(join(import.meta.dirname, root), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const restrict = (group) => ['error', { patterns: [{ group, message: BOUNDARY_MESSAGE }] }];
  const configs = [
    { files: ['apps/web/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(ANY_FEATURE) } },
  ];
  for (const feature of features) {
    const allowed = [feature, ...(FEATURE_DEPENDENCIES[feature] ?? [])];
    for (let depth = 1; depth <= 5; depth += 1) {
      const up = '../'.repeat(depth);
      configs.push({
        files: [`${root}/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': restrict([
            `${up}*`,
            `${up}*/**`,
            // climbing further, out of features/, is not a sibling
            `!${up}..`,
            `!${up}../**`,
            ...allowed.flatMap((name) => [`!${up}${name}`, `!${up}${name}/**`]),
            // last, so no exception above lets a path through features/ again
            ...ANY_FEATURE,
          ]),
        },
      });
    }
  }
  return configs;
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data*/**',
      'apps/web/src/gql/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      curly: ['error', 'all'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Decorated classes need their parameter types as values at run time (emitDecoratorMetadata).
    files: ['apps/api/src/**/*.resolver.ts', 'apps/api/src/**/*.inputs.ts', 'apps/api/src/**/*.entity.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...featureBoundaries(),
  {
    files: ['apps/web/src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/__tests__/**', 'e2e/**', 'apps/api/src/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);

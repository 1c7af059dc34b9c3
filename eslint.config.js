import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: app → features → domain/components/state/i18n. The domain is plain
// TypeScript (no React, no store), shared components know nothing of the domain, and features
// do not import each other; the app composes them.
const domainRestrictions = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'recharts', 'zustand', '@tanstack/*'],
      message: 'The domain layer is pure TypeScript.',
    },
    {
      group: [
        '../app/*',
        '../features/*',
        '../state/*',
        '../data/*',
        '../components/*',
        '../i18n/*',
      ],
      message: 'The domain layer imports nothing from the UI.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from a dataset is always shown as text.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', domainRestrictions] } },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../domain/*', '../features/*', '../state/*', '../data/*'],
              message: 'Shared components hold no domain knowledge.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chart renderers are shared by the dashboard and the export: they draw view models only.
    files: ['src/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../features/*', '../app/*', '../data/*'],
              message: 'Charts draw view models; they know no feature.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/dashboard/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/filters/**', '../filters/*'],
              message: 'Features do not import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/filters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/dashboard/**', '../dashboard/*'],
              message: 'Features do not import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.{js,ts}', 'tests/e2e/**'],
    // Node scripts; callbacks passed to page.evaluate run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

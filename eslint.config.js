import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way, and lint holds every folder to it (bulletproof-react's zones are the
// model): each layer below names the only layers it may import; everything else of src/ is off
// limits. Tests and scripts stand outside the layers.
const layers = {
  domain: [],
  data: ['domain'],
  state: ['domain'],
  i18n: ['domain'],
  // Shared UI knows no domain and no store; its own words (a reload button) come from i18n.
  components: ['i18n'],
  charts: ['domain', 'i18n', 'components'],
  rendering: ['domain', 'components'],
  features: ['domain', 'data', 'state', 'i18n', 'charts', 'components', 'rendering'],
};
const srcFolders = ['app', ...Object.keys(layers)];
const layerZones = Object.entries(layers).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: [
    './src/main.tsx',
    ...srcFolders
      .filter((folder) => folder !== layer && !allowed.includes(folder))
      .map((folder) => `./src/${folder}`),
  ],
  message:
    allowed.length > 0
      ? `${layer}/ imports only from ${allowed.map((folder) => `${folder}/`).join(', ')} (eslint.config.js).`
      : `${layer}/ imports nothing from the other folders of src/ (eslint.config.js).`,
}));
// Every feature, read from the folder, so that a new one is held to the rule without an edit here.
const featureZones = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'Features do not import each other: the app composes them, passing one into another as a prop.',
  }));
const importZones = [
  ...layerZones,
  ...featureZones,
  {
    target: ['./src/app', './src/features'],
    from: './src/rendering',
    except: ['./index.ts'],
    message: 'The rendering machinery is used through its public API, src/rendering/index.ts.',
  },
  {
    target: './src/main.tsx',
    from: srcFolders.filter((folder) => folder !== 'app').map((folder) => `./src/${folder}`),
    message: 'main.tsx mounts the app and nothing else; start-up lives in app/.',
  },
];

// The domain is plain TypeScript: no React, no store, no chart library.
const domainPackages = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'recharts', 'zustand', '@tanstack/*'],
      message: 'The domain layer is pure TypeScript.',
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
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', domainPackages] } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, the plugin reads no TypeScript file it follows, and sees no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: importZones },
      ],
      // Type-only imports are not followed (they vanish from the build); lazy import() is.
      'import-x/no-cycle': 'error',
      // A path the resolver cannot follow would slip past both rules above.
      'import-x/no-unresolved': ['error', { ignore: ['\\?(raw|url|inline)$'] }],
    },
  },
  {
    files: ['scripts/**', '*.config.{js,ts}', 'tests/e2e/**'],
    // Node scripts; callbacks passed to page.evaluate run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

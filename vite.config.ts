/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import {
  contentSecurityPolicy,
  hashInlineScripts,
} from './scripts/vite-plugins/content-security-policy.ts';
import { browserRequire } from './scripts/vite-plugins/browser-require.ts';
import { chartsChunk } from './scripts/vite-plugins/charts-chunk.ts';
import { checkedDataset } from './scripts/vite-plugins/checked-dataset.ts';
import { embeddedDataset } from './scripts/vite-plugins/embedded-dataset.ts';
import { prerenderedPage } from './scripts/vite-plugins/prerendered-page.ts';
import { prerenderedShell } from './scripts/vite-plugins/prerendered-shell.ts';
import { validationRules } from './scripts/vite-plugins/validation-rules.ts';

// The build's own steps are plugins in scripts/vite-plugins/, one file each.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    browserRequire(),
    checkedDataset(),
    validationRules(),
    contentSecurityPolicy(),
    prerenderedShell(),
    // The single file carries its dataset and its scripts inline; the site, the drawn page.
    ...(mode === 'single'
      ? [embeddedDataset(), viteSingleFile(), hashInlineScripts()]
      : [prerenderedPage()]),
  ],
  // The import's worker (src/features/import/import.worker.ts) loads the workbook reader on
  // demand, which takes a worker of ES modules.
  worker: { format: 'es' },
  resolve: {
    alias: [
      // The single-file build carries no worker: the import reads its file, and a kept import
      // is read, on the page; data is not opened from a web address (a page opened from disk).
      ...(mode === 'single'
        ? [
            {
              find: /^\.\/start-import-worker$/,
              replacement: fileURLToPath(
                new URL('./src/features/import/start-import-worker.single.ts', import.meta.url),
              ),
            },
            {
              find: /^\.\/start-workbook-worker$/,
              replacement: fileURLToPath(
                new URL('./src/features/import/start-workbook-worker.single.ts', import.meta.url),
              ),
            },
            {
              find: /^\.\/start-kept-reader$/,
              replacement: fileURLToPath(
                new URL('./src/data/start-kept-reader.single.ts', import.meta.url),
              ),
            },
            {
              // From data/ and from the import dialog, which offers the form only where it works.
              find: /^(\.\.?\/)+(data\/)?start-remote-reader$/,
              replacement: fileURLToPath(
                new URL('./src/data/start-remote-reader.single.ts', import.meta.url),
              ),
            },
          ]
        : []),
      // Recharts asks for the shim of useSyncExternalStore, written for React before 18; React 19
      // has the hook, and react-redux already brings the selector built on it (0.2 kB of gzip).
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build:
    mode === 'single'
      ? {
          target: 'es2022',
          outDir: 'dist-single',
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          copyPublicDir: false,
        }
      : {
          target: 'es2022',
          sourcemap: true,
          // No polyfill for <link rel="modulepreload"> in the first script (0.3 kB of gzip):
          // the browsers this build targets that lack it (Safari before 17) still load every
          // chunk, only without the hint to fetch a chunk's imports early.
          modulePreload: { polyfill: false },
          rolldownOptions: {
            // Modules a package's index lists but nothing here imports are left out of the module
            // graph, so that the chunk rules below see only what is used (Recharts' tooltip and
            // the shapes of its cursor stay out of the charts chunk: 2.8 kB of gzip).
            experimental: { lazyBarrel: true },
            output: {
              // Chunk names with six characters of hash, not eight: the first script names some
              // thirty of them, twice each (111 bytes of gzip; a clash of two versions' names is
              // one chance in 2^36).
              chunkFileNames: 'assets/[name]-[hash:6].js',
              // The chart code in one chunk (chartCode): loaded with the page, run after the first
              // view's code, as the chart cards' code is a dynamic import. Left to itself, the
              // bundler gave d3's formats and Recharts' state library files of their own, each with
              // its own gzip overhead.
              codeSplitting: {
                groups: [
                  // Only what chartCode picks, not the first view's modules the charts use.
                  { name: chartsChunk, includeDependenciesRecursively: false },
                ],
              },
            },
          },
        },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    // Recharts as the build has it (its ES modules), so that its tooltip, imported by its own
    // path (src/charts/TooltipLayer.tsx), shares the chart's state with the rest of it.
    server: { deps: { inline: ['recharts'] } },
    alias: [{ find: /^recharts$/, replacement: 'recharts/es6/index.js' }],
    restoreMocks: true,
    // A limit, not a wait: a test that renders the whole app takes seconds on a loaded machine.
    testTimeout: 30_000,
  },
}));

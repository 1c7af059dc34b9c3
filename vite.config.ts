/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import {
  contentSecurityPolicy,
  hashInlineScripts,
} from './scripts/vite-plugins/content-security-policy.ts';
import { embeddedDataset } from './scripts/vite-plugins/embedded-dataset.ts';
import { prerenderedPage } from './scripts/vite-plugins/prerendered-page.ts';
import { prerenderedShell } from './scripts/vite-plugins/prerendered-shell.ts';

// The build's own steps are plugins in scripts/vite-plugins/, one file each.
export default defineConfig(({ mode }) => ({
  plugins:
    mode === 'single'
      ? [
          react(),
          contentSecurityPolicy(),
          prerenderedShell(),
          embeddedDataset(),
          viteSingleFile(),
          hashInlineScripts(),
        ]
      : [react(), contentSecurityPolicy(), prerenderedShell(), prerenderedPage()],
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
            output: {
              // The chart cards' bodies, the chart components, the palette and Recharts with its
              // dependencies in one chunk, beside the small FigureBody file that the dynamic
              // import needs as its entry (most of FigureBody's own code lands in this chunk):
              // loaded with the page, run after the first view's code (src/features/dashboard/
              // figure-body-module.ts). Without the group, Recharts and d3's time formats came as
              // separate files, and each file's own gzip costs bytes. Not the formatters (the
              // headline cards use them) nor figure-context (only the export and slides do).
              codeSplitting: {
                groups: [
                  {
                    name: 'charts',
                    includeDependenciesRecursively: false,
                    test: /[\\/]src[\\/](charts[\\/](?!use-formatters|figure-context)|domain[\\/]palette|features[\\/]dashboard[\\/]FigureBody)|[\\/]node_modules[\\/](recharts|clsx|es-toolkit|d3-[a-z-]+|use-sync-external-store|reselect|redux|redux-thunk|immer|@reduxjs|react-redux|decimal\.js-light|victory-vendor|eventemitter3|react-is|tiny-invariant)[\\/]/,
                  },
                ],
              },
            },
          },
        },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));

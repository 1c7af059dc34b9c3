import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildDrawnPageScriptTag } from './build-drawn-page-script.ts';

/**
 * The build-drawn page: the dashboard itself, charts included, drawn in Chromium from the
 * finished build and written into its index.html (scripts/prerender-page.mjs,
 * src/rendering/build-drawn-page.ts), and the inline script that decides whether it is shown.
 * Without Chromium the build says so in one line, and the page keeps its loading state (the app
 * is the same); PRERENDER=off skips the drawing (to compare builds).
 */
export function prerenderedPage(): Plugin[] {
  let outDir = 'dist';
  return [
    buildDrawnPageScriptTag(),
    {
      name: 'prerendered-page',
      apply: 'build',
      configResolved(config) {
        outDir = resolve(config.root, config.build.outDir);
      },
      async closeBundle() {
        if (process.env.PRERENDER === 'off') {
          this.info('build-drawn page: skipped (PRERENDER=off), the page shows its loading state');
          return;
        }
        const { prerenderPage } = await import('../prerender-page.mjs');
        this.info(`build-drawn page: ${await prerenderPage(outDir)}`);
      },
    },
  ];
}

import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The dashboard itself, charts included, drawn in Chromium from the finished build and written
 * into its index.html (scripts/prerender-page.mjs, src/components/prerendered-figures.ts).
 * Without Chromium the page keeps its loading state; PRERENDER=off skips it (to compare builds).
 */
export function prerenderedPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerendered-page',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (process.env.PRERENDER === 'off') return;
      const { prerenderPage } = await import('../prerender-page.mjs');
      this.info(`prerendered page: ${await prerenderPage(outDir)}`);
    },
  };
}

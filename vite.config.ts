/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The Content-Security-Policy of the built app: scripts only from its own origin (no inline or
 * remote script, no eval), nothing fetched from elsewhere. Styles may be inline because React
 * and Recharts set style attributes. blob: and data: images are the export's own renderings.
 * Added to the build only: Vite's dev server injects an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `npm run build:single`: the whole app in one HTML file, for a USB stick and a laptop with no
 * network. The dataset travels inside it as a JSON data block (never executed, so no script);
 * the one inline script is allowed by its hash, so the policy still forbids any other.
 */
function embeddedDataset(): Plugin {
  return {
    name: 'embedded-dataset',
    apply: 'build',
    transformIndexHtml(html) {
      // "<" escaped, so no text in the data can close the block.
      const json = readFileSync('public/data/dataset.json', 'utf8').replace(/</g, '\\u003c');
      // A function, not a string: "$&" or "$`" in the data must not be read as patterns.
      return html
        .replace(/<link rel="preload"[^>]*dataset\.json[^>]*>/, '')
        .replace(
          '</body>',
          () =>
            `  <script type="application/json" id="bundled-dataset">${json}</script>\n  </body>`,
        );
    },
  };
}

/**
 * The loading state of the app, rendered to HTML at build time (src/app/prerender.tsx) and put in
 * #root: the header and title paint before the script has arrived, which is most of a phone's
 * wait. No script is added, so the Content-Security-Policy is unchanged.
 */
function prerenderedShell(): Plugin {
  return {
    name: 'prerendered-shell',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        plugins: [react()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
          renderShell: () => string;
        };
        const markup = module.renderShell();
        return html.replace('<div id="root">', () => `<div id="root">${markup}`);
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The dashboard itself, charts included, drawn in Chromium from the finished build and written
 * into its index.html (scripts/prerender-page.mjs, src/components/prerendered-figures.ts).
 * Without Chromium the page keeps its loading state; PRERENDER=off skips it (to compare builds).
 */
function prerenderedPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerendered-page',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (process.env.PRERENDER === 'off') return;
      const { prerenderPage } = await import('./scripts/prerender-page.mjs');
      this.info(`prerendered page: ${await prerenderPage(outDir)}`);
    },
  };
}

/** The CSP source for each inline script `pattern` finds in `html` (its text in group 1). */
function inlineScriptHashes(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

function hashInlineScripts(): Plugin {
  return {
    name: 'csp-inline-script-hashes',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        let html = String(page.source);
        const hashes = inlineScriptHashes(html, /<script type="module"[^>]*>([\s\S]*?)<\/script>/g);
        html = html.replace("script-src 'self'", `script-src ${hashes.join(' ')}`);
        // The icon too: a file beside the page would be one more file to carry. A PNG, not the
        // SVG it is drawn from (scripts/render-favicon.mjs): an SVG icon is a whole SVG document
        // to build on the page's main thread (10 ms, in the middle of the load).
        const icon = readFileSync('public/favicon.png').toString('base64');
        html = html.replace(/href="\.?\/favicon\.png"/, `href="data:image/png;base64,${icon}"`);
        page.source = html;
      },
    },
  };
}

/** The policy, with index.html's own inline script (which decides whether the pre-rendered
 * dashboard is shown) allowed by its hash: no other inline script may run. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const hashes = inlineScriptHashes(html, /<script>([\s\S]*?)<\/script>/g);
      const policy = CONTENT_SECURITY_POLICY.replace(
        "script-src 'self'",
        ["script-src 'self'", ...hashes].join(' '),
      );
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

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

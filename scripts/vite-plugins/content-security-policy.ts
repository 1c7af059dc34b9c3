import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

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

/** The CSP source for each inline script `pattern` finds in `html` (its text in group 1). */
export function inlineScriptHashes(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

/**
 * For the single-file build: its inlined module script allowed by its hash, and the icon inlined.
 */
export function hashInlineScripts(): Plugin {
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

export /** The policy, with index.html's own inline script (which decides whether the pre-rendered
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

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `npm run build:single`: the whole app in one HTML file, for a USB stick and a laptop with no
 * network. The dataset travels inside it as a JSON data block (never executed, so no script);
 * the one inline script is allowed by its hash, so the policy still forbids any other.
 */
export function embeddedDataset(): Plugin {
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

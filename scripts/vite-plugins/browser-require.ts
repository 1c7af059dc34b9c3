import type { Plugin } from 'vite';

/**
 * JSZip (which pptxgenjs writes the deck with) ships for browsers as one browserify file whose
 * loader asks `"function"==typeof require&&require` for an outer `require`. In a browser there is
 * none, so the answer is always false; but the mere mention makes the bundler add its `require`
 * shim to the runtime every page loads first (0.2 kB of gzip in the first script, for a library
 * loaded only when a deck is downloaded). The test is answered here as the browser would.
 */
const OUTER_REQUIRE = '"function"==typeof require&&require';

export function browserRequire(): Plugin {
  return {
    name: 'browser-require',
    transform(code, id) {
      if (!/[\\/]jszip[\\/]dist[\\/]jszip\.min\.js$/.test(id) || !code.includes(OUTER_REQUIRE))
        return null;
      return { code: code.replaceAll(OUTER_REQUIRE, '!1'), map: null };
    },
  };
}

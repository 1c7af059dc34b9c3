import type { Plugin } from 'vite';
import { SAVED_IMPORT_COOKIE, SAVED_IMPORT_FLAG } from '../../src/data/saved-import-flag.ts';
import { DATA_KEY } from '../../src/domain/data-address.ts';
import { LANG_KEY, VIEW_KEYS } from '../../src/domain/url-state.ts';
import { buildDrawnPageScript } from '../../src/rendering/build-drawn-page-flags.ts';

/**
 * index.html's one inline script, which decides before any other script runs whether the page the
 * build drew is shown: written from src/rendering/build-drawn-page-flags.ts, with the address keys of
 * src/domain/url-state.ts and the saved-import flag, so that each exists once, in development and in the build. It runs before the
 * other plugins' transforms ('pre'), so the Content-Security-Policy hashes it as it is served.
 */
export function buildDrawnPageScriptTag(): Plugin {
  return {
    name: 'build-drawn-page-script',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'script',
          children: buildDrawnPageScript({
            savedImportFlag: SAVED_IMPORT_FLAG,
            savedImportCookie: SAVED_IMPORT_COOKIE,
            // Data opened from an address is not the bundled data the build drew.
            viewKeys: [...VIEW_KEYS, DATA_KEY],
            langKey: LANG_KEY,
          }),
          injectTo: 'head',
        },
      ],
    },
  };
}

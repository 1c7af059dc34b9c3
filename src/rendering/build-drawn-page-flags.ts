/*
 * Whether the page the build drew (build-drawn-page.ts) may be shown, decided before any other
 * script has run by an inline script in index.html. That script is written from this module by a
 * Vite plugin (scripts/vite-plugins/build-drawn-page-script.ts), in development and in the build,
 * so the address keys exist once, here, and the saved-import flag once, where it is kept
 * (src/data/saved-import-flag.ts; the plugin passes it in). Plain code: the plugin runs it in Node.
 */

/** Set on <html> when the build-drawn page may be shown; the stylesheet shows it then. */
export const BUILD_DRAWN_PAGE_ATTRIBUTE = 'data-prerendered';

/**
 * Address keys that ask for another view than the one the build drew (its filters, a slide).
 * `lang` is checked on its own: the build drew the page in Vietnamese, which it is by default.
 */
export const OTHER_VIEW_KEYS = ['year', 'topic', 'unit', 'present'] as const;
export const LANG_KEY = 'lang';
export const BUILD_DRAWN_LANG = 'vi';

/**
 * The inline script's source: the page the build drew is the bundled data's default view, so it
 * is shown only when the address asks for nothing else (no filter, slide or English) and this
 * browser has no import saved. Otherwise the page shows its loading state until the app has drawn
 * what was asked for. Written for any browser (var, no arrow): it runs before the module script.
 */
export function buildDrawnPageScript({ savedImportFlag }: { savedImportFlag: string }): string {
  return `(function () {
  try {
    var query = new URLSearchParams(location.search);
    var asked = ${JSON.stringify(OTHER_VIEW_KEYS)}.some(function (name) {
      return query.has(name);
    });
    var saved = localStorage.getItem(${JSON.stringify(savedImportFlag)}) !== null;
    var lang = query.get(${JSON.stringify(LANG_KEY)}) || ${JSON.stringify(BUILD_DRAWN_LANG)};
    if (!asked && lang === ${JSON.stringify(BUILD_DRAWN_LANG)} && !saved) {
      document.documentElement.setAttribute(${JSON.stringify(BUILD_DRAWN_PAGE_ATTRIBUTE)}, '');
    }
  } catch (error) {
    // No localStorage: whether an import is saved cannot be known, so the loading state.
  }
})();`;
}

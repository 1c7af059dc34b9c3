/*
 * Whether the page the build drew (build-drawn-page.ts) may be shown, decided before any other
 * script has run by an inline script in index.html. That script is written from this module by a
 * Vite plugin (scripts/vite-plugins/build-drawn-page-script.ts), in development and in the build,
 * from the address keys of src/domain/url-state.ts and the saved-import flag of
 * src/data/saved-import-flag.ts, which the plugin passes in, so each exists once. Plain code: the
 * plugin runs it in Node.
 */

/** Set on <html> when the build-drawn page may be shown; the stylesheet shows it then. */
export const BUILD_DRAWN_PAGE_ATTRIBUTE = 'data-prerendered';

/** The language the build drew the page in: the default, Vietnamese. */
export const BUILD_DRAWN_LANG = 'vi';

/**
 * The inline script's source: the page the build drew is the bundled data's default view, so it
 * is shown only when the address asks for nothing else (no filter, slide or English) and this
 * browser has no import saved (neither of its two marks, src/data/saved-import-flag.ts). Otherwise the page shows its loading state until the app has drawn
 * what was asked for. Written for any browser (var, no arrow): it runs before the module script.
 */
export function buildDrawnPageScript({
  savedImportFlag,
  savedImportCookie,
  viewKeys,
  langKey,
}: {
  savedImportFlag: string;
  savedImportCookie: string;
  viewKeys: readonly string[];
  langKey: string;
}): string {
  return `(function () {
  try {
    var query = new URLSearchParams(location.search);
    var asked = ${JSON.stringify(viewKeys)}.some(function (name) {
      return query.has(name);
    });
    var saved =
      ('; ' + document.cookie + ';').indexOf(${JSON.stringify(`; ${savedImportCookie}=1;`)}) >= 0 ||
      localStorage.getItem(${JSON.stringify(savedImportFlag)}) !== null;
    var lang = query.get(${JSON.stringify(langKey)}) || ${JSON.stringify(BUILD_DRAWN_LANG)};
    if (!asked && lang === ${JSON.stringify(BUILD_DRAWN_LANG)} && !saved) {
      document.documentElement.setAttribute(${JSON.stringify(BUILD_DRAWN_PAGE_ATTRIBUTE)}, '');
    }
  } catch (error) {
    // No localStorage: whether an import is saved cannot be known, so the loading state.
  }
})();`;
}

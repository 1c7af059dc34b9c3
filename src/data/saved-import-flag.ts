/**
 * Set while this browser keeps an import (stored-dataset.ts): index.html's inline script reads them
 * before any other script has run (src/rendering/build-drawn-page-flags.ts), to show the loading
 * state rather than the bundled figures the build drew. Two marks, in localStorage and a cookie,
 * so that clearing one (localStorage.clear(), a cleaner that leaves IndexedDB) does not show the
 * bundled figures before the kept import; the app sets both again when it finds an import.
 */
export const SAVED_IMPORT_FLAG = 'district-dashboard:saved-import';
/** The cookie's name (first-party, never read by a server: a static site has none). */
export const SAVED_IMPORT_COOKIE = 'district-dashboard-saved-import';

/**
 * Set in localStorage while this browser keeps an import (stored-dataset.ts): index.html's inline
 * script reads it before any other script has run (src/rendering/build-drawn-page-flags.ts).
 */
export const SAVED_IMPORT_FLAG = 'district-dashboard:saved-import';

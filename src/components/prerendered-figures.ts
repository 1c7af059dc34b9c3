/**
 * The dashboard as the build drew it. `npm run build` opens the built page in Chromium at the
 * common screen widths, and writes what it drew, charts included, into index.html
 * (scripts/prerender-page.mjs): a reader sees the figures and charts as soon as the HTML and its
 * stylesheet arrive, before any script has run.
 *
 * That page is the bundled data's default view, so an inline script in index.html shows it only
 * when the address asks for nothing else (no filter, no slide, no English) and this browser has no
 * import saved (SAVED_IMPORT_FLAG); otherwise the page shows its loading state, as it always did.
 *
 * When the app takes over, each chart card's body is kept from that page, moved, not drawn again,
 * until the card's own charts are drawn: only if the figure the app computed is the one the build
 * drew, by a fingerprint of the figure and the language (prerenderKey). A card whose figure
 * differs shows its usual placeholder, so a figure the app did not compute is never kept.
 */

/** Set in localStorage while this browser keeps an import (src/data/stored-dataset.ts). */
export const SAVED_IMPORT_FLAG = 'district-dashboard:saved-import';

/** The page is being drawn for the build (scripts/prerender-page.mjs sets this flag). */
export const capturingPrerender = () =>
  (globalThis as { __PRERENDER_CAPTURE__?: unknown }).__PRERENDER_CAPTURE__ === true;

/**
 * A fingerprint of what a chart card's body shows: the card's id, the figure the view model
 * computed (plain data), and the language its words and numbers are written in. FNV-1a over the
 * figure's JSON; the build and the app compute it with this same function.
 */
export function prerenderKey(figure: { readonly id: string }, lang: string): string {
  const text = lang + JSON.stringify(figure);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return `${figure.id}:${lang}:${(hash >>> 0).toString(36)}:${text.length}`;
}

/** The pre-rendered bodies, by their fingerprint. */
const figures = new Map<string, HTMLElement>();

/** Whether index.html's inline script allowed the pre-rendered page to be shown. */
const allowed = () => document.documentElement.hasAttribute('data-prerendered');

/**
 * Whether the page shows the pre-rendered dashboard: allowed, and written by the build (not in
 * development, nor in a build made without Chromium).
 */
export const prerenderedPageShown = () =>
  allowed() && document.querySelector('.prerendered-page') != null;

/**
 * Takes note of the pre-rendered chart cards' bodies before the app's first render replaces the
 * page (the nodes themselves, which stay usable once out of the page). Nothing when the page was
 * not shown.
 */
export function takePrerenderedFigures(root: ParentNode): void {
  if (!allowed()) return;
  for (const node of root.querySelectorAll<HTMLElement>('[data-prerender-key]')) {
    figures.set(node.dataset.prerenderKey ?? '', node);
  }
}

/**
 * The pre-rendered body of this card (a chart card's, or a headline card), if the build drew
 * exactly this figure in this language. A card asks at each render until it is drawn: the
 * fingerprint is worked out once per figure.
 */
export function prerenderedFigure(figure: { readonly id: string }, lang: string) {
  if (figures.size === 0) return null;
  let key = keys.get(figure);
  if (key?.lang !== lang) {
    key = { lang, key: prerenderKey(figure, lang) };
    keys.set(figure, key);
  }
  return figures.get(key.key) ?? null;
}

const keys = new WeakMap<object, { lang: string; key: string }>();

/** Whether the build's drawing is still at hand (only then is there anything for a card to keep). */
export const prerenderedPartsKept = () => figures.size > 0;

/**
 * Lets go of the build's drawing once what the page shows is no longer what it drew (other data,
 * other filters, another language): no card can match it any more, and a card need not work
 * out a fingerprint of its figure, at every render, to find that out.
 */
export function forgetPrerenderedFigures(): void {
  figures.clear();
}

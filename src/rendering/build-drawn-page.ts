// The build (in Chromium) and the app work fingerprints out with this same function.
import { textFingerprint } from '../domain/fingerprint';
import { BUILD_DRAWN_PAGE_ATTRIBUTE } from './build-drawn-page-flags';

/**
 * The dashboard as the build drew it. `npm run build` opens the built page in Chromium at the
 * common screen widths, and writes what it drew, charts included, into index.html
 * (scripts/prerender-page.mjs; its stylesheet contract is build-drawn-page.css): a reader sees
 * the figures and charts as soon as the HTML and its stylesheet arrive, before any script has run.
 *
 * That page is the bundled data's default view, so index.html's inline script shows it only when
 * the address asks for nothing else and no import is saved (build-drawn-page-flags.ts).
 *
 * When the app takes over, each card's body is kept from that page, moved, not drawn again, until
 * the card has drawn its own: only if what the app computed for the card is what the build drew,
 * by a fingerprint (keyOf). A card whose part differs shows its usual placeholder, so a part the
 * app did not compute is never kept.
 */

/** The page is being drawn for the build (scripts/prerender-page.mjs sets this flag). */
export const capturing = () =>
  (globalThis as { __PRERENDER_CAPTURE__?: unknown }).__PRERENDER_CAPTURE__ === true;

/** A part of the page the build drew: anything with an id (a chart card's figure, a headline). */
export interface Identified {
  readonly id: string;
}

export const isIdentified = (content: unknown): content is Identified =>
  typeof content === 'object' &&
  content !== null &&
  typeof (content as { id?: unknown }).id === 'string';

/**
 * A part's own fields, as data: a field worked out when first read (a getter, such as a figure's
 * charts) is left out, so that a fingerprint never builds what the card has not drawn yet, nor
 * depends on how the view model computes it. What such fields show comes from the data and the
 * language, which are in the fingerprint on their own (see showing).
 */
function ownFields(part: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(Object.getOwnPropertyDescriptors(part))) {
    if (field.enumerable && 'value' in field) fields[name] = field.value;
  }
  return fields;
}

/**
 * What the parts shown are computed from (the data and the language): hashed when a fingerprint
 * is first needed, so nothing is worked out when there is no drawing to match nor one being made.
 */
let source: { data: unknown; lang: string } | null = null;
let drawnFrom: string | null = null;

/** Fingerprints already worked out, by part, for what they were worked out from. */
let keys = new WeakMap<object, string>();

/**
 * The fingerprint a part's drawing is stamped with (while capturing) and found by: its id, its
 * own fields, and what it was computed from.
 */
export function keyOf(part: Identified): string {
  let key = keys.get(part);
  if (key === undefined) {
    drawnFrom ??= source ? `${source.lang}:${textFingerprint(JSON.stringify(source.data))}` : '';
    key = `${part.id}:${textFingerprint(`${drawnFrom}\n${JSON.stringify(ownFields(part))}`)}`;
    keys.set(part, key);
  }
  return key;
}

/** The drawn bodies, by their fingerprint. */
const parts = new Map<string, HTMLElement>();

/** Whether index.html's inline script allowed the build-drawn page to be shown. */
const allowed = () => document.documentElement.hasAttribute(BUILD_DRAWN_PAGE_ATTRIBUTE);

/**
 * Whether the page shows the build-drawn dashboard: allowed, and written by the build (not in
 * development, nor in a build made without Chromium).
 */
export const shown = () => allowed() && document.querySelector('.prerendered-page') != null;

/** The drawn page's `<main>`: its cards' bodies are in it until a card takes its own. */
let drawnMain: HTMLElement | null = null;

/**
 * Takes note of the drawn cards' bodies, and of the main content around them, before the app's
 * first render replaces the page (the nodes themselves, which stay usable once out of the page).
 * Nothing when the page was not shown.
 */
export function take(root: ParentNode): void {
  if (!allowed()) return;
  drawnMain = root.querySelector('.prerendered-page main');
  for (const node of root.querySelectorAll<HTMLElement>('[data-prerender-key]')) {
    parts.set(node.dataset.prerenderKey ?? '', node);
  }
}

/** The data the app shows, and in which language: the fingerprints are worked out from them. */
export function showing(data: unknown, lang: string): void {
  source = { data, lang };
  drawnFrom = null;
  keys = new WeakMap();
}

/**
 * The drawn body of this part, if the build drew exactly this part from the same data in the same
 * language. A card asks at each render until it has drawn its own: the fingerprint is worked out
 * once per part.
 */
export function drawnBody(part: Identified): HTMLElement | null {
  if (parts.size === 0) return null;
  return parts.get(keyOf(part)) ?? null;
}

/**
 * Works out the fingerprints of the parts the first view shows, in a task of their own before the
 * first render (src/app/boot.ts), which would otherwise do it. Nothing when nothing is kept.
 */
export function prepare(partsShown: readonly Identified[]): void {
  if (parts.size === 0) return;
  for (const part of partsShown) keyOf(part);
}

/** Whether the build's drawing is still at hand (only then is there anything for a card to keep). */
export const kept = () => parts.size > 0;

/**
 * The drawn page's main content while it still shows what the page will: a render made before the
 * data has come (a slow load, src/app/boot.ts) keeps it in place, inert, rather than blank it.
 */
export const main = () => (kept() ? drawnMain : null);

/**
 * Lets go of the build's drawing once what the page shows is no longer what it drew (other data,
 * other filters, another language): no card can match it any more, and none need work out a
 * fingerprint, at every render, to find that out.
 */
export function forget(): void {
  parts.clear();
}

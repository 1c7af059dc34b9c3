/**
 * The page's symbols (✓ ▲ ○ ⚠ ▶), drawn by the stylesheet in the text's colour and size (`.icon`
 * in app.css). As characters they are missing from most interface fonts (Noto Sans, Segoe UI),
 * so the browser searched the system's fonts for each and drew it from whichever it found: a
 * slower first layout, and a symbol whose weight and shape did not match the text. Drawn with
 * borders, they cost no font, no image and next to no script. Decorative: the words beside each
 * say what it means.
 */
export type IconName = 'check' | 'up' | 'circle' | 'warning' | 'play';

export function Icon({ name }: { name: IconName }) {
  return <span className={`icon icon-${name}`} aria-hidden="true" />;
}

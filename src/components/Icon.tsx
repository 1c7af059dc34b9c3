import type { ReactNode } from 'react';

/**
 * The page's symbols, drawn as SVG in the text's colour and size. As characters (✓ ▲ ○ ⚠ ▶) they
 * are missing from most interface fonts (Noto Sans, Segoe UI), so the browser searched the
 * system's fonts for each and drew it from whichever it found: a slower first layout, and a
 * symbol whose weight and shape did not match the text. Decorative: the words beside each say
 * what it means.
 */
export type IconName = 'check' | 'up' | 'circle' | 'warning' | 'play';

function shape(name: IconName): ReactNode {
  switch (name) {
    case 'check':
      return <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" strokeWidth="2.2" />;
    case 'up':
      return <path d="M8 2.5l6.5 11h-13z" stroke="none" />;
    case 'circle':
      return <circle cx="8" cy="8" r="5" fill="none" strokeWidth="1.8" />;
    case 'warning':
      return (
        <>
          <path d="M8 1.5l7 12.5H1z" stroke="none" />
          <path d="M8 6v4M8 11.6v1" stroke="var(--icon-cutout, #fff)" strokeWidth="1.6" />
        </>
      );
    case 'play':
      return <path d="M4 2.5l10 5.5-10 5.5z" stroke="none" />;
  }
}

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className={`icon icon-${name}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="currentColor"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {shape(name)}
    </svg>
  );
}

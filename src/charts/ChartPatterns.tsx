import { seriesColours } from '../domain/palette';

/**
 * Patterns live inside each chart's own <svg> with ids unique to that chart: an SVG exported
 * or printed on its own then still has them, and two charts never share (or clobber) one id.
 */
export function ChartPatterns({ idPrefix }: { idPrefix: string }) {
  return (
    <defs>
      <pattern
        id={`${idPrefix}-target`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill={seriesColours.targetFill} />
        <line
          x1="0"
          y1="0"
          x2="0"
          y2="8"
          stroke={seriesColours.target}
          strokeWidth="1.2"
          strokeOpacity="0.45"
        />
      </pattern>
      <pattern
        id={`${idPrefix}-derived`}
        width="7"
        height="7"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <rect width="7" height="7" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="7" stroke={seriesColours.derived} strokeWidth="3.5" />
      </pattern>
    </defs>
  );
}

/** Recharts wraps SVG labels at spaces; a bar label must stay on one line. */
export const unbreakable = (text: string) => text.replace(/ /g, '\u00a0');

export const patternFill = (idPrefix: string, name: 'target' | 'derived') =>
  `url(#${idPrefix}-${name})`;

/** A small swatch for the HTML legend, drawn with the same pattern as the bars. */
export function LegendSwatch({ kind }: { kind: 'actual' | 'target' | 'derived' | 'remaining' }) {
  const id = `swatch-${kind}`;
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" className="legend-swatch">
      {kind === 'actual' && <rect width="22" height="14" fill={seriesColours.actual} />}
      {kind === 'remaining' && (
        <rect
          x="1"
          y="1"
          width="20"
          height="12"
          fill={seriesColours.remaining}
          stroke={seriesColours.target}
        />
      )}
      {kind === 'target' && (
        <>
          <ChartPatterns idPrefix={id} />
          <rect
            x="1"
            y="1"
            width="20"
            height="12"
            fill={patternFill(id, 'target')}
            stroke={seriesColours.target}
            strokeWidth="2"
          />
        </>
      )}
      {kind === 'derived' && (
        <>
          <ChartPatterns idPrefix={id} />
          <rect
            x="1"
            y="1"
            width="20"
            height="12"
            fill={patternFill(id, 'derived')}
            stroke={seriesColours.derived}
            strokeWidth="1.5"
            strokeDasharray="4 2"
          />
        </>
      )}
    </svg>
  );
}

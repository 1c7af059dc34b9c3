import type { SVGProps } from 'react';
import type { LabelProps as RechartsLabelProps } from 'recharts';
import { chartInk, seriesColours } from '../domain/palette';
import type { LegendKind } from './figure-words';

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
        <rect width="7" height="7" fill={chartInk.background} />
        <line x1="0" y1="0" x2="0" y2="7" stroke={seriesColours.derived} strokeWidth="3.5" />
      </pattern>
    </defs>
  );
}

export const patternFill = (idPrefix: string, name: 'target' | 'derived') =>
  `url(#${idPrefix}-${name})`;

/** A small swatch for the HTML legend, drawn with the same pattern as the bars. */
export function LegendSwatch({ kind }: { kind: LegendKind }) {
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

/**
 * A bar's value label, as one line of SVG text: centred above the bar ('top'), or just after its
 * end and centred on it ('right'), `offset` pixels away as Recharts' own labels are. Recharts'
 * label text measures each label in the DOM, with a forced layout, to wrap it to the bar's width
 * (a sixth of the first chart's task); a bar label is never wrapped, so nothing need be measured.
 * The place comes from the bar's box (`viewBox`): the x and y Recharts passes a custom label are
 * the bar's corner, not the label's place.
 */
export function BarValueLabel({
  viewBox,
  value,
  position,
  offset = 5,
  fill,
  fontSize,
  fontWeight,
}: BarLabelProps) {
  if (value == null || value === '' || !viewBox || !('width' in viewBox)) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  const right = position === 'right';
  return (
    <text
      className="recharts-text recharts-label"
      x={right ? x + width + offset : x + width / 2}
      y={right ? y + height / 2 : y - offset}
      dy={right ? '0.355em' : undefined}
      textAnchor={right ? 'start' : 'middle'}
      fill={fill}
      fontSize={fontSize}
      fontWeight={fontWeight}
    >
      {value}
    </text>
  );
}

type BarLabelProps = Pick<RechartsLabelProps, 'viewBox' | 'value' | 'position' | 'offset'> &
  Pick<SVGProps<SVGTextElement>, 'fill' | 'fontSize' | 'fontWeight'>;

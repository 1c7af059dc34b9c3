import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * How a chart is drawn: on screen it fills its container's width at its natural height; for an
 * export it is drawn at an exact size, with type scaled for a slide or a page.
 */
export interface ChartRenderOptions {
  size?: { width: number; height: number };
  typeScale?: number;
}

export function ChartFrame({
  label,
  naturalHeight,
  size,
  children,
}: {
  label: string;
  naturalHeight: number;
  size?: ChartRenderOptions['size'];
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  if (size) {
    return (
      <div className="chart chart-export" style={{ width: size.width, height: size.height }}>
        {cloneElement(children, { width: size.width, height: size.height })}
      </div>
    );
  }
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer
        width="100%"
        height={naturalHeight}
        initialDimension={{ width: 800, height: naturalHeight }}
      >
        {children}
      </ResponsiveContainer>
    </div>
  );
}

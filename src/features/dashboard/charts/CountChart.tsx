import { useId } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { seriesColours } from '../../../domain/palette';
import type { CountPanel } from '../../../domain/view-model';
import { useMessages } from '../../../i18n/use-messages';
import { useFormatters } from '../use-formatters';
import { ChartPatterns, patternFill, unbreakable } from './ChartPatterns';

const ROW_HEIGHT = 64;

/**
 * Items met out of a total, as a bar filled to the share met. Each bar is its own 0–100 % scale,
 * so 29 of 31 schemes and 819 of 819 party cells can stand side by side.
 */
export function CountChart({ panel }: { panel: CountPanel }) {
  const t = useMessages();
  const format = useFormatters();
  const idPrefix = `count-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const data = panel.rows.map((row) => {
    const met = row.metPercent;
    const remaining = row.remainingPercent;
    const label = unbreakable(
      row.total == null
        ? `${format.value(row.value, 0, row.valueDerived)} ${panel.unitLabel}`
        : `${format.value(row.value, 0, row.valueDerived)} / ${format.number(row.total, 0)} ${panel.unitLabel} · ${format.percent(row.share)}`,
    );
    // The label goes after the last segment drawn: a bar at 100 % has no "remaining" segment.
    return {
      category: row.category,
      met,
      remaining,
      labelAfterMet: remaining ? undefined : label,
      labelAfterRemaining: remaining ? label : undefined,
      derived: row.valueDerived != null,
    };
  });
  const height = Math.max(1, data.length) * ROW_HEIGHT + 40;

  return (
    <div className="chart" role="img" aria-label={t.chartAlt(panel.metricName)}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 230, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <ChartPatterns idPrefix={idPrefix} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => `${value}%`}
            tick={{ fill: '#4a5566', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={170}
            tick={{ fill: '#27303d', fontSize: 13 }}
            tickLine={false}
          />
          <Bar
            dataKey="met"
            stackId="share"
            name={t.legendActual}
            isAnimationActive={false}
            barSize={30}
          >
            {data.map((row) => (
              <Cell
                key={row.category}
                fill={row.derived ? patternFill(idPrefix, 'derived') : seriesColours.actual}
              />
            ))}
            <LabelList
              dataKey="labelAfterMet"
              position="right"
              fill="#1b2430"
              fontSize={13}
              fontWeight={600}
            />
          </Bar>
          <Bar
            dataKey="remaining"
            stackId="share"
            name={t.legendRemaining}
            isAnimationActive={false}
            barSize={30}
            fill={seriesColours.remaining}
            stroke={seriesColours.target}
            strokeWidth={1}
          >
            <LabelList
              dataKey="labelAfterRemaining"
              position="right"
              fill="#1b2430"
              fontSize={13}
              fontWeight={600}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

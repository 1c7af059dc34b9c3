import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { topicColour } from '../../../domain/palette';
import type { BreakdownPanel } from '../../../domain/view-model';
import { useMessages } from '../../../i18n/use-messages';
import { useFormatters } from '../use-formatters';
import { unbreakable } from './ChartPatterns';

const ROW_HEIGHT = 44;

/** A plain count split by topic, each topic in its own colour and named on the axis. */
export function BreakdownChart({ panel }: { panel: BreakdownPanel }) {
  const t = useMessages();
  const format = useFormatters();
  const data = panel.rows.map((row) => ({
    topic: row.topicName,
    value: row.value,
    label: unbreakable(`${format.number(row.value, 0)} ${panel.unitLabel}`),
    colour: topicColour(row.colourIndex),
  }));
  const height = Math.max(1, data.length) * ROW_HEIGHT + 40;

  return (
    <div
      className="chart"
      role="img"
      aria-label={t.chartAlt(`${panel.metricName} (${panel.unitName})`)}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 96, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#4a5566', fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="topic"
            width={300}
            tick={{ fill: '#27303d', fontSize: 13 }}
            tickLine={false}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={24}>
            {data.map((row) => (
              <Cell key={row.topic} fill={row.colour} />
            ))}
            <LabelList
              dataKey="label"
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

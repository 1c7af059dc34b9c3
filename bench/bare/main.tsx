// BENCHMARK BASELINE, NOT DATA: the numbers below are placeholders that give the charts
// something to draw. This page loads what the dashboard's first view needs from its libraries
// (react, react-dom, recharts, @tanstack/react-query, zustand) and nothing of its own, so the
// bench can say how much the app adds on top of them.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { create } from 'zustand';

const PLACEHOLDER_POINTS = [
  { category: 'A · 1', value: 12, target: 19 },
  { category: 'A · 2', value: 15, target: 19 },
  { category: 'B · 1', value: 9, target: 14 },
  { category: 'B · 2', value: 11, target: 14 },
];
const PLACEHOLDER_SHARES = [
  { category: 'A', met: 69, remaining: 31 },
  { category: 'B', met: 94, remaining: 6 },
  { category: 'C', met: 100, remaining: 0 },
];

const useBaselineStore = create<{ year: number | null; yearSelected: (y: number | null) => void }>(
  (set) => ({ year: null, yearSelected: (year) => set({ year }) }),
);

function Charts() {
  const year = useBaselineStore((state) => state.year);
  const query = useQuery({
    queryKey: ['baseline', year],
    queryFn: async () => ({ amounts: PLACEHOLDER_POINTS, shares: PLACEHOLDER_SHARES }),
  });
  if (!query.data) return <p>…</p>;
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 1200, margin: '0 auto' }}>
      <h1>Benchmark baseline (placeholder numbers, not data)</h1>
      <div role="img" aria-label="Bar chart of placeholder values">
        <ResponsiveContainer
          width="100%"
          height={340}
          initialDimension={{ width: 800, height: 340 }}
        >
          <BarChart data={query.data.amounts} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#e3e7ed" />
            <XAxis dataKey="category" interval={0} />
            <YAxis />
            <Tooltip />
            <Bar dataKey="value" fill="#0b4f8a" isAnimationActive={false}>
              <LabelList dataKey="value" position="top" />
            </Bar>
            <Bar dataKey="target" fill="#c9d3df" isAnimationActive={false}>
              <LabelList dataKey="target" position="top" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div role="img" aria-label="Stacked bar chart of placeholder shares">
        <ResponsiveContainer
          width="100%"
          height={232}
          initialDimension={{ width: 800, height: 232 }}
        >
          <BarChart data={query.data.shares} layout="vertical" accessibilityLayer={false}>
            <XAxis type="number" domain={[0, 100]} />
            <YAxis type="category" dataKey="category" interval={0} />
            <Bar dataKey="met" stackId="s" isAnimationActive={false}>
              {query.data.shares.map((row) => (
                <Cell key={row.category} fill="#0b4f8a" />
              ))}
            </Bar>
            <Bar dataKey="remaining" stackId="s" fill="#eef1f5" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <Charts />
      </QueryClientProvider>
    </StrictMode>,
  );
}

import { readFileSync } from 'node:fs';

export type Json = {
  units: { id: string; name: { vi: string; en?: string } }[];
  sources: Record<string, unknown>[];
  observations: Record<string, unknown>[];
  notes: Record<string, unknown>[];
};

export const bundled = () => JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Json;

/** Test data only: a made-up figure under a source that says so. Never bundled. */
export function withTestFigure(): Json {
  const data = bundled();
  data.sources.push({
    id: 'test',
    title: 'DỮ LIỆU THỬ NGHIỆM (không phải số liệu thật)',
    publisher: null,
    date: '2024-12-31',
    file: 'test-fixture.json',
  });
  data.observations.push({
    id: 'test-cg-schools',
    unit: 'cau-giay',
    metric: 'schools-national-standard',
    period: '2024-06-27-status',
    value: 10,
    target: 20,
    source: 'test',
    quote: 'Số liệu thử nghiệm cho kiểm thử tự động.',
  });
  return data;
}

import type { DashboardView } from '../domain/view-model';
import type { Messages } from './index';

/** "Đơn vị tính: tỷ đồng": a figure's units, on its card, its image and its slide. */
export function unitLine(
  figure: { units: readonly string[] },
  t: Pick<Messages, 'unitLine'>,
): string {
  return `${t.unitLine}: ${figure.units.join('; ')}`;
}

/** "Năm: 2022 · Lĩnh vực: Tất cả lĩnh vực · Đơn vị: Cầu Giấy": the view's filters, as text. */
export function filterCaption(view: DashboardView, t: Messages): string {
  const { filters, options } = view;
  const year = filters.year == null ? t.allYears : String(filters.year);
  const topic =
    options.topics.find((option) => option.value === filters.topic)?.label ?? t.allTopics;
  const unit = options.units.find((option) => option.value === filters.unit)?.label ?? t.allUnits;
  return `${t.filterYear}: ${year} · ${t.filterTopic}: ${topic} · ${t.filterUnit}: ${unit}`;
}

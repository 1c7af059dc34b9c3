import type { DashboardView, FigureView, Panel } from '../../domain/view-model';

/** "Thu ngân sách, Cầu Giấy" → "thu-ngan-sach-cau-giay": ASCII, no spaces, safe in any file system. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

function panelUnits(panel: Panel): string[] {
  return panel.kind === 'breakdown' ? [panel.unitName] : panel.rows.map((row) => row.unitName);
}

function panelPeriods(panel: Panel): string[] {
  return panel.kind === 'breakdown'
    ? [panel.periodLabel]
    : panel.rows.map((row) => row.periodLabel);
}

/**
 * A name that says what the file holds: chart, district, period.
 * `thu-ngan-sach_cau-giay_6-thang-2024.png`; with several districts or periods it says so
 * (`cac-quan`, `cac-ky`), or names the year chosen in the filter.
 */
export function exportFileName(view: DashboardView, figure: FigureView, extension: string): string {
  const chart = figure.slug ?? (slugify(figure.title) || figure.id);
  const units = [...new Set(figure.panels.flatMap(panelUnits))];
  const periods = [...new Set(figure.panels.flatMap(panelPeriods))];
  const unit = units.length === 1 ? slugify(units[0] ?? '') : 'cac-quan';
  let period: string;
  if (periods.length === 1) period = slugify(periods[0] ?? '').replace('-dau-nam-', '-');
  else if (view.filters.year != null) period = `nam-${view.filters.year}`;
  else period = 'cac-ky';
  return `${[chart, unit || 'cac-quan', period || 'cac-ky'].join('_')}.${extension}`;
}

/**
 * A name for a file of the whole view (the deck, the view's workbook), as for an image: what,
 * which district, which period. `bao-cao_cau-giay_6-thang-2024.pptx`; `cac-quan`, the year
 * chosen or `cac-ky` when the view spans several.
 */
export function reportFileName(view: DashboardView, extension: string): string {
  const unitId = view.filters.unit;
  const units = unitId == null ? view.units : view.units.filter((unit) => unit.id === unitId);
  const unit = units.length === 1 ? slugify(units[0]?.name ?? '') : 'cac-quan';
  const periods = [...new Set(view.kpis.map((kpi) => kpi.periodLabel))];
  let period: string;
  if (periods.length === 1) period = slugify(periods[0] ?? '').replace('-dau-nam-', '-');
  else if (view.filters.year != null) period = `nam-${view.filters.year}`;
  else period = 'cac-ky';
  return `${['bao-cao', unit || 'cac-quan', period || 'cac-ky'].join('_')}.${extension}`;
}

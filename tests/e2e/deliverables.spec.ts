import AxeBuilder from '@axe-core/playwright';
import { read, utils } from '@e965/xlsx';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { buildSlides } from '../../src/domain/slides';
import { ALL_FILTERS } from '../../src/domain/url-state';
import { DERIVED_DECIMALS, buildDashboardView } from '../../src/domain/view-model';
import { roundTo } from '../../src/domain/workbook';
import { bundledDataset } from '../fixtures/dataset';
import { deckAsPdf } from '../support/libreoffice-convert';
import { expect, openDashboard, test } from './fixtures';

/*
 * The deliverables office staff take to a meeting: the PowerPoint deck and the Excel workbooks,
 * downloaded from the page as a user would, opened as PowerPoint and Excel files are (their
 * parts unzipped), and by LibreOffice, as a colleague without Microsoft Office opens them.
 */

async function download(page: Page, action: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return file;
}

async function bytesOf(file: Download): Promise<Uint8Array> {
  const path = await file.path();
  return new Uint8Array(readFileSync(path));
}

const numbered = (files: Record<string, Uint8Array>, prefix: string, suffix = '.xml') =>
  Object.keys(files)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .sort(
      (a, b) => Number(/(\d+)\.\w+$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.\w+$/.exec(b)?.[1] ?? 0),
    );

/** Each slide's charts, by the parts its relationships name. */
function chartsBySlide(files: Record<string, Uint8Array>): string[][] {
  return numbered(files, 'ppt/slides/slide').map((slide) => {
    const rels = strFromU8(files[slide.replace('slides/', 'slides/_rels/') + '.rels']!);
    return [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => m[1]!,
    );
  });
}

/** A chart part's cached values, a list per series, a missing point null. */
function cachedValues(xml: string): (number | null)[][] {
  return [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map((match) => {
    const body = match[1]!;
    const count = Number(/<c:ptCount val="(\d+)"/.exec(body)?.[1]);
    const points = new Map(
      [...body.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((pt) => [
        Number(pt[1]),
        Number(pt[2]),
      ]),
    );
    return Array.from({ length: count }, (_, index) => points.get(index) ?? null);
  });
}

const BUDGET = 'Thu ngân sách nhà nước so với dự toán';

/** The whole view's export menu, opened from its button beside the charts' heading. */
async function openViewMenu(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  const menu = page.getByRole('group', { name });
  await expect(menu).toBeVisible();
  return menu;
}

test('the PowerPoint deck: the presentation’s slides, a native chart with the table’s numbers on each chart slide, opened by LibreOffice', async ({
  page,
}) => {
  await openDashboard(page);
  const menu = await openViewMenu(page, 'Xuất cả trang');
  const button = menu.getByRole('button', { name: 'Tải bộ trình chiếu PowerPoint (.pptx)' });
  const file = await download(page, () => button.click());
  expect(file.suggestedFilename()).toBe('bao-cao_cac-quan_cac-ky.pptx');
  await expect(
    page.getByRole('status').filter({ hasText: 'bao-cao_cac-quan_cac-ky.pptx' }),
  ).toBeVisible();
  const bytes = await bytesOf(file);
  const files = unzipSync(bytes);

  const view = buildDashboardView(bundledDataset(), ALL_FILTERS, 'vi');
  const slides = numbered(files, 'ppt/slides/slide');
  const xml = slides.map((name) => strFromU8(files[name]!));
  // At least the presentation's slides; a figure may take more than one at a legible size.
  expect(slides.length).toBeGreaterThanOrEqual(buildSlides(view).length);
  expect(xml[0]).toContain('Theo dõi chỉ tiêu phát triển quận');
  expect(xml[0]).toContain('Số liệu đến ngày 27/06/2024');
  expect(xml.at(-1)).toContain('Nguồn');
  // 16:9: 13.333 × 7.5 in.
  expect(strFromU8(files['ppt/presentation.xml']!)).toContain('cx="12191695" cy="6858000"');

  // Each chart part belongs to one slide, and each figure's slide has its chart.
  const charts = chartsBySlide(files);
  const all = charts.flat();
  expect(new Set(all).size).toBe(all.length);
  expect(numbered(files, 'ppt/charts/chart')).toHaveLength(all.length);
  for (const figure of view.figures.filter((one) => one.hasData)) {
    const withChart = xml.filter(
      (slide, index) => slide.includes(`<a:t>${figure.title}`) && charts[index]!.length > 0,
    );
    expect(withChart.length, `${figure.title}: a slide with its chart`).toBeGreaterThan(0);
  }

  // The budget's chart: the screen's numbers, the derived ones as the table rounds them.
  const budgetSlide = xml.findIndex(
    (slide, index) => slide.includes(`<a:t>${BUDGET}</a:t>`) && charts[index]!.length > 0,
  );
  const budgetChart = strFromU8(files[`ppt/charts/${charts[budgetSlide]![0]}`]!);
  const budget = view.figures.find((figure) => figure.title === BUDGET)!;
  const rows = budget.panels.flatMap((panel) =>
    panel.kind === 'amount' ? panel.rows.map((row) => ({ panel, row })) : [],
  );
  const shown = (value: number | null, decimals: number, derived: unknown) =>
    value == null ? null : roundTo(value, derived ? DERIVED_DECIMALS : decimals);
  expect(cachedValues(budgetChart)).toEqual([
    rows.map(({ panel, row }) => shown(row.value, panel.decimals, row.valueDerived)),
    rows.map(({ panel, row }) => shown(row.target, panel.decimals, row.targetDerived)),
  ]);
  // Its labels as the screen writes them, in Vietnamese, a derived one marked.
  expect(budgetChart).toContain('<a:t>12.455,236</a:t>');
  expect(budgetChart).toContain('<a:t>≈ 12.683,3</a:t>');
  expect(budgetChart).toContain('<a:t>ước tính</a:t>');
  expect(budgetChart).toContain('Dự toán cả năm');
  // The formula of the derived estimate is in the slide's notes.
  const notes = numbered(files, 'ppt/notesSlides/notesSlide').map((name) =>
    strFromU8(files[name]!),
  );
  expect(notes[budgetSlide]).toContain('8.599,3 / 67,8%');

  // Opened by LibreOffice Impress: every slide printed, with its title and the chart's labels.
  const printed = deckAsPdf(bytes);
  expect(printed.pages).toHaveLength(slides.length);
  const text = printed.pages.join('\n');
  for (const figure of view.figures.filter((one) => one.hasData))
    expect(text).toContain(figure.title);
  const budgetPage = printed.pages.find((one) => one.includes(BUDGET))!;
  for (const label of ['12.455,236', '19.492,8', '8.599,3', '≈ 12.683,3', '≈ 9.158,3'])
    expect(budgetPage).toContain(label);
  expect(text).toContain('Vượt tiến độ');
});

test('an English 4:3 deck says everything in English, its numbers as English writes them', async ({
  page,
}) => {
  await openDashboard(page, '?lang=en&unit=dong-da');
  const menu = await openViewMenu(page, 'Export the whole view');
  await menu.getByRole('combobox', { name: 'Slide shape' }).selectOption('4:3');
  const file = await download(page, () =>
    menu.getByRole('button', { name: 'Download PowerPoint deck (.pptx)' }).click(),
  );
  expect(file.suggestedFilename()).toBe('bao-cao_dong-da_cac-ky.pptx');
  const bytes = await bytesOf(file);
  const files = unzipSync(bytes);
  // 4:3: 10 × 7.5 in.
  expect(strFromU8(files['ppt/presentation.xml']!)).toContain('cx="9144000" cy="6858000"');
  const charts = numbered(files, 'ppt/charts/chart')
    .map((name) => strFromU8(files[name]!))
    .join('');
  expect(charts).toContain('<a:t>8,599.3</a:t>');
  expect(charts).toContain('<a:t>≈ 12,683.3</a:t>');
  expect(charts).toContain('<a:t>derived</a:t>');
  const printed = deckAsPdf(bytes);
  const text = printed.pages.join('\n');
  expect(text).toContain('State budget revenue against the estimate');
  expect(text).toContain('Headline figures');
  expect(text).not.toMatch(/Thu ngân sách|Số liệu đến/);
});

test('Excel workbooks from a chart, the whole view and the dataset hold numbers as numbers', async ({
  page,
}) => {
  await openDashboard(page);
  // The whole view, beside the charts' heading.
  const menu = await openViewMenu(page, 'Xuất cả trang');
  // The open menu, as a screen reader and a keyboard meet it.
  const axe = await new AxeBuilder({ page }).include('.section-heading .export-panel').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
  const viewFile = await download(page, () =>
    menu.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click(),
  );
  await menu.getByRole('button', { name: 'Đóng' }).click();
  await expect(menu).toBeHidden();
  // Closed, the focus is back on the button that opened it.
  await expect(page.getByRole('button', { name: 'Xuất cả trang' })).toBeFocused();
  expect(viewFile.suggestedFilename()).toBe('bao-cao_cac-quan_cac-ky.xlsx');
  const workbook = read(await bytesOf(viewFile));
  const [headlines, figures] = workbook.SheetNames;
  const figureRows = utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[figures!]!);
  const budgetRow = figureRows.find(
    (row) => row['Biểu đồ'] === BUDGET && row['Kỳ'] === '6 tháng đầu năm 2024',
  );
  expect(budgetRow?.['Giá trị']).toBe(12455.236);
  expect(budgetRow?.['Chỉ tiêu / tổng số']).toBe(19492.8);
  expect(typeof budgetRow?.['Tỷ lệ tính được (%)']).toBe('number');
  expect(utils.sheet_to_json(workbook.Sheets[headlines!]!).length).toBeGreaterThan(0);

  // One chart's numbers, from its menu.
  const figure = page.getByRole('figure', { name: BUDGET });
  await figure.getByRole('button', { name: 'Xuất' }).click();
  const chartFile = await download(page, () =>
    figure.getByRole('button', { name: 'Tải số liệu Excel (.xlsx)' }).click(),
  );
  expect(chartFile.suggestedFilename()).toBe('thu-ngan-sach_cac-quan_cac-ky.xlsx');
  const chartBook = read(await bytesOf(chartFile));
  const sheet = chartBook.Sheets[chartBook.SheetNames[0]!]!;
  const values = utils.sheet_to_json<Record<string, unknown>>(sheet).map((row) => row['Giá trị']);
  expect(values).toContain(12455.236);
  expect(values.every((value) => value === undefined || typeof value === 'number')).toBe(true);

  // Every observation, from the header's data downloads.
  const dataFile = await download(page, () =>
    page.getByRole('button', { name: 'Tải dữ liệu (Excel)' }).click(),
  );
  expect(dataFile.suggestedFilename()).toBe('du-lieu-goc.xlsx');
  const data = read(await bytesOf(dataFile));
  const observations = utils.sheet_to_json<Record<string, unknown>>(
    data.Sheets[data.SheetNames[0]!]!,
  );
  expect(observations).toHaveLength(bundledDataset().observations.length);
  expect(observations.some((row) => row['Giá trị'] === 12455.236)).toBe(true);
});

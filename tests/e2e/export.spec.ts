import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, openDashboard, test } from './fixtures';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Decodes the PNG in the browser: the share of pixels that are neither white nor transparent,
 * and the alpha of the top-left corner.
 */
async function decodePng(
  page: Page,
  bytes: Buffer,
): Promise<{ inked: number; cornerAlpha: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) return { inked: 0, cornerAlpha: -1 };
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3] ?? 0;
      const white = (data[i] ?? 0) > 245 && (data[i + 1] ?? 0) > 245 && (data[i + 2] ?? 0) > 245;
      if (alpha > 0 && !white) inked += 1;
    }
    return { inked: inked / (data.length / 4), cornerAlpha: data[3] ?? -1 };
  }, bytes.toString('base64'));
}

const inkedShare = async (page: Page, bytes: Buffer) => (await decodePng(page, bytes)).inked;

async function openExport(page: Page, figureTitle: string) {
  const figure = page.getByRole('figure', { name: figureTitle });
  await figure.getByRole('button', { name: 'Xuất' }).click();
  return figure;
}

async function download(page: Page, action: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return file;
}

const BUDGET = 'Thu ngân sách nhà nước so với dự toán';

test('PNG at every preset has its exact pixel size and is not blank', async ({ page }) => {
  await openDashboard(page, '?unit=cau-giay&year=2024');
  const figure = await openExport(page, BUDGET);
  const screenWidth = await figure.evaluate((element) => element.getBoundingClientRect().width);

  const cases: [string, string, { width: number; height: number } | 'screen'][] = [
    ['screen', '2', 'screen'],
    ['slide-16-9', '1', { width: 1920, height: 1080 }],
    ['slide-16-9', '2', { width: 3840, height: 2160 }],
    ['slide-4-3', '1', { width: 1600, height: 1200 }],
    ['a4-landscape', '2', { width: 2246, height: 1588 }],
  ];
  for (const [preset, scale, expected] of cases) {
    await figure.getByLabel('Kích thước').selectOption(preset);
    await figure.getByLabel('Độ phân giải').selectOption(scale);
    const file = await download(page, () =>
      figure.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    );
    expect(file.suggestedFilename()).toBe('thu-ngan-sach_cau-giay_6-thang-2024.png');
    const bytes = await bytesOf(file);
    const size = pngSize(bytes);
    if (expected === 'screen') {
      expect(size.width).toBe(Math.round(Math.max(480, Math.round(screenWidth)) * 2));
      expect(size.height).toBeGreaterThan(600);
    } else {
      expect(size).toEqual(expected);
    }
    const inked = await inkedShare(page, bytes);
    expect(inked, `${preset} ${scale}× has content`).toBeGreaterThan(0.02);
  }
  await expect(figure.getByRole('status')).toContainText(
    'Đã tải về thu-ngan-sach_cau-giay_6-thang-2024.png',
  );
});

test('a transparent PNG has a transparent background', async ({ page }) => {
  await openDashboard(page);
  const figure = await openExport(page, 'Trường công lập đạt chuẩn quốc gia');
  await figure.getByLabel('Nền trong suốt').check();
  const bytes = await bytesOf(
    await download(page, () => figure.getByRole('button', { name: 'Tải ảnh PNG' }).click()),
  );
  const { cornerAlpha, inked } = await decodePng(page, bytes);
  expect(inked).toBeGreaterThan(0.01);
  expect(cornerAlpha).toBe(0);
});

test('SVG is a vector file that holds the title, context and the embedded font', async ({
  page,
}) => {
  await openDashboard(page, '?year=2022');
  const figure = await openExport(page, BUDGET);
  const file = await download(page, () =>
    figure.getByRole('button', { name: 'Tải ảnh SVG' }).click(),
  );
  expect(file.suggestedFilename()).toBe('thu-ngan-sach_dong-da_9-thang-2022.svg');
  const svg = (await bytesOf(file)).toString('utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain('>Thu ngân sách nhà nước so với dự toán</text>');
  expect(svg).toContain('Năm: 2022');
  expect(svg).toContain('Số liệu đến ngày 27/06/2024');
  // The source by its description (the article is untitled), not by its file name.
  expect(svg).toContain('Nguồn: Bài về hội nghị Ban Chấp hành Đảng bộ quận (Đống Đa, suy ra)');
  expect(svg).not.toContain('002_748c56fe5ba81c01.txt');
  expect(svg).toContain("font-family:'Be Vietnam Pro'");
  expect(svg).toContain('data:font/woff2;base64,');
  expect(svg).toMatch(/<path[^>]+class="recharts-rectangle|recharts-bar-rectangle|<rect|<path/);
  // A well-formed XML document, as a print shop's editor needs.
  const parsed = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
    svg,
  );
  expect(parsed).toBe(true);
});

test('the SVG is laid out with the font it embeds: legend evenly spaced, no line past the edge', async ({
  page,
}) => {
  await openDashboard(page);
  const figure = await openExport(page, BUDGET);
  const file = await download(page, () =>
    figure.getByRole('button', { name: 'Tải ảnh SVG' }).click(),
  );
  const svg = (await bytesOf(file)).toString('utf8');
  // Shown in the page, the file's own @font-face rules apply; widths are then those of the image.
  const { width, gaps, lineEnds } = await page.evaluate(async (text) => {
    const holder = document.createElement('div');
    holder.innerHTML = text;
    document.body.append(holder);
    await document.fonts.load('400 16px "Be Vietnam Pro"', 'Dự toán cả năm');
    await document.fonts.load('700 16px "Be Vietnam Pro"', 'Thu ngân sách');
    const root = holder.querySelector('svg');
    if (!root) throw new Error('no svg');
    const texts = [...root.children].filter(
      (child): child is SVGTextElement => child instanceof SVGTextElement,
    );
    const end = (item: SVGTextElement) => item.x.baseVal[0]!.value + item.getComputedTextLength();
    // A legend item: its swatch, then its label; the next swatch follows after a fixed gap.
    // (The page's background is a rectangle too, before the title: not a swatch.)
    const labels = texts.filter((item) => {
      const before = item.previousElementSibling;
      return before instanceof SVGRectElement && before.getAttribute('width') !== '100%';
    });
    const gaps = labels.slice(0, -1).map((label, index) => {
      const nextSwatch = labels[index + 1]!.previousElementSibling as SVGRectElement;
      return nextSwatch.x.baseVal.value - end(label);
    });
    return {
      width: root.width.baseVal.value,
      gaps,
      lineEnds: texts.map(end),
    };
  }, svg);
  expect(gaps.length).toBeGreaterThanOrEqual(2);
  for (const gap of gaps) {
    expect(gap).toBeGreaterThan(8);
    expect(Math.abs(gap - gaps[0]!)).toBeLessThanOrEqual(1);
  }
  for (const lineEnd of lineEnds) expect(lineEnd).toBeLessThanOrEqual(width);
});

const FIGURES = [
  BUDGET,
  'Trường công lập đạt chuẩn quốc gia',
  'Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực',
  'Tiến độ các nhiệm vụ khác',
];

interface SvgReading {
  /** The root's width and height attributes, as written ("1920", "297mm"). */
  size: [string | null, string | null];
  viewBox: { width: number; height: number };
  /** Every piece of text with its size in the image's own units, as the browser draws it. */
  texts: { text: string; px: number; bold: boolean }[];
  /** Text drawn past the image's edges. */
  outside: string[];
  /** The charts' boxes, in the image's units. */
  charts: { x: number; y: number; width: number; height: number }[];
}

/**
 * Reads an exported SVG as the browser draws it, with its own embedded font: each text's font
 * size in the image's units (a chart's text through its own nested SVG), and whether it stays
 * inside the image.
 */
async function readSvg(page: Page, svg: string): Promise<SvgReading> {
  return page.evaluate(async (source) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;';
    holder.innerHTML = source;
    document.body.append(holder);
    await document.fonts.ready;
    const root = holder.querySelector('svg');
    if (!root) throw new Error('no svg');
    const rootBox = root.getBoundingClientRect();
    const viewBox = root.viewBox.baseVal;
    // Screen pixels per unit of the image.
    const unit = rootBox.width / viewBox.width;
    const texts: { text: string; px: number; bold: boolean }[] = [];
    const outside: string[] = [];
    for (const element of root.querySelectorAll('text, tspan')) {
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const ctm = (element as SVGGraphicsElement).getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.c, ctm.d) : unit;
      texts.push({
        text: own,
        px: (parseFloat(style.fontSize) * scale) / unit,
        bold: Number(style.fontWeight) >= 600,
      });
      const box = element.getBoundingClientRect();
      if (
        box.left < rootBox.left - 1 ||
        box.right > rootBox.right + 1 ||
        box.top < rootBox.top - 1 ||
        box.bottom > rootBox.bottom + 1
      ) {
        outside.push(own);
      }
    }
    // Each chart is placed by its group's translation, at the size its SVG was drawn.
    const charts = [...root.querySelectorAll(':scope > g')].flatMap((group) => {
      const chart = group.querySelector(':scope > svg');
      const place = /translate\(([\d.]+) ([\d.]+)\)/.exec(group.getAttribute('transform') ?? '');
      if (!chart || !place) return [];
      return [
        {
          x: Number(place[1]),
          y: Number(place[2]),
          width: Number(chart.getAttribute('width')),
          height: Number(chart.getAttribute('height')),
        },
      ];
    });
    const size: [string | null, string | null] = [
      root.getAttribute('width'),
      root.getAttribute('height'),
    ];
    holder.remove();
    return {
      size,
      viewBox: { width: viewBox.width, height: viewBox.height },
      texts,
      outside,
      charts,
    };
  }, svg);
}

const MENU_WORDS = {
  vi: { menu: /Xuất biểu đồ/, open: 'Xuất', size: 'Kích thước', svg: 'Tải ảnh SVG' },
  en: { menu: /Export the chart/, open: 'Export', size: 'Size', svg: 'Download SVG' },
};

async function exportedSvg(
  page: Page,
  title: string,
  preset: string,
  lang: 'vi' | 'en' = 'vi',
): Promise<string> {
  const words = MENU_WORDS[lang];
  const figure = page.getByRole('figure', { name: title });
  const menu = figure.getByRole('group', { name: words.menu });
  // Opened unless its button says it is (a menu still loading its code has no size yet, and a
  // second click would close it). A click that did not open it (seen once in CI, the card's
  // button left unexpanded and no menu anywhere) is made again, as a reader would.
  const toggle = figure.getByRole('button', { name: words.open, exact: true });
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  await menu.getByLabel(words.size).selectOption(preset);
  const file = await download(page, () => menu.getByRole('button', { name: words.svg }).click());
  return (await bytesOf(file)).toString('utf8');
}

test('exported slides, 16:9 and 4:3, are read in a meeting: no text under 24 px, the title 48 px, nothing past the edge', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openDashboard(page);
  for (const title of FIGURES) {
    for (const [preset, width, height] of [
      ['slide-16-9', 1920, 1080],
      ['slide-4-3', 1600, 1200],
    ] as const) {
      const reading = await readSvg(page, await exportedSvg(page, title, preset));
      const where = `${title}, ${preset}`;
      expect(reading.viewBox, where).toEqual({ width, height });
      expect(reading.size, where).toEqual([String(width), String(height)]);
      expect(reading.texts.length, where).toBeGreaterThan(10);
      const smallest = reading.texts.reduce((least, text) => (text.px < least.px ? text : least));
      expect(smallest.px, `${where}: smallest text, “${smallest.text}”`).toBeGreaterThanOrEqual(
        23.9,
      );
      const heading = reading.texts.find((text) => text.text === title);
      expect(heading?.px ?? 0, `${where}: title`).toBeGreaterThanOrEqual(47.9);
      expect(reading.outside, `${where}: text past the edge`).toEqual([]);
    }
  }
  // In English, whose topic names are longer, the figure with the most text.
  await openDashboard(page, '?lang=en');
  for (const preset of ['slide-16-9', 'slide-4-3']) {
    const title = 'Indicators met, and indicators by topic';
    const reading = await readSvg(page, await exportedSvg(page, title, preset, 'en'));
    const smallest = reading.texts.reduce((least, text) => (text.px < least.px ? text : least));
    expect(smallest.px, `${title}, ${preset}: “${smallest.text}”`).toBeGreaterThanOrEqual(23.9);
    expect(reading.outside, `${title}, ${preset}: text past the edge`).toEqual([]);
  }
});

test('an A4 export opens at its printed size, its type in print sizes: 9 pt and more, the title 18 pt', async ({
  page,
}) => {
  await openDashboard(page);
  for (const title of [BUDGET, 'Trường công lập đạt chuẩn quốc gia']) {
    const reading = await readSvg(page, await exportedSvg(page, title, 'a4-landscape'));
    expect(reading.size).toEqual(['297mm', '210mm']);
    // The image's units are CSS pixels of a page 297 mm wide: 96 to the inch, 72 points.
    const ptPerUnit = (297 / 25.4) * (72 / reading.viewBox.width);
    const points = (px: number) => px * ptPerUnit;
    const smallest = Math.min(...reading.texts.map((text) => text.px));
    expect(points(smallest), title).toBeGreaterThanOrEqual(8.95);
    const heading = reading.texts.find((text) => text.text === title);
    expect(points(heading?.px ?? 0), title).toBeGreaterThanOrEqual(17.9);
    expect(reading.outside, title).toEqual([]);
  }
});

test('an exported slide is laid out for what it holds: two districts side by side, one bar drawn large, a band in the middle', async ({
  page,
}) => {
  await openDashboard(page);
  const budget = await readSvg(page, await exportedSvg(page, BUDGET, 'slide-16-9'));
  expect(budget.charts).toHaveLength(2);
  const [left, right] = budget.charts;
  // Side by side, of one height, each taking a good part of the slide.
  expect(Math.round(left?.y ?? -1)).toBe(Math.round(right?.y ?? -2));
  expect((left?.x ?? 0) + (left?.width ?? 0)).toBeLessThanOrEqual(right?.x ?? 0);
  expect(left?.height ?? 0).toBeGreaterThan(1080 * 0.3);

  for (const [preset, height] of [
    ['slide-16-9', 1080],
    ['slide-4-3', 1200],
  ] as const) {
    const schools = await readSvg(
      page,
      await exportedSvg(page, 'Trường công lập đạt chuẩn quốc gia', preset),
    );
    const [chart] = schools.charts;
    if (!chart) throw new Error('no chart');
    // One district's one bar, drawn large: its value in type half as large again as a
    // slide's 24 px ...
    const value = schools.texts.find((text) => text.text.includes('43 / 62'));
    expect(value?.px ?? 0, preset).toBeGreaterThanOrEqual(36);
    // ... a band, not a bar stretched over the slide ...
    expect(chart.height, preset).toBeLessThan(height * 0.5);
    // ... in the middle of the room the words leave it.
    const middle = chart.y + chart.height / 2;
    expect(Math.abs(middle - height / 2), preset).toBeLessThan(height * 0.12);
  }
});

test('CSV has a BOM, Vietnamese headers and letters, one row per data point', async ({ page }) => {
  await openDashboard(page);
  const figure = await openExport(page, BUDGET);
  const file = await download(page, () =>
    figure.getByRole('button', { name: 'Tải số liệu CSV' }).click(),
  );
  expect(file.suggestedFilename()).toBe('thu-ngan-sach_cac-quan_cac-ky.csv');
  const bytes = await bytesOf(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^Biểu đồ;Chỉ số;Đơn vị;Kỳ;/);
  expect(lines).toHaveLength(5);
  expect(text).toContain('Cầu Giấy;6 tháng đầu năm 2024');
  // A number in a ";" file, written as Vietnamese Excel reads one: no quotes needed.
  expect(text).toContain(';12.455,236;');
  expect(text).toContain('Đống Đa');
});

test('copy image puts a PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page);
  const figure = await openExport(page, 'Trường công lập đạt chuẩn quốc gia');
  await figure.getByRole('button', { name: 'Sao chép ảnh' }).click();
  await expect(figure.getByRole('status')).toContainText('Đã sao chép ảnh');
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const blob = await item.getType('image/png');
    return { types: item.types, size: blob.size };
  });
  expect(clipboard?.types).toContain('image/png');
  expect(clipboard?.size ?? 0).toBeGreaterThan(5000);
});

test('when the browser refuses the clipboard, it says so and offers the download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'write', {
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
  });
  await openDashboard(page);
  const figure = await openExport(page, 'Trường công lập đạt chuẩn quốc gia');
  await figure.getByRole('button', { name: 'Sao chép ảnh' }).click();
  const alert = figure.getByRole('alert');
  await expect(alert).toContainText('Trình duyệt không cho phép sao chép ảnh');
  const file = await download(page, () =>
    alert.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
  );
  expect(file.suggestedFilename()).toMatch(/^truong-dat-chuan_.*\.png$/);
});

test('"export all" gives one ZIP with a PNG and a CSV per chart, in page order', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Xuất cả trang' }).click();
  const file = await download(page, () =>
    page
      .getByRole('group', { name: 'Xuất cả trang' })
      .getByRole('button', { name: 'Xuất tất cả biểu đồ (ZIP)' })
      .click(),
  );
  expect(file.suggestedFilename()).toBe('bieu-do_cac-nam.zip');
  const entries = unzipSync(new Uint8Array(await bytesOf(file)));
  const names = Object.keys(entries).sort();
  expect(names).toEqual([
    '01_thu-ngan-sach_cac-quan_cac-ky.csv',
    '01_thu-ngan-sach_cac-quan_cac-ky.png',
    '02_truong-dat-chuan_dong-da_den-thang-10-2022.csv',
    '02_truong-dat-chuan_dong-da_den-thang-10-2022.png',
    '03_chi-tieu_cau-giay_cac-ky.csv',
    '03_chi-tieu_cau-giay_cac-ky.png',
    '04_tien-do-nhiem-vu_cac-quan_cac-ky.csv',
    '04_tien-do-nhiem-vu_cac-quan_cac-ky.png',
  ]);
  for (const name of names.filter((n) => n.endsWith('.png'))) {
    expect(pngSize(Buffer.from(entries[name] as Uint8Array))).toEqual({
      width: 1920,
      height: 1080,
    });
  }
});

test('the export code loads only when someone exports', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await openDashboard(page);
  expect(scripts.some((url) => /exporter/.test(url))).toBe(false);
  const figure = await openExport(page, BUDGET);
  await download(page, () => figure.getByRole('button', { name: 'Tải số liệu CSV' }).click());
  expect(scripts.some((url) => /exporter/.test(url))).toBe(true);
});

test('the menu keeps its choices and its last message when closed; if its code cannot load, it says so and offers a reload', async ({
  page,
}) => {
  await openDashboard(page);
  const figure = await openExport(page, BUDGET);
  const menu = figure.getByRole('group', { name: /Thu ngân sách nhà nước/ });
  await menu.getByLabel('Kích thước').selectOption('slide-16-9');
  await menu.getByLabel('Nền trong suốt').check();
  await download(page, () => menu.getByRole('button', { name: 'Tải số liệu CSV' }).click());
  await expect(menu.getByRole('status')).toContainText('.csv');
  await menu.getByRole('button', { name: 'Đóng' }).click();
  await expect(menu).toBeHidden();
  await figure.getByRole('button', { name: 'Xuất' }).click();
  await expect(menu.getByLabel('Kích thước')).toHaveValue('slide-16-9');
  await expect(menu.getByLabel('Nền trong suốt')).toBeChecked();
  // What the last export did is still said.
  await expect(menu.getByRole('status')).toContainText('.csv');

  // Another page, whose menu code cannot be fetched (a dropped connection, a stale release).
  await page.route(/ExportPanel-[^/]*\.js$/, (route) => route.abort());
  page.removeAllListeners('console');
  await openDashboard(page, '?lang=vi');
  const card = page.getByRole('figure', { name: BUDGET });
  await card.getByRole('button', { name: 'Xuất' }).click();
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('Không tải được phần xuất tệp');
  await expect(alert).toContainText('Số liệu không bị mất');
  await expect(alert.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
});

test('the whole chart is exported even when the window is small and scrolled', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 500 });
  await openDashboard(page);
  const figure = page.getByRole('figure', { name: 'Tiến độ các nhiệm vụ khác' });
  await figure.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await figure.getByRole('button', { name: 'Xuất' }).click();
  await figure.getByLabel('Kích thước').selectOption('slide-16-9');
  const bytes = await bytesOf(
    await download(page, () => figure.getByRole('button', { name: 'Tải ảnh PNG' }).click()),
  );
  expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });
  expect(await inkedShare(page, bytes)).toBeGreaterThan(0.02);
});

test('the export menu is accessible and speaks English when the page does', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  const figure = page.getByRole('figure', { name: 'State budget revenue against the estimate' });
  const toggle = figure.getByRole('button', { name: 'Export' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const menu = figure.getByRole('group', {
    name: 'Export the chart “State budget revenue against the estimate”',
  });
  await expect(menu.getByLabel('Size')).toBeVisible();
  await expect(menu.getByRole('button', { name: 'Download PNG' })).toBeVisible();
  await menu.getByLabel('Size').selectOption('slide-16-9');
  await expect(menu.getByLabel('Resolution')).toContainText('2× (3840 × 2160 pixels)');
  await menu.getByRole('button', { name: 'Download SVG' }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  const results = await new AxeBuilder({ page }).include('#figure-budget').analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => v.id)).toEqual([]);
});

test(
  'on a phone the export menu is a sheet on the screen, closed by its own button',
  { tag: '@layout' },
  async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await openDashboard(page);
    const figure = page.getByRole('figure', { name: 'Trường công lập đạt chuẩn quốc gia' });
    await figure.scrollIntoViewIfNeeded();
    const toggle = figure.getByRole('button', { name: 'Xuất' });
    await toggle.click();
    const menu = figure.getByRole('group', { name: /Trường công lập đạt chuẩn quốc gia/ });
    await expect(menu.getByRole('button', { name: 'Tải ảnh PNG' })).toBeVisible();
    // Wholly on the screen: the menu used to hang off its left edge.
    const box = await menu.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(412);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(823);
    await menu.getByRole('button', { name: 'Đóng' }).click();
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
  },
);

for (const width of [1024, 1366]) {
  test(`at ${width} px the export menu under a long chart title opens on the screen, every action in reach @layout`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await openDashboard(page, '?unit=cau-giay&year=2024');
    // An ordinary long title (about 110 characters) wraps the "Xuất" button under it, at the left.
    const title =
      'Thu ngân sách nhà nước trên địa bàn quận so với dự toán Hội đồng nhân dân quận giao, theo từng kỳ báo cáo';
    const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
      figures: { id: string; title: { vi: string } }[];
    };
    data.figures.find((figure) => figure.id === 'budget')!.title.vi = title;
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu' });
    await dialog.getByLabel('Chọn tệp').setInputFiles({
      name: 'tieu-de-dai.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn muốn nhập').check();
    await dialog.getByRole('button', { name: 'Áp dụng' }).click();
    await expect(dialog).toBeHidden();

    const figure = await openExport(page, title);
    const panel = figure.getByRole('group', { name: /Xuất/ });
    await expect(panel.getByRole('button', { name: 'Tải ảnh PNG' })).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
    const file = await download(page, () =>
      panel.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    );
    expect(file.suggestedFilename()).toMatch(/\.png$/);
  });
}

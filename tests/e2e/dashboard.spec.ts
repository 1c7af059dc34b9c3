import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { withMadeUpDistricts } from '../fixtures/made-up-districts';
import {
  expect,
  expectNoBrokenValues,
  layoutShifts,
  openDashboard,
  newContext,
  recordLayoutShifts,
  scrollThrough,
  test,
} from './fixtures';

const PHONE = { width: 412, height: 823 };

const kpis = (page: Page) => page.getByRole('region', { name: 'Số liệu chính' });

test('shows every figure of the articles, formatted the vi-VN way, with its source', async ({
  page,
}) => {
  await openDashboard(page);
  await scrollThrough(page);
  await expect(page.getByText('Số liệu đến ngày 27/06/2024')).toBeVisible();

  const budgetCard = kpis(page).getByRole('article', {
    name: /Thu ngân sách nhà nước trên địa bàn, Cầu Giấy/,
  });
  await expect(budgetCard).toContainText('12.455,236');
  await expect(budgetCard).toContainText('19.492,8');
  await expect(budgetCard).toContainText('63,90%');
  await expect(budgetCard).toContainText('hơn 64%');
  await expect(budgetCard).toContainText('Không khớp với tỷ lệ tính được');

  const expectations: [RegExp, string[]][] = [
    [
      /Thu ngân sách nhà nước trên địa bàn, Đống Đa/,
      ['8.599,3', '67,8%', '≈ 12.683,3', 'ước tính'],
    ],
    [/Trường công lập đạt chuẩn quốc gia, Đống Đa/, ['43', '/ 62', '69,35%']],
    [/Chỉ tiêu đạt và vượt kế hoạch/, ['51', '/ 68', '75,00%']],
    [/Đề án, kế hoạch đã ban hành/, ['29', '/ 31', '93,55%']],
    [/Chi bộ hoàn thành đại hội/, ['819', '/ 819', '100,00%', 'Tỷ lệ trên tổng số']],
    [/Chỉ tiêu chủ yếu của Chương trình hành động/, ['39', 'Chưa có chỉ tiêu']],
  ];
  for (const [name, texts] of expectations) {
    const card = kpis(page).getByRole('article', { name });
    for (const text of texts) await expect(card).toContainText(text);
  }

  // F7 by topic, drawn as bar labels in the chart.
  const indicators = page.getByRole('figure', {
    name: 'Chỉ tiêu đạt được và chỉ tiêu theo lĩnh vực',
  });
  const labels = await indicators.locator('.recharts-label-list text').allTextContents();
  expect(labels.map((label) => label.replace(/\u00a0/g, ' '))).toEqual(
    expect.arrayContaining(['5 chỉ tiêu', '12 chỉ tiêu', '4 chỉ tiêu', '6 chỉ tiêu', '7 chỉ tiêu']),
  );

  // The budget in a chart per district, its periods in time order; derived values carry "≈".
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  await expect(budget.getByRole('heading', { level: 4 })).toHaveText(['Cầu Giấy', 'Đống Đa']);
  const barLabels = (await budget.locator('.recharts-label-list text').allTextContents()).map(
    (label) => label.replace(/\u00a0/g, ' '),
  );
  expect(barLabels).toEqual(
    expect.arrayContaining(['≈ 7.643,8', '8.599,3', '≈ 9.158,3', '12.455,236', '19.492,8']),
  );
  // Each district's periods are of one length (6 months, 9 months): no mixed axis to warn of.
  await expect(budget).not.toContainText('có độ dài khác nhau');

  const sources = page.getByRole('region', { name: 'Nguồn' });
  for (const file of [
    '000_baef6f43ce6b1d41.txt',
    '001_c17377f4227f1beb.txt',
    '002_748c56fe5ba81c01.txt',
    '003_b2821f4db8fccbda.txt',
    '004_4253697ec1058f96.txt',
  ]) {
    await expect(sources).toContainText(file);
  }
  await expectNoBrokenValues(page);
});

test('the data table lists exactly the numbers drawn, with their sources', async ({ page }) => {
  await openDashboard(page);
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  // Below the summary and the cards: scrolled to, as a reader would, and drawn by the app.
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.locator('.figure-prerendered-slot, .figure-pending')).toHaveCount(0);
  await budget.getByText('Xem bảng số liệu').click();
  // A table per district's chart: Cầu Giấy's two half years, then Đống Đa's two 9 months.
  const tables = budget.getByRole('table');
  await expect(tables).toHaveCount(2);
  await expect(tables.first()).toBeVisible();
  const rows = tables.locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('12.455,236');
  await expect(rows.nth(1)).toContainText('63,90%');
  await expect(rows.nth(1)).toContainText('hơn 64%');
  await expect(rows.nth(1)).toContainText('Hội nghị Ban Chấp hành lần thứ 24');
  await expect(rows.nth(2)).toContainText('≈ 7.643,8');
  await expect(rows.nth(2)).toContainText('8.599,3 / 1,125');
  await expect(rows.nth(2)).toContainText('chưa có số liệu');
});

test('each filter changes the view and the URL; reload and Back keep the view', async ({
  page,
}) => {
  await openDashboard(page);
  await expect(kpis(page).getByRole('article')).toHaveCount(7);

  await page.getByLabel('Năm', { exact: true }).selectOption('2022');
  await expect(page).toHaveURL(/\?year=2022$/);
  await expect(kpis(page).getByRole('article')).toHaveCount(4);

  await page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Phát triển kinh tế' });
  await expect(page).toHaveURL(/\?year=2022&topic=economy$/);
  await expect(kpis(page).getByRole('article')).toHaveCount(1);
  await expect(kpis(page)).toContainText('8.599,3');

  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Cầu Giấy' });
  await expect(page).toHaveURL(/\?year=2022&topic=economy&unit=cau-giay$/);
  // No figure for Cầu Giấy's 2022 revenue: a line says so, in place of an empty card, and the
  // article's words are shown.
  const noData = page
    .getByRole('region', { name: 'Biểu đồ' })
    .getByText('Không có số liệu cho lựa chọn này: Thu ngân sách nhà nước so với dự toán.');
  await expect(noData).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' }),
  ).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Ghi chú định tính' })).toContainText(
    'cơ bản hoàn thành các chỉ tiêu phát triển kinh tế - xã hội',
  );
  await expect(kpis(page)).toHaveCount(0);

  await page.reload();
  await expect(noData).toBeVisible();
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('cau-giay');

  await page.goBack();
  await expect(page).toHaveURL(/\?year=2022&topic=economy$/);
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('all');
  await expect(kpis(page)).toContainText('8.599,3');

  await page.goBack();
  await expect(page.getByLabel('Lĩnh vực', { exact: true })).toHaveValue('all');
  await expect(kpis(page).getByRole('article')).toHaveCount(4);

  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
});

test('Back onto an address in another order keeps Forward working', async ({ page }) => {
  await openDashboard(page, '?lang=en&year=2022');
  await page.getByLabel('District', { exact: true }).selectOption('dong-da');
  await expect(page).toHaveURL(/\?year=2022&unit=dong-da&lang=en$/);
  await page.goBack();
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('all');
  await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2022');
  await page.goForward();
  await expect(page).toHaveURL(/unit=dong-da/);
  await expect(page.getByLabel('District', { exact: true })).toHaveValue('dong-da');
});

test('a link opens exactly that view', async ({ page }) => {
  await openDashboard(page, '?year=2024&unit=cau-giay');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('cau-giay');
  // Revenue for the first half of 2024, indicators met and schemes issued, as of June 2024.
  await expect(kpis(page).getByRole('article')).toHaveCount(3);
  await expect(
    page.getByRole('figure', { name: 'Trường công lập đạt chuẩn quốc gia' }),
  ).toHaveCount(0);
  await expect(
    page.getByText(/^Không có số liệu cho lựa chọn này: .*Trường công lập đạt chuẩn quốc gia/),
  ).toBeVisible();
});

test('unknown values in the URL fall back to "all" without a crash', async ({ page }) => {
  await openDashboard(page, '?year=1999&topic=%3Cscript%3E&unit=ba-dinh&lang=fr');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('all');
  await expect(page.getByLabel('Lĩnh vực', { exact: true })).toHaveValue('all');
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('all');
  await expect(kpis(page).getByRole('article')).toHaveCount(7);
  await expect(page).toHaveURL(/\/$/);
});

test('?lang=en switches the interface to English, numbers included', async ({ page }) => {
  await openDashboard(page, '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('District indicator dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Year', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Topic', { exact: true })).toBeVisible();
  await expect(page.getByLabel('District', { exact: true })).toBeVisible();
  const headline = page.getByRole('region', { name: 'Headline figures' });
  await expect(headline).toContainText('12,455.236');
  await expect(headline).toContainText('Ahead of schedule');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Theo dõi chỉ tiêu phát triển quận',
  );
  await expectNoBrokenValues(page);
});

test('no NaN, Infinity or undefined in any view', async ({ page }) => {
  // Six views, each loaded and scrolled through: minutes on a busy machine.
  test.setTimeout(150_000);
  for (const search of [
    '',
    '?year=2021',
    '?year=2023',
    '?topic=security-defence',
    '?unit=dong-da&lang=en',
    '?year=2021&unit=cau-giay',
  ]) {
    await page.goto(`/${search}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /Nguồn|Sources/ })).toBeVisible();
    await expectNoBrokenValues(page);
  }
});

for (const search of ['', '?lang=en', '?year=2021&unit=cau-giay']) {
  test(`axe finds no serious or critical violation at /${search}`, async ({ page }) => {
    // axe analyses whole pages: on a busy machine that takes time, which is no fault of the page.
    test.setTimeout(120_000);
    await page.goto(`/${search}`);
    await expect(page.getByRole('region', { name: /Nguồn|Sources/ })).toBeVisible();
    // Every card drawn by the app, as after a reader's scroll, then every table opened.
    await scrollThrough(page);
    for (const summary of await page.locator('details summary').all()) await summary.click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('an invalid data file gets a clear message naming the field', async ({ page }) => {
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
    observations: { value: unknown }[];
    periods: { end: string }[];
  };
  data.observations[2]!.value = 70;
  data.periods[1]!.end = '2021-12-31';
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: data }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tệp dữ liệu không hợp lệ');
  await expect(alert).toContainText('observations[2].value: Số lượng lớn hơn tổng số');
  await expect(alert).toContainText('periods[1].end: Ngày kết thúc trước ngày bắt đầu');
});

test('a data file that cannot be fetched offers a retry', async ({ page }) => {
  let calls = 0;
  await page.route('**/data/dataset.json', (route) => {
    calls += 1;
    return calls <= 3 ? route.fulfill({ status: 503, body: 'down' }) : route.fallback();
  });
  // The failed fetches are reported by the browser itself as console errors; that is expected here.
  page.removeAllListeners('console');
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không tải được dữ liệu', { timeout: 15_000 });
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await expect(kpis(page)).toContainText('12.455,236');
});

test(
  'shows its text in the system font, fetches no font file, and fits a 1024 px laptop without sideways scrolling',
  { tag: '@layout' },
  async ({ page, pageFont }) => {
    const fontFiles: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font' || /\.woff2?$/.test(request.url()))
        fontFiles.push(request.url());
    });
    await page.setViewportSize({ width: 1024, height: 768 });
    await openDashboard(page);
    await scrollThrough(page);
    // Every Vietnamese letter comes from the system's interface font; nothing waits for a web font.
    expect(fontFiles).toEqual([]);
    // The stylesheet asks for the system's font; the second-font project sets its own on top.
    const declared = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .map((rule) =>
          rule instanceof CSSStyleRule && rule.selectorText === ':root'
            ? rule.style.getPropertyValue('--font').trim()
            : '',
        )
        .find(Boolean),
    );
    expect(declared).toMatch(/^system-ui/);
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toMatch(pageFont ? `"${pageFont}"` : /^system-ui/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  },
);

test('its symbols are drawn in the text’s colour by the stylesheet, not taken from some other font', async ({
  page,
}) => {
  await openDashboard(page);
  await scrollThrough(page);
  // ✓ ▲ ○ ⚠ ▶ are missing from most interface fonts: as text, each was drawn from whatever font
  // the system had, in a weight and size that did not match the words beside it.
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/[✓▲○⚠▶▾]/u);
  const badge = kpis(page)
    .getByRole('article', { name: /Thu ngân sách nhà nước trên địa bàn, Cầu Giấy/ })
    .locator('.status-badge');
  await expect(badge).toHaveText('Vượt tiến độ');
  const icon = badge.locator('.icon');
  const [iconBox, badgeColour, iconColour] = await Promise.all([
    icon.boundingBox(),
    badge.evaluate((element) => getComputedStyle(element).color),
    // Ahead of schedule: ▲, a triangle drawn by its bottom border.
    icon.evaluate((element) => getComputedStyle(element, '::before').borderBottomColor),
  ]);
  expect(iconBox?.width).toBeGreaterThan(8);
  expect(iconColour).toBe(badgeColour);
  await expect(page.getByRole('button', { name: 'Trình chiếu' }).locator('.icon')).toBeVisible();
  await expect(
    kpis(page)
      .getByRole('note')
      .filter({ hasText: 'Không khớp với tỷ lệ tính được' })
      .locator('.icon-warning'),
  ).toBeVisible();
});

test(
  'each bar’s value is written on one line just above its bar, or just after or inside its end',
  { tag: '@layout' },
  async ({ page }) => {
    await openDashboard(page);
    await scrollThrough(page);
    const geometry = async (name: string) => {
      const figure = page.getByRole('figure', { name });
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('.recharts-label-list text').first()).toBeVisible();
      return figure.evaluate((element) => {
        const boxes = (selector: string) =>
          [...element.querySelectorAll(selector)].map((node) => node.getBoundingClientRect());
        return {
          bars: boxes('.recharts-bar-rectangle path').filter(
            (box) => box.width > 0 && box.height > 0,
          ),
          labels: [...element.querySelectorAll('.recharts-label-list text')].map((node) => ({
            box: node.getBoundingClientRect(),
            lines: node.getClientRects().length,
          })),
        };
      });
    };

    // Grouped upright bars: each label centred over a bar, its foot within a few pixels of the top.
    const budget = await geometry('Thu ngân sách nhà nước so với dự toán');
    expect(budget.labels.length).toBeGreaterThanOrEqual(6);
    for (const { box, lines } of budget.labels) {
      expect(lines).toBe(1);
      const centre = box.left + box.width / 2;
      const bar = budget.bars.find(
        (candidate) => Math.abs(candidate.left + candidate.width / 2 - centre) < 1.5,
      );
      expect(bar, `a bar under the label at x = ${centre}`).toBeDefined();
      const gap = bar!.top - box.bottom;
      expect(gap).toBeGreaterThanOrEqual(-1);
      expect(gap).toBeLessThanOrEqual(10);
    }

    // Horizontal bars: each label starts just after a bar's end, or, where the chart leaves no
    // room there, ends just inside it; centred on it either way.
    const schools = await geometry('Trường công lập đạt chuẩn quốc gia');
    expect(schools.labels.length).toBeGreaterThanOrEqual(1);
    for (const { box, lines } of schools.labels) {
      expect(lines).toBe(1);
      const middle = box.top + box.height / 2;
      const bar = schools.bars.find((candidate) => {
        if (Math.abs(candidate.top + candidate.height / 2 - middle) >= 3) return false;
        const after = box.left - candidate.right;
        const inside = candidate.right - box.right;
        return (
          (after >= 0 && after <= 10) || (inside >= 0 && inside <= 10 && box.left >= candidate.left)
        );
      });
      expect(
        bar,
        `a bar ending just before or just after the label at y = ${middle}`,
      ).toBeDefined();
    }
  },
);

test('target and result are told apart without colour: patterns, outlines and labels', async ({
  page,
}) => {
  await openDashboard(page);
  const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
  await budget.scrollIntoViewIfNeeded();
  await expect(budget.locator('.recharts-bar-rectangle path').first()).toBeAttached();
  const fills = await budget
    .locator('.recharts-bar-rectangle path')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill') ?? ''));
  expect(fills.some((fill) => fill.startsWith('url(#') && fill.includes('-target'))).toBe(true);
  expect(fills.some((fill) => fill.startsWith('url(#') && fill.includes('-derived'))).toBe(true);
  expect(fills.some((fill) => fill.startsWith('#'))).toBe(true);
  // One legend for the districts' charts side by side.
  const legend = budget.locator('.legend');
  await expect(legend).toHaveCount(1);
  await expect(legend).toContainText('Thực hiện');
  await expect(legend).toContainText('Dự toán cả năm');
  await expect(legend).toContainText('Giá trị suy ra');
});

test('runs under a Content-Security-Policy with no remote script and no inline script but its own, and breaks none of it', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await openDashboard(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  expect(policy).toContain("default-src 'self'");
  // Exercise the parts that draw images and fetch fonts: the export.
  const figure = page.getByRole('figure', { name: 'Trường công lập đạt chuẩn quốc gia' });
  await figure.getByRole('button', { name: 'Xuất' }).click();
  await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
  ]);
  await page.goto('/?present=1&slide=3');
  await expect(page.locator('.slide-counter')).toHaveText('3 / 10');
  expect(violations).toEqual([]);
  // One inline script, the one that decides whether the pre-rendered dashboard is shown, allowed
  // by its own hash; any other would be refused.
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64');
  expect(policy).toContain(`'sha256-${hash}'`);
});

test(
  'nothing on the page moves while it loads, or as a reader scrolls, on a desktop and on a phone',
  { tag: '@layout' },
  async ({ browser, pageFont }) => {
    for (const viewport of [
      { width: 1350, height: 940 },
      { width: 412, height: 823 },
    ]) {
      const context = await newContext(browser, pageFont, { viewport });
      const page = await context.newPage();
      await recordLayoutShifts(page);
      await openDashboard(page);
      // Cards further down are drawn as they are scrolled to, each where its place was kept.
      await scrollThrough(page);
      // Every chart frame holds its drawn chart.
      expect(await page.locator('.chart').count()).toBeGreaterThan(0);
      await expect(page.locator('.chart:not(:has(.recharts-surface))')).toHaveCount(0);
      const shifts = await layoutShifts(page);
      expect(shifts, `layout shifts at ${viewport.width} px`).toEqual([]);
      // Nor does anything stick out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await context.close();
    }
  },
);

test(
  'on a phone, each district’s chart names its periods under the bars, and they do not overlap',
  { tag: '@layout' },
  async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openDashboard(page);
    const budget = page.getByRole('figure', { name: 'Thu ngân sách nhà nước so với dự toán' });
    await budget.scrollIntoViewIfNeeded();
    const ticks = budget.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(ticks).toHaveCount(4);
    // The chart is headed by its district: under a bar, the period alone.
    expect(await ticks.first().locator('tspan').allTextContents()).toEqual(['6T/2023', '']);
    const panels = budget.locator('.panel');
    await expect(panels).toHaveCount(2);
    for (const panel of await panels.all()) {
      const boxes = await panel
        .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
        .evaluateAll((texts) =>
          texts.map((text) => {
            const box = text.getBoundingClientRect();
            return { left: box.left, right: box.right };
          }),
        );
      expect(boxes).toHaveLength(2);
      // Every pair, so that a failure tells by how much each overlaps, in the font in use.
      const overlaps = boxes.slice(1).flatMap((box, i) => {
        const overlap = (boxes[i]?.right ?? Infinity) - box.left;
        return overlap > 0
          ? [`label ${i + 1} starts ${overlap.toFixed(1)} px before label ${i} ends`]
          : [];
      });
      expect(overlaps).toEqual([]);
    }
  },
);

test('on a phone, opening the page draws no chart far below the first screen until it is scrolled near', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  // The page's own clock: however long the reader stays on the first screen is run through at
  // once, with every timer and frame the app had asked for in that time.
  await page.clock.install();
  await openDashboard(page);
  await page.clock.runFor(5_000);
  // The first chart card is several screens down: it keeps the body the build drew, whose charts
  // were drawn for wider screens and are not shown on a phone; the app has drawn no chart.
  const first = page.locator('.figure-card').first();
  await expect(first.locator('.figure-prerendered')).toHaveCount(1);
  await expect(page.locator('.chart:not(.chart-prerendered) .recharts-surface')).toHaveCount(0);
  await expect(page.locator('.recharts-surface').filter({ visible: true })).toHaveCount(0);
  // Scrolled to within a screen of it (1300 px down: past the 400 px band below the viewport,
  // within the screen's height), it is drawn before it comes into view: where it was when its
  // chart was drawn is noted then.
  await first.evaluate((card) => {
    const noted = card as HTMLElement & { drawnAt?: number };
    const watcher = new MutationObserver(() => {
      if (noted.drawnAt == null && card.querySelector('.chart:not(.chart-prerendered) svg')) {
        noted.drawnAt = card.getBoundingClientRect().top;
        watcher.disconnect();
      }
    });
    watcher.observe(card, { childList: true, subtree: true });
    window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 1300);
  });
  await expect(first.locator('.chart:not(.chart-prerendered) .recharts-surface')).not.toHaveCount(
    0,
  );
  const drawnAt = await first.evaluate(
    (card) => (card as HTMLElement & { drawnAt?: number }).drawnAt,
  );
  expect(drawnAt).toBeGreaterThan(823 + 400);
});

test('cards and charts out of view are redrawn after a filter change, without scrolling, to the same page as a fresh load', async ({
  page,
}) => {
  // Three loads of the whole page, each scrolled through: minutes on a busy machine.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 600 });
  const pictures = () =>
    page
      .locator('.chart')
      .evaluateAll((charts) =>
        charts.map((chart) => chart.querySelector('svg')?.textContent ?? ''),
      );
  const cards = () =>
    page
      .locator('.kpi-card, .figure-card')
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
  const allDrawn = async () => {
    await expect(page.locator('.chart-pending, .figure-pending, .kpi-card-pending')).toHaveCount(
      0,
      { timeout: 15_000 },
    );
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  };

  // Every card is drawn once scrolled to; Recharts completes a drawing over a few frames: read
  // once two frames in a row show the same page.
  const frames = () =>
    page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  const settled = async () => {
    await expect(page.locator('.kpi-card:not(.kpi-card-pending)').first()).toBeVisible();
    await scrollThrough(page);
    await allDrawn();
    let shown = { pictures: await pictures(), cards: await cards() };
    await expect
      .poll(async () => {
        await frames();
        const previous = shown;
        shown = { pictures: await pictures(), cards: await cards() };
        return JSON.stringify(shown) === JSON.stringify(previous);
      })
      .toBe(true);
    return shown;
  };

  await page.goto('/?unit=dong-da');
  const fresh = await settled();

  // Every card drawn once (scrolled through), then back at the top: a change redraws them all.
  await page.goto('/');
  const before = await settled();
  expect(before.pictures).not.toEqual(fresh.pictures);
  expect(before.cards).not.toEqual(fresh.cards);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption('dong-da');
  // What is in view is current at once, not marked busy: read once, right after the change.
  const inView = await page.evaluate(() => {
    const item = document.querySelector('.kpi-grid > li');
    return { text: item?.querySelector('.kpi-card')?.textContent, busy: item?.ariaBusy ?? null };
  });
  expect(inView).toEqual({ text: fresh.cards[0], busy: null });
  await expect.poll(pictures).toEqual(fresh.pictures);
  await expect.poll(cards).toEqual(fresh.cards);
  await allDrawn();
  // Nothing was scrolled: the last card and chart were redrawn out of view.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a dashboard of many districts shows a page of headline cards, and more on request from the keyboard', async ({
  page,
}) => {
  const many = withMadeUpDistricts(30);
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: many }));
  await openDashboard(page);
  const section = kpis(page);
  const cards = section.locator('.kpi-grid > li');
  await expect(cards).toHaveCount(24);
  const status = section.getByRole('status');
  await expect(status).toHaveText(/^Đang hiện 24 trong (\d+) số liệu chính\.$/);
  const total = Number(/trong (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(48);

  // From the keyboard: the button says what it adds.
  const more = section.getByRole('button', { name: 'Hiện thêm 24' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(48);
  await expect(status).toHaveText(`Đang hiện 48 trong ${total} số liệu chính.`);
  // The focus goes to the first card added, to read on from there.
  await expect(cards.nth(24)).toBeFocused();

  // The charts still hold every district: the filter by district lists them all.
  await expect(page.getByLabel('Đơn vị', { exact: true }).locator('option')).toHaveCount(
    many.units.length + 1,
  );

  // Once the cards near the button are drawn (drawn as they come near, they change its place:
  // a click as the page moves under the pointer would miss, for a reader as for the test).
  const all = section.getByRole('button', { name: `Hiện tất cả ${total}` });
  await all.scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.kpi-card-pending')].filter((card) => {
            const { top, bottom } = card.getBoundingClientRect();
            return bottom > -window.innerHeight && top < 2 * window.innerHeight;
          }).length,
      ),
    )
    .toBe(0);
  await all.click();
  await expect(cards).toHaveCount(total);
  await expect(section.getByRole('button')).toHaveCount(0);
  // The buttons are gone; the focus is not lost with them.
  await expect(cards.nth(48)).toBeFocused();
  await expect(status).toHaveText(`Đang hiện ${total} trong ${total} số liệu chính.`);
  // What is drawn (cards and charts near the viewport: a large dashboard draws only those).
  await section.locator('.kpi-grid > li').last().scrollIntoViewIfNeeded();
  await expect(section.locator('.kpi-grid > li').last().locator('.kpi-card-pending')).toHaveCount(
    0,
  );
  expect(await page.locator('body').innerText()).not.toMatch(
    /\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object Object\]/,
  );
});

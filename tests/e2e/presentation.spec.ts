import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openDashboard, test } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: /Trình chiếu|Presentation/ });
const counter = (page: Page) => dialog(page).locator('.slide-counter');

async function expectSlide(page: Page, slide: number, of = 10) {
  await expect(counter(page)).toHaveText(`${slide} / ${of}`);
  await expect(page).toHaveURL(new RegExp(`present=1&slide=${slide}(&|$)`));
}

test('starts from the button and walks the deck with every key', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 1);
  await expect(dialog(page).getByRole('heading', { level: 1 })).toHaveText(
    'Theo dõi chỉ tiêu phát triển quận',
  );

  const steps: [string, number][] = [
    ['ArrowRight', 2],
    ['PageDown', 3],
    ['Space', 4],
    ['Enter', 5],
    ['ArrowLeft', 4],
    ['PageUp', 3],
    ['Backspace', 2],
    ['End', 10],
    ['Home', 1],
  ];
  for (const [key, slide] of steps) {
    await page.keyboard.press(key);
    await expectSlide(page, slide);
  }
  await page.keyboard.press('7');
  await expect(dialog(page)).toContainText('Đến trang 7');
  await page.keyboard.press('Enter');
  await expectSlide(page, 7);
  await page.keyboard.press('9');
  await page.keyboard.press('9');
  await page.keyboard.press('Enter');
  await expectSlide(page, 10);
});

test('a headline slide flags a stated share that disagrees with a drawn warning sign, not a font’s', async ({
  page,
}) => {
  await page.goto('/?present=1&slide=2');
  await expectSlide(page, 2);
  const flag = dialog(page).locator('.slide-warning');
  await expect(flag).toContainText('Bài viết ghi hơn 64%');
  await expect(flag.locator('.icon-warning')).toBeVisible();
  expect(await dialog(page).innerText()).not.toContain('⚠');
});

test('opens from a link onto a slide, and a reload keeps it', async ({ page }) => {
  await page.goto('/?present=1&slide=3');
  await expectSlide(page, 3);
  await expect(dialog(page).getByRole('heading', { level: 2 })).toHaveText(
    'Thu ngân sách nhà nước so với dự toán',
  );
  await page.reload();
  await expectSlide(page, 3);
  await page.goto('/?present=1&slide=99');
  await expectSlide(page, 10);
});

test('Esc returns to the dashboard as it was, filters and scroll included', async ({ page }) => {
  await openDashboard(page, '?year=2022&unit=dong-da');
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(() => window.scrollY);
  // A DOM click: Playwright's own click would first scroll the header button into view.
  await page
    .getByRole('button', { name: /Trình chiếu/ })
    .evaluate((button) => (button as HTMLButtonElement).click());
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toContainText(
    'Năm: 2022 · Lĩnh vực: Tất cả lĩnh vực · Đơn vị: Đống Đa',
  );
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/\?year=2022&unit=dong-da$/);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
  await expect(page.getByLabel('Đơn vị', { exact: true })).toHaveValue('dong-da');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('Back leaves the presentation rather than stepping through slides', async ({ page }) => {
  await openDashboard(page, '?topic=economy');
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  // Title, headline figures, revenue, the programme's 5 economic indicators, sources.
  await expectSlide(page, 1, 5);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, 5);
  await page.goBack();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/\?topic=economy$/);
});

test('auto-advance moves on by itself, loops, and any key pauses it', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?topic=economy&present=1&slide=3&auto=10');
  await expectSlide(page, 3, 5);
  await expect(dialog(page)).toContainText('Tự chuyển mỗi 10 giây');
  await page.clock.fastForward(10_000);
  await expectSlide(page, 4, 5);
  await page.clock.fastForward(10_000);
  await expectSlide(page, 5, 5);
  await page.clock.fastForward(10_000);
  await expectSlide(page, 1, 5);
  await page.keyboard.press('Shift');
  await expect(dialog(page)).toContainText('Đã dừng tự chuyển');
  await page.clock.fastForward(30_000);
  await expectSlide(page, 1, 5);
});

test('the current chart slide can be exported as a 16:9 PNG', async ({ page }) => {
  await page.goto('/?present=1&slide=3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page).getByRole('button', { name: 'Xuất ảnh trang này' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('thu-ngan-sach_cac-quan_cac-ky.png');
  const bytes = readFileSync(await download.path());
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
] as const) {
  test(
    `at ${width}×${height} every slide fits without scrolling${width === 1920 ? ', in type a room can read' : ''}`,
    { tag: '@layout' },
    async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?present=1&slide=1');
      await expectSlide(page, 1);
      for (let slide = 1; slide <= 10; slide += 1) {
        await expectSlide(page, slide);
        // The slide as the room sees it: its charts drawn at the size they were given.
        await expect(page.locator('.slide .chart-pending')).toHaveCount(0);
        await expect(page.locator('.slide .chart:not(:has(.recharts-surface))')).toHaveCount(0);
        const fit = () =>
          page.evaluate(() => {
            const root = document.documentElement;
            const overflowing = [
              ...document.querySelectorAll(
                '.slide, .slide-body, .slide-charts, .slide-kpi, .slide-notes',
              ),
            ]
              .filter(
                (element) =>
                  element.scrollHeight > element.clientHeight + 1 ||
                  element.scrollWidth > element.clientWidth + 1,
              )
              .map((element) => element.className);
            const stage = document.querySelector('.slide-stage')?.getBoundingClientRect();
            return {
              // The page under the slides may be long, but the window must not scroll.
              pageScrolls:
                getComputedStyle(root).overflow !== 'hidden' &&
                (root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth),
              overflowing,
              stageInside:
                !!stage &&
                stage.left >= -1 &&
                stage.top >= -1 &&
                stage.right <= window.innerWidth + 1 &&
                stage.bottom <= window.innerHeight + 1,
            };
          });
        // Read until it holds: the slide fades in, and its charts take a frame to fit their boxes.
        await expect
          .poll(fit, { message: `slide ${slide}` })
          .toEqual({ pageScrolls: false, overflowing: [], stageInside: true });

        if (width === 1920) {
          const sizes = await page.evaluate(() => {
            const slideElement = document.querySelector('.slide');
            if (!slideElement) return [];
            const result: { text: string; px: number }[] = [];
            const walker = document.createTreeWalker(slideElement, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent?.trim();
              const parent = node.parentElement;
              if (!text || !parent) continue;
              const style = getComputedStyle(parent);
              if (style.display === 'none' || style.visibility === 'hidden') continue;
              result.push({ text, px: parseFloat(style.fontSize) });
            }
            return result;
          });
          expect(sizes.length, `slide ${slide} has text`).toBeGreaterThan(3);
          const tooSmall = sizes.filter((entry) => entry.px < 16);
          expect(tooSmall, `slide ${slide}: text under 16 px`).toEqual([]);
          const large = sizes.filter((entry) => entry.px >= 24).length / sizes.length;
          expect(large, `slide ${slide}: share of text at 24 px or more`).toBeGreaterThanOrEqual(
            0.95,
          );
        }
        await page.keyboard.press('ArrowRight');
      }
    },
  );
}

test(
  'a figure’s districts stand side by side on its slide, on one scale, with bars tall enough to read',
  { tag: '@layout' },
  async ({ page }) => {
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/?present=1&slide=3');
      await expectSlide(page, 3);
      const panels = dialog(page).locator('.slide-panel');
      await expect(panels).toHaveCount(2);
      await expect(panels.locator('h3')).toHaveText(['Cầu Giấy', 'Đống Đa']);
      await expect(dialog(page).locator('.slide .chart:not(:has(.recharts-surface))')).toHaveCount(
        0,
      );
      const charts = await panels.evaluateAll((elements) => {
        const stage = document.querySelector('.slide-stage')?.getBoundingClientRect();
        return elements.map((panel) => ({
          top: Math.round(panel.getBoundingClientRect().top),
          ticks: [...panel.querySelectorAll('.recharts-yAxis-tick-labels text')]
            .map((tick) => tick.textContent)
            .join(' '),
          // The value axis's length, from its 0 to its top tick, as a share of the slide's height.
          axis: (() => {
            const ticks = [...panel.querySelectorAll('.recharts-yAxis-tick-labels text')].map(
              (tick) => tick.getBoundingClientRect(),
            );
            const ends = ticks.map((box) => box.top + box.height / 2);
            return (Math.max(...ends) - Math.min(...ends)) / (stage?.height ?? Number.NaN);
          })(),
        }));
      });
      // Side by side: one row.
      expect(charts[0]?.top, `${width}`).toBe(charts[1]?.top);
      // One scale: Cầu Giấy's estimate, the largest figure, sets both axes.
      expect(charts.map((chart) => chart.ticks)).toEqual([
        '0 5.000 10.000 15.000 20.000',
        '0 5.000 10.000 15.000 20.000',
      ]);
      // Each district's chart takes a good part of the slide's height, not a strip of a few pixels.
      for (const chart of charts) expect(chart.axis, `${width}`).toBeGreaterThan(0.15);
    }
  },
);

test('axe finds no serious or critical violation in presentation mode', async ({ page }) => {
  // axe analyses whole pages: on a busy machine that takes time, which is no fault of the page.
  test.setTimeout(120_000);
  for (const slide of [1, 2, 3, 10]) {
    await page.goto(`/?present=1&slide=${slide}`);
    await expectSlide(page, slide);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${slide}: ${v.id}`)).toEqual([]);
  }
});

test(
  'printing gives an A4 landscape report: no controls, charts at full size, one chart per page at most',
  { tag: '@layout' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1123, height: 794 });
    await openDashboard(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByLabel('Năm', { exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Xuất' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: /Trình chiếu/ })).toBeHidden();
    const chartBoxes = () =>
      page.locator('.recharts-surface').evaluateAll((surfaces) =>
        surfaces.map((surface) => {
          const box = surface.getBoundingClientRect();
          return { width: Math.round(box.width), height: Math.round(box.height) };
        }),
      );
    // The print media query's change event comes with the next frame, as a real print's
    // beforeprint does before its layout: the charts switch to the page's width then.
    await expect
      .poll(async () => (await chartBoxes()).map((box) => box.width))
      .toEqual([960, 960, 960, 960, 960, 960, 960]);
    const charts = await chartBoxes();
    // The budget's two districts, a chart each; schools; indicators and their parts; progress.
    expect(charts).toHaveLength(7);
    for (const chart of charts) {
      expect(chart.width).toBe(960);
      expect(chart.height).toBeGreaterThan(50);
    }
    // A4 landscape less the page margins is 182 mm high: 688 CSS px. A card fits a page and is
    // never split, but for districts' charts one under another, which break between districts.
    const cards = await page.locator('.figure-card').evaluateAll((figures) =>
      figures.map((figure) => ({
        byDistrict: figure.querySelector('.small-multiples > .panel + .panel') != null,
        height: Math.round(figure.getBoundingClientRect().height),
        panels: [...figure.querySelectorAll('.panel')].map((panel) =>
          Math.round(panel.getBoundingClientRect().height),
        ),
      })),
    );
    for (const card of cards) {
      if (!card.byDistrict) expect(card.height).toBeLessThanOrEqual(688);
      for (const height of card.panels) expect(height).toBeLessThanOrEqual(688);
    }
    await expect(page.locator('.figure-print-caption').first()).toHaveText(
      'Năm: Tất cả các năm · Lĩnh vực: Tất cả lĩnh vực · Đơn vị: Tất cả đơn vị',
    );

    const pdf = await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Headline figures, four charts on pages of their own, notes and sources.
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(11);
  },
);

test('slides change with a short fade, and with none when reduced motion is preferred', async ({
  page,
}) => {
  await page.goto('/?present=1&slide=2');
  await expectSlide(page, 2);
  const animation = () =>
    page.locator('.slide').evaluate((slide) => {
      const style = getComputedStyle(slide);
      return { name: style.animationName, seconds: parseFloat(style.animationDuration) };
    });
  const normal = await animation();
  expect(normal.name).toBe('slide-in');
  expect(normal.seconds).toBeLessThanOrEqual(0.2);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
  expect((await animation()).name).toBe('none');
});

test('after a mouse click on a slide button the keys still drive the deck, and a held key moves one slide', async ({
  page,
}) => {
  await page.goto('/?present=1&slide=3');
  await expectSlide(page, 3);
  await dialog(page)
    .getByRole('button', { name: /Trang trước/ })
    .click();
  await expectSlide(page, 2);
  await page.keyboard.press('Space');
  await expectSlide(page, 3);
  await page.keyboard.press('5');
  await page.keyboard.press('Enter');
  await expectSlide(page, 5);
  // Pressing again while the key is down is an auto-repeat.
  await page.keyboard.down('ArrowRight');
  await page.keyboard.down('ArrowRight');
  await page.keyboard.down('ArrowRight');
  await page.keyboard.up('ArrowRight');
  await expectSlide(page, 6);
});

test('printing during a presentation prints the report; Esc gives the focus back to the Present button', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  await expectSlide(page, 1);
  await page.emulateMedia({ media: 'print' });
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('.figure-card').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', { name: /Trình chiếu/ })).toBeFocused();
});

test(
  'every bar on a chart slide is named, at every projector resolution',
  { tag: '@layout' },
  async ({ page }) => {
    const topics = [
      'Phát triển kinh tế',
      'Văn hóa - xã hội',
      'Xây dựng và quản lý đất đai, môi trường, đô thị',
      'Cải cách hành chính, khoa học công nghệ',
      'An ninh - quốc phòng',
      'Công tác xây dựng Đảng',
    ];
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/?present=1&slide=9');
      await expectSlide(page, 9);
      const labels = (
        await dialog(page)
          .locator('.recharts-yAxis-tick-labels text, .recharts-cartesian-axis-tick-value')
          .allTextContents()
      ).join(' ');
      for (const topic of topics)
        expect(labels.replace(/\s+/g, ' '), `${width}: ${topic}`).toContain(topic);
    }
  },
);

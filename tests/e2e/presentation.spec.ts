import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRINT_CHART_WIDTH } from '../../src/components/use-printing';
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

test('the current chart slide is exported as a PNG of the deck’s shape: 16:9, or 4:3', async ({
  page,
}) => {
  for (const [width, height, png] of [
    [1366, 768, [1920, 1080]],
    [1024, 768, [1600, 1200]],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?present=1&slide=3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog(page).getByRole('button', { name: 'Xuất ảnh trang này' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('thu-ngan-sach_cac-quan_cac-ky.png');
    const bytes = readFileSync(await download.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${width}×${height}`).toEqual(png);
  }
});

/**
 * What a room reads of a slide's text: its size on the screen, scaled to a picture 1080 lines
 * high (a projector throws 768 lines as large as 1080; domain/slides.ts, equivalentPx). A chart's
 * text is measured through its SVG's own scale, the rest through the stage's.
 */
function readSlide() {
  const stage = document.querySelector<HTMLElement>('.slide-stage');
  const slide = document.querySelector('.slide');
  if (!stage || !slide) return null;
  const stageBox = stage.getBoundingClientRect();
  const stageScale = stageBox.height / stage.offsetHeight;
  const toEquivalent = (screenPx: number) => (screenPx * 1080) / window.innerHeight;
  const texts: { text: string; px: number }[] = [];
  const clipped: string[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const svg = parent.closest('svg');
    let scale = stageScale;
    if (svg) {
      const box = svg.getBoundingClientRect();
      const own = svg.viewBox.baseVal?.width || svg.width.baseVal.value;
      scale = box.width / own;
    }
    texts.push({ text, px: toEquivalent(parseFloat(style.fontSize) * scale) });
    // Drawn whole: inside its chart, the stage, and every box that hides what overflows it.
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const bounds = [stageBox];
    if (svg) bounds.push(svg.getBoundingClientRect());
    for (let up: Element | null = parent; up && up !== stage; up = up.parentElement) {
      if (getComputedStyle(up).overflow !== 'visible') bounds.push(up.getBoundingClientRect());
    }
    if (
      bounds.some(
        (bound) =>
          box.left < bound.left - 1 ||
          box.right > bound.right + 1 ||
          box.top < bound.top - 1 ||
          box.bottom > bound.bottom + 1,
      )
    ) {
      clipped.push(text);
    }
  }
  // Text cut short: a box whose content is wider or taller than it shows ("…", line clamps).
  const overflowing = [...slide.querySelectorAll<HTMLElement>('*')]
    .filter((element) => !(element instanceof SVGElement))
    .filter((element) => getComputedStyle(element).overflow !== 'visible')
    .filter(
      (element) =>
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1,
    )
    .map((element) => element.className);
  // Every chart drawn inside the charts' room, its bars too: none runs under the sources.
  const chartsPastRoom = [...slide.querySelectorAll('.slide-charts')].flatMap((room) => {
    const bound = room.getBoundingClientRect();
    return [...room.querySelectorAll('svg.recharts-surface')]
      .map((svg) => svg.getBoundingClientRect())
      .filter((box) => box.top < bound.top - 1 || box.bottom > bound.bottom + 1)
      .map((box) => `${Math.round(box.top)}–${Math.round(box.bottom)}`);
  });
  const root = document.documentElement;
  return {
    shape: stage.dataset.shape,
    chartsPastRoom,
    texts,
    clipped,
    overflowing,
    // The page under the slides may be long, but the window must not scroll.
    pageScrolls:
      getComputedStyle(root).overflow !== 'hidden' &&
      (root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth),
    stageInside:
      stageBox.left >= -1 &&
      stageBox.top >= -1 &&
      stageBox.right <= window.innerWidth + 1 &&
      stageBox.bottom <= window.innerHeight + 1,
  };
}

// English words are longer (a topic's name wraps where the Vietnamese one does not).
for (const [width, height, shape, lang] of [
  [1920, 1080, '16:9', 'vi'],
  [1280, 720, '16:9', 'vi'],
  [1024, 768, '4:3', 'vi'],
  [1600, 1200, '4:3', 'vi'],
  [1024, 768, '4:3', 'en'],
  [1280, 720, '16:9', 'en'],
] as const) {
  test(
    `at ${width}×${height} the deck is ${shape}${lang === 'en' ? ', in English' : ''}: every slide fits whole, its smallest text 24 px equivalent`,
    { tag: '@layout' },
    async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/?present=1&slide=1${lang === 'en' ? '&lang=en' : ''}`);
      await expectSlide(page, 1);
      for (let slide = 1; slide <= 10; slide += 1) {
        await expectSlide(page, slide);
        // The slide as the room sees it: its charts drawn at the size they were given.
        await expect(page.locator('.slide .chart-pending')).toHaveCount(0);
        await expect(page.locator('.slide .chart:not(:has(.recharts-surface))')).toHaveCount(0);
        // Read until it holds: the slide fades in, and its charts take a frame to fit their boxes.
        await expect
          .poll(
            async () => {
              const reading = await page.evaluate(readSlide);
              return reading && { ...reading, texts: reading.texts.length > 3 };
            },
            { message: `slide ${slide}` },
          )
          .toEqual({
            shape,
            chartsPastRoom: [],
            texts: true,
            clipped: [],
            overflowing: [],
            pageScrolls: false,
            stageInside: true,
          });
        const reading = await page.evaluate(readSlide);
        const smallest = (reading?.texts ?? []).reduce(
          (least, text) => (text.px < least.px ? text : least),
          { text: '', px: Number.POSITIVE_INFINITY },
        );
        // 24 px on the stage, which is 1080 high: rounding aside, 24 px equivalent at any size.
        expect(smallest.px, `slide ${slide}: “${smallest.text}”`).toBeGreaterThanOrEqual(23.9);
        await page.keyboard.press('ArrowRight');
      }
    },
  );
}

test(
  'a 4:3 screen gets a 4:3 deck that fills it, a wide one a 16:9 deck',
  { tag: '@layout' },
  async ({ page }) => {
    for (const [width, height, stage] of [
      [1024, 768, { width: 1024, height: 768 }],
      [1400, 1050, { width: 1400, height: 1050 }],
      [1280, 720, { width: 1280, height: 720 }],
      // 16:10 is nearer 16:9: bars above and below, none at the sides.
      [1280, 800, { width: 1280, height: 720 }],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/?present=1&slide=3');
      await expectSlide(page, 3);
      const box = await page.locator('.slide-stage').boundingBox();
      expect(
        { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
        `${width}×${height}`,
      ).toEqual(stage);
    }
  },
);

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
    // As the audience sees it: once its fade-in has ended (axe measures the contrast of text
    // still fading, which on a busy machine can last past the first frames).
    await page
      .locator('.slide')
      .evaluate((slideElement) =>
        Promise.all(slideElement.getAnimations().map((animation) => animation.finished)),
      );
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => `${slide}: ${v.id}`)).toEqual([]);
  }
});

test(
  'printing gives an A4 landscape report: no controls, charts at their column’s width, every card on a page, at most 5 pages',
  { tag: '@layout' },
  async ({ page }) => {
    // The A4 landscape page less its margins (styles/print.css): 273 × 182 mm, 1032 × 688 px.
    await page.setViewportSize({ width: 1032, height: 688 });
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
    // beforeprint does before its layout: the charts switch to the paper's width then, that of
    // a card in one of the page's two columns (the budget's districts side by side).
    await expect
      .poll(async () => (await chartBoxes()).map((box) => box.width))
      .toEqual(Array.from({ length: 7 }, () => PRINT_CHART_WIDTH));
    const charts = await chartBoxes();
    // The budget's two districts, a chart each; schools; indicators and their parts; progress.
    expect(charts).toHaveLength(7);
    for (const chart of charts) expect(chart.height).toBeGreaterThan(50);
    // A4 landscape less the page margins is 182 mm high: 688 CSS px. Every card fits a page,
    // and is never split (break-inside: avoid); small cards share one.
    const cards = await page
      .locator('.figure-card')
      .evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().height));
    expect(cards).toHaveLength(4);
    for (const height of cards) expect(height).toBeLessThanOrEqual(688);
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
    // The summary; the headline cards; the charts, two to a row; notes and sources.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
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
      // A label wrapped onto lines is one text of several tspans: its words, a line apart.
      const labels = (
        await dialog(page)
          .locator('.recharts-yAxis-tick-labels text, .recharts-cartesian-axis-tick-value')
          .evaluateAll((texts) =>
            texts.map((text) => {
              const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent);
              return lines.length > 0 ? lines.join(' ') : text.textContent;
            }),
          )
      ).join(' ');
      for (const topic of topics)
        expect(labels.replace(/\s+/g, ' '), `${width}: ${topic}`).toContain(topic);
    }
  },
);

// The dashboard as the build draws it, written into the built index.html (run by the
// prerenderedPage plugin, scripts/vite-plugins/prerendered-page.ts, after every `vite build` but
// the single-file one): a reader sees the figures and charts as soon as the HTML and its
// stylesheet arrive. How the page decides to show it, and how the app takes over from it, is in
// src/rendering/build-drawn-page.ts; the markup and rules written here, and the stylesheet they
// rely on, are listed once in src/rendering/build-drawn-page.css.
//
// The built page is served and opened in Chromium at each width in PRERENDER_WIDTHS; every part
// of it is drawn (scrolled through as a reader would). The page's markup is taken at
// BASE_WIDTH; its HTML parts (cards, headings, tables) fit any width, as they do live. Its charts
// are drawn by Recharts at a width in pixels, so each chart keeps one drawing per width it was
// drawn at, and a rule written into the page shows the one drawn for the chart's width (at any
// other width the chart's space stays empty until the app draws it, as before).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { chromiumLaunchOptions, chromiumPath } from './chromium.mjs';
import { widthRanges, widthRules } from './prerender-widths.mjs';

/**
 * The screen widths the charts are drawn at: the common office laptop (1366), a full HD laptop at
 * 125 % (1536), and full HD screens and projectors (1920, and any wider: the page's width stops at
 * 1560 px). Each width is about 2–3 kB more of gzip in index.html and more of the page to parse,
 * so not every width: at the others the charts come when the app draws them, as before.
 */
export const PRERENDER_WIDTHS = [1366, 1536, 1920];
const BASE_WIDTH = 1366;
const HEIGHT = 900;

/** Said when there is no browser to draw with: the app is the same, without the drawing. */
const SKIPPED =
  'skipped, no Chromium to draw it with (set CHROMIUM_PATH): the page shows its loading state until the app has drawn';

/**
 * Draws the dashboard served from `outDir` and writes it into `outDir`/index.html. Returns what
 * it did, in a line; without a Chromium that starts, it leaves the page as it was (the loading
 * state).
 */
export async function prerenderPage(outDir) {
  if (!chromiumPath()) return SKIPPED;
  let browser;
  try {
    browser = await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    return `${SKIPPED} (${String(error?.message ?? error).split('\n')[0]})`;
  }
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4390, strictPort: false },
  });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('prerender: the preview server has no address');
    const figures = new Map();
    let base = null;
    for (const width of PRERENDER_WIDTHS) {
      const page = await openDrawn(browser, url, width);
      const drawn = await page.evaluate(readFigures);
      for (const figure of drawn) {
        const known = figures.get(figure.id);
        if (!known) figures.set(figure.id, { ...figure, charts: figure.charts.map((c) => [c]) });
        else if (known.key !== figure.key || known.charts.length !== figure.charts.length)
          throw new Error(`prerender: figure ${figure.id} differs between widths`);
        else figure.charts.forEach((chart, index) => addDrawing(known.charts[index], chart));
      }
      if (width === BASE_WIDTH) base = page;
      else await page.context().close();
    }
    if (!base) throw new Error('prerender: no page at the base width');
    // Each drawing's range of chart widths, from its own chart's drawings.
    for (const figure of figures.values()) {
      for (const drawings of figure.charts) {
        widthRanges(drawings.map((drawing) => drawing.width)).forEach((range, index) => {
          drawings[index].range = range;
        });
      }
    }
    const markup = await base.evaluate(compose, [...figures.values()]);
    await base.context().close();
    const ranges = [...figures.values()].flatMap((figure) =>
      figure.charts.flatMap((drawings) => drawings.map((drawing) => drawing.range)),
    );
    const file = join(outDir, 'index.html');
    await writeFile(file, writePage(await readFile(file, 'utf8'), markup, ranges));
    const charts = [...figures.values()].reduce((sum, figure) => sum + figure.charts.length, 0);
    return `${figures.size} chart cards, ${charts} charts, ${new Set(ranges).size} width ranges`;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One drawing per chart width: two screen widths that give a chart the same width share it. */
function addDrawing(drawings, drawing) {
  if (!drawings.some((known) => Math.abs(known.width - drawing.width) < 1)) drawings.push(drawing);
}

async function openDrawn(browser, url, width) {
  const context = await browser.newContext({
    viewport: { width, height: HEIGHT },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.addInitScript(() => {
    globalThis.__PRERENDER_CAPTURE__ = true;
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForSelector('.figure-body[data-prerender-key]', { timeout: 30_000 });
  // Cards far down are drawn as they come near: scroll down the page as a reader would, pausing
  // until what is in view is drawn (a card only passed by leaves the queue again, and would wait
  // to be scrolled back to: on a busy machine, a fixed pause let one wait for ever), then back.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let top = 0; top < height; top += HEIGHT / 2) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.chart-pending, .figure-pending, .kpi-card-pending')].every(
          (element) => {
            const box = element.getBoundingClientRect();
            return box.bottom <= 0 || box.top >= window.innerHeight;
          },
        ),
      null,
      // Polled on a timer: a headless page on a busy machine can go seconds without a frame.
      { timeout: 30_000, polling: 100 },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(
    () => {
      const bodies = [...document.querySelectorAll('.figure-body[data-prerender-key]')];
      return (
        document.querySelector('.figure-pending, .chart-pending, [aria-busy="true"]') == null &&
        bodies.every((body) =>
          [...body.querySelectorAll('.chart')].every((chart) =>
            chart.querySelector('.recharts-surface'),
          ),
        )
      );
    },
    null,
    { timeout: 30_000, polling: 100 },
  );
  if (errors.length > 0) throw new Error(`prerender at ${width}px: ${errors.join('; ')}`);
  return page;
}

/** In the page: each chart card's fingerprint and its charts' drawings, at this width. */
function readFigures() {
  return [...document.querySelectorAll('.figure-body[data-prerender-key]')].map((body) => ({
    id: body.closest('figure').id.replace(/^figure-/, ''),
    key: body.dataset.prerenderKey,
    charts: [...body.querySelectorAll('.chart')].map((chart) => ({
      width: Math.round(chart.getBoundingClientRect().width * 100) / 100,
      html: chart.innerHTML,
    })),
  }));
}

/**
 * In the page at the base width: the page's markup, with each chart card's body wrapped for the
 * app to take (with its fingerprint, inert) and each chart holding its
 * drawings at every width. Every id in a body is renamed, so that a body kept in the live page
 * never shares an id with what the app draws (Recharts' clip paths, React's ids for tables).
 */
function compose(figures) {
  const root = document.getElementById('root');
  // What React set as properties, which the markup would not carry.
  for (const option of root.querySelectorAll('option')) {
    option.toggleAttribute('selected', option.selected);
  }
  for (const input of root.querySelectorAll('input')) {
    if (input.type === 'checkbox' || input.type === 'radio') {
      input.toggleAttribute('checked', input.checked);
    } else if (input.type !== 'file') input.setAttribute('value', input.value);
  }

  // Below the first screen everywhere, and drawn by the app after its first view: the page is
  // smaller without them (it must arrive in the connection's first round trip on a phone).
  for (const section of root.querySelectorAll('.notes-section, .sources-section')) {
    section.remove();
  }

  const KEPT = new Set(
    ['d', 'x1', 'y1', 'x2', 'y2', 'class', 'style', 'transform', 'opacity'].concat(
      ['fill', 'stroke'].flatMap((paint) =>
        ['', '-opacity', '-width', '-dasharray', '-linecap', '-linejoin'].map((p) => paint + p),
      ),
    ),
  );
  let prefixes = 0;
  const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for'];
  const renameIds = (scope, skip) => {
    const prefix = `pre${(prefixes += 1)}-`;
    const renamed = new Map();
    for (const element of scope.querySelectorAll('[id]')) {
      if (skip && element.closest(skip)) continue;
      renamed.set(element.id, prefix + element.id);
      element.id = prefix + element.id;
    }
    if (renamed.size === 0) return;
    const rename = (id) => renamed.get(id) ?? id;
    for (const element of [scope, ...scope.querySelectorAll('*')]) {
      if (skip && element.closest(skip)) continue;
      for (const attribute of [...element.attributes]) {
        let value = attribute.value.replace(
          /url\((["']?)#([^"')]+)\1\)/g,
          (_match, quote, id) => `url(${quote}#${rename(id)}${quote})`,
        );
        if ((attribute.name === 'href' || attribute.name === 'xlink:href') && value[0] === '#') {
          value = `#${rename(value.slice(1))}`;
        }
        if (ID_LISTS.includes(attribute.name)) value = value.split(/\s+/).map(rename).join(' ');
        if (value !== attribute.value) attribute.value = value;
      }
    }
  };

  // What a card drew, wrapped, inert, with the fingerprint the card stamped on it: the app takes
  // the wrapper (src/rendering/build-drawn-page.ts) and keeps it until it draws its own.
  const wrapForApp = (container, className) => {
    const wrapper = document.createElement('div');
    wrapper.className = className;
    wrapper.dataset.prerenderKey = container.dataset.prerenderKey;
    wrapper.setAttribute('inert', '');
    wrapper.append(...container.childNodes);
    container.append(wrapper);
    container.removeAttribute('data-prerender-key');
    return wrapper;
  };

  for (const figure of figures) {
    const card = document.getElementById(`figure-${figure.id}`);
    const body = card?.querySelector(':scope > .figure-body');
    if (!body) throw new Error(`prerender: no card for figure ${figure.id}`);
    const charts = [...body.querySelectorAll('.chart')];
    charts.forEach((chart, index) => {
      chart.replaceChildren(
        ...figure.charts[index].map((drawing) => {
          const variant = document.createElement('div');
          variant.className = 'prerendered-variant';
          variant.dataset.w = drawing.range;
          variant.innerHTML = drawing.html;
          // What a drawing never shows before the app runs: the hover tooltip, empty titles.
          for (const unused of variant.querySelectorAll(
            '.recharts-tooltip-wrapper, svg > title:empty, svg > desc:empty',
          )) {
            unused.remove();
          }
          // Attributes Recharts copies from its props onto shapes that draw nothing with them
          // (a path is its `d`, a line its ends), and focus stops the inert page has no use for.
          for (const shape of variant.querySelectorAll('path, line, [tabindex]')) {
            for (const name of shape.getAttributeNames()) {
              const drawn = shape.tagName === 'path' || shape.tagName === 'line';
              if (name === 'tabindex' || (drawn && !KEPT.has(name))) {
                shape.removeAttribute(name);
              }
            }
          }
          renameIds(variant);
          return variant;
        }),
      );
      chart.classList.add('chart-prerendered');
    });
    renameIds(wrapForApp(body, 'figure-prerendered'), '.prerendered-variant');
  }
  // Each headline card, wrapped as a chart card's body is: the app keeps it until it draws its own.
  for (const item of root.querySelectorAll('.kpi-grid > li[data-prerender-key]')) {
    wrapForApp(item, 'kpi-prerendered');
  }
  // The rest of the page's ids too: the loading state beside it has some of the same.
  renameIds(root, '.figure-prerendered');
  // Nothing in it takes the focus, also where `inert` is not known (the stylesheet stops the
  // pointer): a choice made before the app runs would be lost.
  for (const control of root.querySelectorAll('a, button, select, input, summary, [tabindex]')) {
    control.setAttribute('tabindex', '-1');
  }
  return root.innerHTML;
}

/**
 * The built index.html with the drawn page beside its loading state (index.html's inline script
 * shows one of them), and the rules that show each chart's drawing at its width. The drawn page is
 * inert, so screen readers are told the page is loading, as the loading state does.
 */
export function writePage(html, markup, ranges) {
  const open = '<div id="root">';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('<noscript>', start);
  if (start < open.length || end < 0) throw new Error('prerender: no #root in index.html');
  const shell = html.slice(start, end);
  const root =
    `<div class="prerendered-shell">${shell}</div>` +
    `<p class="prerendered-status visually-hidden" role="status">Đang tải dữ liệu…</p>` +
    `<div class="prerendered-page" inert>${markup}</div>`;
  return html
    .slice(0, start)
    .concat(root, html.slice(end))
    .replace(
      '</head>',
      () => `<style id="prerendered-widths">${widthRules(ranges)}</style>\n  </head>`,
    );
}

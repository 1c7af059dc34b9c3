import { describe, expect, it } from 'vitest';
import {
  buildSlides,
  clampSlide,
  equivalentPx,
  fitStage,
  KPIS_PER_SLIDE,
  STAGES,
  stageFor,
} from '../../src/domain/slides';
import { ALL_FILTERS, type Filters } from '../../src/domain/url-state';
import { buildDashboardView } from '../../src/domain/view-model';
import { interpretKey, keyTest, type KeyLike } from '../../src/features/presentation/keys';
import { bundledDataset } from '../fixtures/dataset';

const dataset = bundledDataset();
const view = (filters: Partial<Filters> = {}) =>
  buildDashboardView(dataset, { ...ALL_FILTERS, ...filters }, 'vi');

describe('keyTest', () => {
  it.each<[keyof typeof keyTest, KeyLike, boolean]>([
    ['next', { key: 'ArrowRight' }, true],
    ['next', { key: 'PageDown' }, true],
    ['next', { key: ' ' }, true],
    ['next', { key: 'Enter' }, true],
    ['next', { key: 'ArrowRight', altKey: true }, false],
    ['previous', { key: 'ArrowLeft' }, true],
    ['previous', { key: 'PageUp' }, true],
    ['previous', { key: 'Backspace' }, true],
    ['previous', { key: 'PageDown' }, false],
    ['first', { key: 'Home' }, true],
    ['last', { key: 'End' }, true],
    ['exit', { key: 'Escape' }, true],
    ['digit', { key: '7' }, true],
    ['digit', { key: 'a' }, false],
  ])('%s on %o is %s', (action, event, expected) => {
    const test = keyTest[action] as (event: KeyLike, digits: string) => boolean;
    expect(test(event, '')).toBe(expected);
  });

  it('jumps with Enter only after digits were typed', () => {
    expect(keyTest.jump({ key: 'Enter' }, '')).toBe(false);
    expect(keyTest.jump({ key: 'Enter' }, '3')).toBe(true);
  });
});

describe('interpretKey', () => {
  it('types a number, then Enter goes to that slide', () => {
    let state = interpretKey({ key: '1' }, '');
    expect(state.command).toEqual({ type: 'typing' });
    state = interpretKey({ key: '2' }, state.digits);
    expect(state.digits).toBe('12');
    state = interpretKey({ key: 'Enter' }, state.digits);
    expect(state).toEqual({ command: { type: 'go', slide: 12 }, digits: '' });
  });

  it.each<[string, string]>([
    ['ArrowRight', 'next'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['x', 'none'],
  ])('%s → %s', (key, type) => {
    expect(interpretKey({ key }, '').command.type).toBe(type);
  });

  it('forgets typed digits when another key is pressed', () => {
    expect(interpretKey({ key: 'ArrowLeft' }, '4').digits).toBe('');
  });
});

describe('slides', () => {
  it('open with the title, group by topic, end with the sources', () => {
    const slides = buildSlides(view());
    expect(
      slides.map((slide) => (slide.kind === 'figure' ? `figure:${slide.figure.id}` : slide.key)),
    ).toEqual([
      'title',
      'kpis-economy-1',
      'figure:budget',
      'kpis-culture-society-1',
      'figure:schools',
      'kpis-party-building-1',
      'figure:progress',
      'kpis-all-1',
      'figure:indicators',
      'sources',
    ]);
  });

  it('put no more than three headline cards on a slide, and every card on one', () => {
    const slides = buildSlides(view());
    const cards = slides.flatMap((slide) => (slide.kind === 'kpis' ? slide.kpis : []));
    expect(cards.map((card) => card.id).sort()).toEqual(
      view()
        .kpis.map((card) => card.id)
        .sort(),
    );
    for (const slide of slides) {
      if (slide.kind === 'kpis') expect(slide.kpis.length).toBeLessThanOrEqual(KPIS_PER_SLIDE);
    }
  });

  it('follow the filters', () => {
    const slides = buildSlides(view({ topic: 'party-building' }));
    // The party cells, and the programme's 7 party-building indicators.
    expect(slides.map((slide) => slide.kind)).toEqual([
      'title',
      'kpis',
      'figure',
      'figure',
      'sources',
    ]);
  });

  it('still have a title and sources when nothing matches', () => {
    expect(buildSlides(view({ year: 2021, unit: 'cau-giay' })).map((slide) => slide.kind)).toEqual([
      'title',
      'sources',
    ]);
  });

  it.each<[number, number, number]>([
    [0, 10, 1],
    [5, 10, 5],
    [99, 10, 10],
    [Number.NaN, 10, 1],
  ])('clamps slide %s of %s to %s', (slide, count, expected) => {
    expect(clampSlide(slide, count)).toBe(expected);
  });
});

describe('the stage', () => {
  it.each<[number, number, '16:9' | '4:3']>([
    [1920, 1080, '16:9'],
    [1280, 720, '16:9'],
    [1366, 768, '16:9'],
    [2560, 1080, '16:9'],
    // 16:10 (1.6) is nearer 16:9 than 4:3 on a log scale; the boundary is about 1.54.
    [1280, 800, '16:9'],
    [1920, 1200, '16:9'],
    [1600, 1050, '4:3'],
    [1024, 768, '4:3'],
    [1400, 1050, '4:3'],
    [1280, 1024, '4:3'],
    [800, 600, '4:3'],
    [768, 1024, '4:3'],
  ])('at %s × %s is %s', (width, height, shape) => {
    expect(stageFor({ width, height }).shape).toBe(shape);
  });

  it('is 16:9 for a window not yet measured', () => {
    expect(stageFor({ width: 0, height: 0 })).toEqual(STAGES['16:9']);
  });

  it('keeps the same height in both shapes, so every type size holds in both', () => {
    expect(STAGES['16:9'].height).toBe(STAGES['4:3'].height);
    expect(STAGES['4:3'].width / STAGES['4:3'].height).toBeCloseTo(4 / 3);
    expect(STAGES['16:9'].width / STAGES['16:9'].height).toBeCloseTo(16 / 9);
  });

  it.each<[number, number, number, number, number]>([
    // width, height: scale, left, top
    [1920, 1080, 1, 0, 0],
    [1280, 720, 2 / 3, 0, 0],
    [1024, 768, 768 / 1080, 0, 0],
    [1366, 768, 768 / 1080, (1366 - 1920 * (768 / 1080)) / 2, 0],
  ])('fits %s × %s whole, centred', (width, height, scale, left, top) => {
    const fitted = fitStage(stageFor({ width, height }), { width, height });
    expect(fitted.scale).toBeCloseTo(scale);
    expect(fitted.left).toBeCloseTo(left);
    expect(fitted.top).toBeCloseTo(top);
  });

  it('fills a 4:3 screen, where a 16:9 stage left a quarter of it to bars', () => {
    const screen = { width: 1024, height: 768 };
    const letterboxed = fitStage(STAGES['16:9'], screen);
    const fitted = fitStage(stageFor(screen), screen);
    expect(letterboxed.top).toBeGreaterThan(90);
    expect(fitted).toEqual({ scale: 768 / 1080, left: 0, top: 0 });
  });

  it.each<[number, number, number]>([
    // 24 stage px on screen, and what that is in px at 1080 lines
    [24, 1080, 24],
    [24 * (768 / 1080), 768, 24],
    [16, 720, 24],
    // The letterboxed 16:9 stage at 1024 × 768 gave 12.8 screen px: 18 px equivalent.
    [12.8, 768, 18],
  ])('%s screen px on %s lines is %s px equivalent', (px, lines, expected) => {
    expect(equivalentPx(px, lines)).toBeCloseTo(expected);
  });
});

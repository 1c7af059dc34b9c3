import { describe, expect, it } from 'vitest';
import { buildSlides, clampSlide, KPIS_PER_SLIDE } from '../../src/domain/slides';
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

import { describe, expect, it } from 'vitest';
import {
  axisColours,
  chartInk,
  contrastRatio,
  luminance,
  perceivedDifference,
  projectorTheme,
  seriesColours,
  topicColour,
  topicColours,
  type Vision,
} from '../../src/domain/palette';

describe('palette', () => {
  it.each(Object.entries(topicColours))(
    'topic colour %s stands out against white (≥ 3:1)',
    (_index, colour) => {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    },
  );

  it.each([
    ['actual', seriesColours.actual],
    ['target outline', seriesColours.target],
    ['warning', seriesColours.warning],
  ])('%s stands out against white (≥ 3:1)', (_name, colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('keeps the result and its target apart in greyscale', () => {
    // The target is drawn as a pale fill under a dark outline, the result as a dark solid bar.
    expect(contrastRatio(seriesColours.actual, seriesColours.targetFill)).toBeGreaterThanOrEqual(
      4.5,
    );
    expect(contrastRatio(seriesColours.actual, seriesColours.remaining)).toBeGreaterThanOrEqual(3);
  });

  it('gives every topic its own colour, and the same one every time', () => {
    expect(new Set(topicColours).size).toBe(topicColours.length);
    expect(topicColour(2)).toBe(topicColour(2 + topicColours.length));
    expect(topicColour(-1)).toBe(topicColours[0]);
  });

  const visions: Vision[] = ['normal', 'protan', 'deutan', 'tritan'];
  const pairs = topicColours.flatMap((a, i) =>
    topicColours.slice(i + 1).map((b) => [a, b] as const),
  );

  it.each(visions)('keeps every pair of topic colours apart for %s vision (ΔE ≥ 20)', (vision) => {
    for (const [a, b] of pairs) {
      expect(perceivedDifference(a, b, vision), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    }
  });

  it.each(visions)('keeps the result apart from its target for %s vision', (vision) => {
    expect(
      perceivedDifference(seriesColours.actual, seriesColours.targetFill, vision),
    ).toBeGreaterThanOrEqual(40);
    expect(
      perceivedDifference(seriesColours.actual, seriesColours.remaining, vision),
    ).toBeGreaterThanOrEqual(30);
  });

  it('would catch colours that a protan viewer confuses', () => {
    // Vermillion and a darkened orange: far apart for most viewers, nearly equal for protans.
    expect(perceivedDifference('#b35900', '#8a5a00', 'normal')).toBeGreaterThan(15);
    expect(perceivedDifference('#b35900', '#8a5a00', 'protan')).toBeLessThan(8);
  });

  it.each(['ink', 'muted', 'accent', 'warningInk', 'okInk'] as const)(
    'projector text colour %s reaches 7:1 against the slide',
    (name) => {
      expect(contrastRatio(projectorTheme[name], projectorTheme.background)).toBeGreaterThanOrEqual(
        7,
      );
    },
  );

  it.each(['category', 'tick', 'label', 'meta', 'title'] as const)(
    'chart text colour %s reads at 4.5:1 on the chart’s background',
    (name) => {
      expect(contrastRatio(chartInk[name], chartInk.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps the gridlines faint behind the bars, and the bars clear of them', () => {
    expect(contrastRatio(chartInk.grid, chartInk.background)).toBeLessThan(1.5);
    expect(contrastRatio(seriesColours.actual, chartInk.grid)).toBeGreaterThanOrEqual(3);
  });

  it.each<[boolean, ReturnType<typeof axisColours>]>([
    [false, { category: chartInk.category, tick: chartInk.tick, targetLabel: chartInk.meta }],
    [
      true,
      { category: projectorTheme.ink, tick: projectorTheme.ink, targetLabel: projectorTheme.ink },
    ],
  ])('axis text on a projector (%s) is %o', (projector, colours) => {
    expect(axisColours(projector)).toEqual(colours);
    for (const colour of Object.values(colours)) {
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(projector ? 7 : 4.5);
    }
  });

  it('computes WCAG luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBeCloseTo(0, 5);
  });
});

import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  luminance,
  seriesColours,
  topicColour,
  topicColours,
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

  it('computes WCAG luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBeCloseTo(0, 5);
  });
});

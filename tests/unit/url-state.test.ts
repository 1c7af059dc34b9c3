import { describe, expect, it } from 'vitest';
import {
  NOT_PRESENTING,
  parseUrlState,
  resolveFilters,
  serializeUrlState,
  type UrlState,
} from '../../src/domain/url-state';

const s = (partial: Partial<UrlState>): UrlState => ({
  year: null,
  topic: null,
  unit: null,
  lang: 'vi',
  ...NOT_PRESENTING,
  ...partial,
});

const states: UrlState[] = [
  s({ year: null, topic: null, unit: null, lang: 'vi' }),
  s({ year: 2022, topic: null, unit: null, lang: 'vi' }),
  s({ year: 2024, topic: 'economy', unit: 'cau-giay', lang: 'en' }),
  s({ year: null, topic: 'party-building', unit: null, lang: 'en' }),
  s({ year: null, topic: null, unit: 'dong-da', lang: 'vi' }),
  s({ year: 2022, present: true, slide: 3, auto: 0 }),
  s({ unit: 'cau-giay', lang: 'en', present: true, slide: 12, auto: 20 }),
];

describe('URL state', () => {
  it.each(states)('round-trips %o', (state) => {
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it.each([
    '',
    '?year=2022',
    '?year=2024&topic=economy&unit=cau-giay&lang=en',
    '?topic=party-building&lang=en',
    '?year=2022&present=1&slide=4',
    '?unit=dong-da&lang=en&present=1&slide=2&auto=30',
  ])('gives back the canonical address "%s" unchanged', (search) => {
    expect(serializeUrlState(parseUrlState(search))).toBe(search);
  });

  it.each<[UrlState, string]>([
    [s({ year: null, topic: null, unit: null, lang: 'vi' }), ''],
    [s({ year: 2022, topic: 'economy', unit: null, lang: 'vi' }), '?year=2022&topic=economy'],
    [s({ year: null, topic: null, unit: 'dong-da', lang: 'en' }), '?unit=dong-da&lang=en'],
  ])('serialises %o as "%s"', (state, search) => {
    expect(serializeUrlState(state)).toBe(search);
  });

  it('keeps keys that belong to no feature of ours', () => {
    const search = serializeUrlState(s({ year: 2024 }), '?ref=email&year=2022');
    expect(search).toBe('?year=2024&ref=email');
  });

  it.each<[string, UrlState]>([
    ['?present=1', s({ present: true, slide: 1 })],
    ['?present=1&slide=abc&auto=7', s({ present: true, slide: 1, auto: 0 })],
    ['?present=1&slide=0', s({ present: true, slide: 1 })],
    ['?slide=4&auto=20', s({})],
    ['?present=yes&slide=2', s({})],
  ])('parses the presentation part of "%s" safely', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });

  it.each<[string, UrlState]>([
    [
      '?year=abcd&topic=<script>&unit=Cầu%20Giấy&lang=fr',
      s({ year: null, topic: null, unit: null, lang: 'vi' }),
    ],
    ['?year=20222', s({ year: null, topic: null, unit: null, lang: 'vi' })],
    ['?year=2022&year=2024', s({ year: 2022, topic: null, unit: null, lang: 'vi' })],
    ['year=2024&lang=en', s({ year: 2024, topic: null, unit: null, lang: 'en' })],
  ])('parses malformed "%s" without throwing', (search, expected) => {
    expect(parseUrlState(search)).toEqual(expected);
  });

  it('resolves values the data does not hold to "all"', () => {
    const options = { years: [2024, 2022], topicIds: ['economy'], unitIds: ['cau-giay'] };
    expect(resolveFilters({ year: 1999, topic: 'sport', unit: 'ba-dinh' }, options)).toEqual({
      year: null,
      topic: null,
      unit: null,
    });
    expect(resolveFilters({ year: 2022, topic: 'economy', unit: 'cau-giay' }, options)).toEqual({
      year: 2022,
      topic: 'economy',
      unit: 'cau-giay',
    });
  });
});

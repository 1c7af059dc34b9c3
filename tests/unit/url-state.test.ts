import { describe, expect, it } from 'vitest';
import {
  parseUrlState,
  resolveFilters,
  serializeUrlState,
  type UrlState,
} from '../../src/domain/url-state';

const states: UrlState[] = [
  { year: null, topic: null, unit: null, lang: 'vi' },
  { year: 2022, topic: null, unit: null, lang: 'vi' },
  { year: 2024, topic: 'economy', unit: 'cau-giay', lang: 'en' },
  { year: null, topic: 'party-building', unit: null, lang: 'en' },
  { year: null, topic: null, unit: 'dong-da', lang: 'vi' },
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
  ])('gives back the canonical address "%s" unchanged', (search) => {
    expect(serializeUrlState(parseUrlState(search))).toBe(search);
  });

  it.each<[UrlState, string]>([
    [{ year: null, topic: null, unit: null, lang: 'vi' }, ''],
    [{ year: 2022, topic: 'economy', unit: null, lang: 'vi' }, '?year=2022&topic=economy'],
    [{ year: null, topic: null, unit: 'dong-da', lang: 'en' }, '?unit=dong-da&lang=en'],
  ])('serialises %o as "%s"', (state, search) => {
    expect(serializeUrlState(state)).toBe(search);
  });

  it('keeps keys that belong to other features', () => {
    const search = serializeUrlState(
      { year: 2024, topic: null, unit: null, lang: 'vi' },
      '?present=1&slide=3&year=2022',
    );
    expect(search).toBe('?year=2024&present=1&slide=3');
  });

  it.each<[string, UrlState]>([
    [
      '?year=abcd&topic=<script>&unit=Cầu%20Giấy&lang=fr',
      { year: null, topic: null, unit: null, lang: 'vi' },
    ],
    ['?year=20222', { year: null, topic: null, unit: null, lang: 'vi' }],
    ['?year=2022&year=2024', { year: 2022, topic: null, unit: null, lang: 'vi' }],
    ['year=2024&lang=en', { year: 2024, topic: null, unit: null, lang: 'en' }],
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

/**
 * The dashboard's view as a query string: `?year=2022&topic=economy&unit=dong-da&lang=en`,
 * plus `present=1&slide=3` (and `auto=20`, seconds per slide) while presenting.
 * "All" is the absence of a key, and so is Vietnamese, the default language. Values that cannot
 * be a year or an id are dropped here; ids that are well formed but not in the data are dropped
 * later by `resolveFilters`, once the data is known.
 */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Filters {
  year: number | null;
  topic: string | null;
  unit: string | null;
}

/** Presentation mode: on or off, the slide shown (1-based), auto-advance in seconds (0: off). */
export interface PresentationState {
  present: boolean;
  slide: number;
  auto: number;
}

export interface UrlState extends Filters, PresentationState {
  lang: Lang;
}

export const NOT_PRESENTING: PresentationState = { present: false, slide: 1, auto: 0 };
export const AUTO_ADVANCE_SECONDS = [0, 10, 20, 30, 60] as const;

export const ALL_FILTERS: Filters = { year: null, topic: null, unit: null };

/** The address keys that ask for another view than the default one, besides the language. */
export const VIEW_KEYS = ['year', 'topic', 'unit', 'present'] as const;
/** The address key of the language; the default, Vietnamese, is not written. */
export const LANG_KEY = 'lang';

const OWN_KEYS = [...VIEW_KEYS, LANG_KEY, 'slide', 'auto'] as const;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const yearText = params.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  return {
    year,
    topic: parseId(params.get('topic')),
    unit: parseId(params.get('unit')),
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
    ...parsePresentation(params),
  };
}

function parsePresentation(params: URLSearchParams): PresentationState {
  const present = params.get('present') === '1';
  if (!present) return NOT_PRESENTING;
  const slideText = params.get('slide') ?? '1';
  const slide = /^\d{1,4}$/.test(slideText) ? Math.max(1, Number(slideText)) : 1;
  const autoValue = Number(params.get('auto') ?? '0');
  const auto = (AUTO_ADVANCE_SECONDS as readonly number[]).includes(autoValue) ? autoValue : 0;
  return { present, slide, auto };
}

/**
 * The query string for a state, keeping any keys that belong to other features (a later
 * later feature) as they were.
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWN_KEYS) params.delete(key);
  const own = new URLSearchParams();
  if (state.year != null) own.set('year', String(state.year));
  if (state.topic != null) own.set('topic', state.topic);
  if (state.unit != null) own.set('unit', state.unit);
  if (state.lang !== 'vi') own.set('lang', state.lang);
  if (state.present) {
    own.set('present', '1');
    own.set('slide', String(state.slide));
    if (state.auto > 0) own.set('auto', String(state.auto));
  }
  for (const [key, value] of params) own.append(key, value);
  const text = own.toString();
  return text ? `?${text}` : '';
}

export interface FilterOptions {
  years: readonly number[];
  topicIds: readonly string[];
  unitIds: readonly string[];
}

/** Values the data does not know fall back to "all". */
export function resolveFilters(filters: Filters, options: FilterOptions): Filters {
  return {
    year: filters.year != null && options.years.includes(filters.year) ? filters.year : null,
    topic: filters.topic != null && options.topicIds.includes(filters.topic) ? filters.topic : null,
    unit: filters.unit != null && options.unitIds.includes(filters.unit) ? filters.unit : null,
  };
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return a.year === b.year && a.topic === b.topic && a.unit === b.unit;
}

/** The same view, whatever slide is shown: moving between slides does not add history. */
export function sameView(a: UrlState, b: UrlState): boolean {
  return sameFilters(a, b) && a.lang === b.lang && a.present === b.present;
}

function parseId(value: string | null): string | null {
  return value != null && ID_PATTERN.test(value) ? value : null;
}

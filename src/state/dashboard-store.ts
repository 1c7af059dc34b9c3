import { create } from 'zustand';
import {
  ALL_FILTERS,
  NOT_PRESENTING,
  parseUrlState,
  type Filters,
  type Lang,
  type UrlState,
} from '../domain/url-state';

/**
 * UI state only: the filters, the language, presentation mode and how much of each long list is
 * shown. The dataset lives in react-query's cache and is never copied here. Actions are named for
 * what happened, not for the field they set.
 */
interface DashboardActions {
  yearSelected: (year: number | null) => void;
  topicSelected: (topic: string | null) => void;
  unitSelected: (unit: string | null) => void;
  languageSelected: (lang: Lang) => void;
  filtersCleared: () => void;
  presentationStarted: (scrollY?: number) => void;
  presentationEnded: () => void;
  /** 1-based; the presentation clamps it to the slides there are. */
  slideShown: (slide: number) => void;
  autoAdvanceChosen: (seconds: number) => void;
  /**
   * More of a long list asked for (the headline cards, 'kpis'; a city's charts, a ranking):
   * `shown` of it, or all.
   */
  pageAsked: (list: string, shown: number | 'all') => void;
  /** Other data is shown (an import, or the bundled data again): each list's first page. */
  dataReplaced: () => void;
  /** The address changed under us: Back, Forward, or a normalised URL. */
  urlChanged: (state: UrlState) => void;
}

/** How many headline cards a dashboard shows at first, and adds with each "show more". */
export const KPI_PAGE = 24;

/**
 * Where the dashboard was scrolled when the presentation started, to return there; how much of
 * each long list is shown (none till asked for: its first page), by the list's name, the headline
 * cards' 'kpis': kept here, not in the list's component, so that a card of a large dashboard, let
 * go while far from view, shows what was asked for once it is back. None of it is part of the
 * address.
 */
export type DashboardState = UrlState & {
  returnScrollY: number;
  pagesShown?: Readonly<Record<string, number | 'all'>>;
  actions: DashboardActions;
};

function initialState(): UrlState {
  return parseUrlState(typeof window === 'undefined' ? '' : window.location.search);
}

export const useDashboardStore = create<DashboardState>()((set, get) => {
  /**
   * Filters chosen (by the reader, or by Back and Forward): shown at once, or once their view is
   * worked out (or failed to be), each in the order chosen.
   */
  const chosen = (change: Partial<Filters>) => {
    const preparing = waits.filters({ ...get(), ...change });
    if (preparing) void preparing.finally(() => set(change));
    else set(change);
  };
  return {
    ...initialState(),
    returnScrollY: 0,
    actions: {
      yearSelected: (year) => chosen({ year }),
      topicSelected: (topic) => chosen({ topic }),
      unitSelected: (unit) => chosen({ unit }),
      languageSelected: (lang) => languageRequested(lang, set),
      filtersCleared: () => chosen(ALL_FILTERS),
      presentationStarted: (scrollY = 0) =>
        set({ present: true, slide: 1, returnScrollY: scrollY }),
      presentationEnded: () => set((state) => ({ ...NOT_PRESENTING, auto: state.auto })),
      slideShown: (slide) => set({ slide: Math.max(1, Math.round(slide)) }),
      autoAdvanceChosen: (auto) => set({ auto }),
      pageAsked: (list, shown) =>
        set((state) => ({ pagesShown: { ...state.pagesShown, [list]: shown } })),
      dataReplaced: () => set({ pagesShown: {} }),
      // The presentation's place at once; the filters as a reader's choice is (on large data,
      // once their view is worked out: a Back onto a year of the country's figures is no long
      // task); the language once its messages are there.
      urlChanged: ({ lang, year, topic, unit, ...rest }) => {
        set(rest);
        chosen({ year, topic, unit });
        languageRequested(lang, set);
      },
    },
  };
});

/**
 * What the store waits for before it shows a choice: a language's messages (whether they are
 * there, and how to fetch them), and the view of a reader's filters, worked out before the page
 * draws it, in a task of its own, when that takes long (a large dataset: data/dataset-query.ts),
 * so that working it out and drawing it are two tasks, not one long one (`filters` gives
 * undefined when the view is drawn at once).
 */
export interface StoreWaits {
  loaded: (lang: Lang) => boolean;
  load: (lang: Lang) => Promise<void>;
  filters: (state: UrlState) => Promise<void> | undefined;
}

// The store imports nothing but the domain, so it is handed these by the app
// (app/connect-store.ts). Until then every language counts as loaded, and nothing is waited for.
let waits: StoreWaits = {
  loaded: () => true,
  load: () => Promise.resolve(),
  filters: () => undefined,
};

export function storeWaitsConnected(given: StoreWaits): void {
  waits = given;
}

/**
 * The language changes once its messages are there, never before: at once when they are loaded,
 * after loading them otherwise, and only if no other language was asked for in the meantime (the
 * last choice wins). If they cannot be loaded, the page stays in its language.
 */
let languageRequest = 0;
function languageRequested(lang: Lang, set: (change: { lang: Lang }) => void): void {
  languageRequest += 1;
  const request = languageRequest;
  if (waits.loaded(lang)) set({ lang });
  else
    waits.load(lang).then(
      () => {
        if (request === languageRequest) set({ lang });
      },
      () => undefined,
    );
}

/** Puts the store back to what a given address says; for tests and for a fresh start. */
export function resetDashboardStore(search = ''): void {
  useDashboardStore.setState({ ...parseUrlState(search), pagesShown: {} });
}

export const useDashboardActions = () => useDashboardStore((state) => state.actions);
export const useLang = () => useDashboardStore((state) => state.lang);
export const useYear = () => useDashboardStore((state) => state.year);
export const useTopic = () => useDashboardStore((state) => state.topic);
export const useUnit = () => useDashboardStore((state) => state.unit);

export function selectUrlState(state: DashboardState): UrlState {
  return {
    year: state.year,
    topic: state.topic,
    unit: state.unit,
    lang: state.lang,
    present: state.present,
    slide: state.slide,
    auto: state.auto,
  };
}

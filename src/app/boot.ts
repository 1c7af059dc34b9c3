// First: the saved import is read while the rest of the code loads (see startReadingStoredDataset).
import '../data/early-read';
import type { QueryClient } from '@tanstack/react-query';
import { startTransition, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  datasetKeys,
  datasetQueryOptions,
  prepareDashboardView,
  setLoadLanguage,
  setOpeningFilters,
} from '../data/dataset-query';
import { firstView, setFirstView } from '../data/first-view';
import { readingRestModule } from './Shell';
import { localeDataWarmUps } from '../domain/format';
import { sameFilters } from '../domain/url-state';
import { loadFigureBody } from '../features/dashboard/figure-body-module';
import { replaceView } from '../features/filters/use-url-sync';
import { loadMessages } from '../i18n';
import { buildDrawnPage, onPhoneScreen } from '../rendering';
import { KPI_PAGE, selectUrlState, useDashboardStore } from '../state/dashboard-store';
import { createQueryClient } from './App';
import { connectStore } from './connect-store';

/**
 * The page's start-up, in one place: what is fetched at once, when the app is first rendered and
 * how, and what is worked out ahead of that render in tasks of its own. Each step is here for the
 * speed budgets (docs/performance.md); `app` is the element to render, given the query client.
 */
export function boot(root: HTMLElement, app: (queryClient: QueryClient) => ReactNode): void {
  // The chart cards' code, a chunk of its own: fetched now, alongside the data.
  void loadFigureBody();
  // The cards the build drew, kept until the app has drawn its own (src/rendering/
  // build-drawn-page.ts), and let go once the page shows other filters, another language or
  // other data than the ones it drew.
  buildDrawnPage.take(root);
  const stopWatching = useDashboardStore.subscribe((state, previous) => {
    if (sameFilters(state, previous) && state.lang === previous.lang) return;
    buildDrawnPage.forget();
    stopWatching();
  });
  const queryClient = createQueryClient();
  connectStore(queryClient);
  watchData(queryClient);
  const render = () => {
    const reactRoot = createRoot(root);
    const element = app(queryClient);
    // On a phone the first render is a long task: in a transition, React yields to the browser
    // every few milliseconds while it renders. On a faster machine it is short, and the page is
    // live sooner drawn in one go (about 60 ms sooner here, A/B).
    if (onPhoneScreen()) startTransition(() => reactRoot.render(element));
    else reactRoot.render(element);
  };
  // The page already shows the loading state (pre-rendered into index.html), so the first
  // render waits for the data and draws the dashboard at once, rather than drawing the same
  // loading state again first. A slow load renders after a second anyway: then the loading
  // state, its language toggle and, should the load fail, its retry are live.
  let rendered = false;
  const renderOnce = () => {
    if (rendered) return;
    rendered = true;
    render();
  };
  const lang = useDashboardStore.getState().lang;
  // A large dataset's shared work is done as it loads, in the page's language (then and later:
  // another tab's import is read in the language the page has by then).
  setLoadLanguage(lang);
  useDashboardStore.subscribe((state) => setLoadLanguage(state.lang));
  // One district's page of a large kept import shows that district before the rest is read
  // (data/first-view.ts): rendered as soon as it is there, not when the whole has come.
  setOpeningFilters(selectUrlState(useDashboardStore.getState()));
  // With ?lang=en, the English messages load alongside the data (Vietnamese comes with the page).
  // Should they fail to load (offline, a stale page after a release), the page is Vietnamese, and
  // its address says so.
  const messages = loadMessages(lang).catch(() =>
    replaceView({ ...selectUrlState(useDashboardStore.getState()), lang: 'vi' }),
  );
  const stopFirst = firstView.subscribe(() => {
    if (!firstView.get()) return;
    stopFirst();
    // In the page's language, with the note that the rest is being read: once both are there
    // (the note, if its chunk comes; the part is shown without it if it does not).
    void Promise.all([messages, readingRestModule.load()]).then(() => setTimeout(renderOnce, 0));
  });
  void Promise.all([queryClient.prefetchQuery(datasetQueryOptions()), messages]).then(() => {
    // The view model first, in a task of its own; the render in the next one.
    setTimeout(() => {
      // Rendered whatever happens here: a failed load is shown by the app, with its retry.
      setTimeout(renderOnce, 0);
      const state = useDashboardStore.getState();
      const view = prepareDashboardView(queryClient, state, state.lang);
      // And how the cards find what the build drew for them (nothing to do when it drew
      // nothing), which would otherwise be worked out in the render.
      if (view) buildDrawnPage.prepare([...view.kpis.slice(0, KPI_PAGE), ...view.figures]);
    }, 0);
  });
  // Later over the build-drawn dashboard: it already shows what the data will, so a render before
  // the data would only be one more. A load that hangs must still not leave it unusable: then the
  // header's controls go live, and its figures stay, inert, until the data comes or another view
  // is asked for (Shell).
  setTimeout(renderOnce, buildDrawnPage.shown() ? 4000 : 1000);
  // ICU's Vietnamese data, loaded while the data is read, each in a task of its own: in the
  // first render it was 10–30 ms of a long task (see localeDataWarmUps).
  for (const warmUp of localeDataWarmUps) setTimeout(warmUp, 0);
}

/**
 * The build-drawn cards are matched against the data the app shows, read as it arrives (in the
 * cache's own notification, before any card renders with it); other data put in its place (an
 * import, or the bundled data again: features/import/show-dataset.ts) lets the build's drawing go.
 */
function watchData(queryClient: QueryClient): void {
  const stop = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryKey[0] !== datasetKeys.all[0]) return;
    const { type } = event.action;
    // The data has come (or failed): a view shown before it (data/first-view.ts) is no longer.
    if (type === 'success' || type === 'error') setFirstView(null);
    if (type !== 'success') return;
    if (event.action.manual) {
      buildDrawnPage.forget();
      stop();
      return;
    }
    const active = queryClient.getQueryData(datasetQueryOptions().queryKey);
    if (active) buildDrawnPage.showing(active.dataset, useDashboardStore.getState().lang);
  });
}

// First: the saved import is read while the rest of the code loads (see startReadingStoredDataset).
import './data/early-read';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
// On screen, the reader's own system font (see --font in app.css); exported images embed
// Be Vietnam Pro (src/features/export/fonts.ts).
import './styles/app.css';
import { App, createQueryClient } from './app/App';
import { datasetQueryOptions, prepareDashboardView } from './data/dataset-query';
import {
  forgetPrerenderedFigures,
  prerenderedFigure,
  prerenderedPageShown,
  takePrerenderedFigures,
} from './components/prerendered-figures';
import { localeDataWarmUps } from './domain/format';
import { loadFigureBody } from './features/dashboard/figure-body-module';
import { onPhoneScreen } from './components/screen';
import { replaceView } from './features/filters/use-url-sync';
import { loadMessages } from './i18n';
import { KPI_PAGE, selectUrlState, useDashboardStore } from './state/dashboard-store';
import { sameFilters } from './domain/url-state';

const root = document.getElementById('root');
if (root) {
  // The chart cards' code, a chunk of its own: fetched now, alongside the data.
  void loadFigureBody();
  // The chart cards the build drew, kept until the app has drawn its own (prerendered-figures.ts),
  // and let go once the page shows other filters or another language than the ones it drew.
  takePrerenderedFigures(root);
  const stopWatching = useDashboardStore.subscribe((state, previous) => {
    if (sameFilters(state, previous) && state.lang === previous.lang) return;
    forgetPrerenderedFigures();
    stopWatching();
  });
  const queryClient = createQueryClient();
  const render = () => {
    const reactRoot = createRoot(root);
    const app = (
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>
    );
    // On a phone the first render is a long task: in a transition, React yields to the browser
    // every few milliseconds while it renders. On a faster machine it is short, and the page is
    // live sooner drawn in one go (about 60 ms sooner here, A/B).
    if (onPhoneScreen()) startTransition(() => reactRoot.render(app));
    else reactRoot.render(app);
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
  // With ?lang=en, the English messages load alongside the data (Vietnamese comes with the page).
  // Should they fail to load (offline, a stale page after a release), the page is Vietnamese, and
  // its address says so.
  const lang = useDashboardStore.getState().lang;
  void Promise.all([
    queryClient.prefetchQuery(datasetQueryOptions()),
    loadMessages(lang).catch(() =>
      replaceView({ ...selectUrlState(useDashboardStore.getState()), lang: 'vi' }),
    ),
  ]).then(() => {
    // The view model first, in a task of its own; the render in the next one.
    setTimeout(() => {
      // Rendered whatever happens here: a failed load is shown by the app, with its retry.
      setTimeout(renderOnce, 0);
      const state = useDashboardStore.getState();
      const view = prepareDashboardView(queryClient, state, state.lang);
      // And the fingerprints by which the cards find what the build drew for them (nothing to do
      // when it drew nothing), which would otherwise be worked out in the render.
      for (const part of view ? [...view.kpis.slice(0, KPI_PAGE), ...view.figures] : []) {
        prerenderedFigure(part, state.lang);
      }
    }, 0);
  });
  // Later over the pre-rendered dashboard: it already shows what the data will, and drawing the
  // loading state over it would blank it; but a load that hangs must not leave it unusable.
  setTimeout(renderOnce, prerenderedPageShown() ? 4000 : 1000);
  // ICU's Vietnamese data, loaded while the data is read, each in a task of its own: in the
  // first render it was 10–30 ms of a long task (see localeDataWarmUps).
  for (const warmUp of localeDataWarmUps) setTimeout(warmUp, 0);
}

import {
  lazy,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Icon } from '../components/Icon';
import { DatasetInvalidError, useActiveDataset, useDashboardView } from '../data/dataset-query';
import { firstView, firstViewOf, type FirstView } from '../data/first-view';
import { RemoteDatasetError } from '../data/remote-error';
import { parseDataAddress } from '../domain/data-address';
import { formatDate } from '../domain/format';
import { AUTO_ADVANCE_SECONDS, type Lang } from '../domain/url-state';
import { Dashboard } from '../features/dashboard/Dashboard';
import { figureCardId } from '../features/dashboard/FigureCard';
import { ExportControl, ViewExports } from '../features/export/ExportControl';
import { FilterBar } from '../features/filters/FilterBar';
import { manyDistricts } from '../features/dashboard/Rankings';
import { UNIT_SEARCH_FROM } from '../domain/at-a-glance';
import { DataBanner, DataControls } from '../features/import/DataControls';
import { useNormalisedFilters, useUrlSync } from '../features/filters/use-url-sync';
import { filterCaption } from '../i18n/captions';
import { useMessages } from '../i18n/use-messages';
import { BuildDrawnSlot, buildDrawnPage, lazyModule, replacedViewCommitted } from '../rendering';
import {
  useDashboardActions,
  useDashboardStore,
  useLang,
  useTopic,
  useUnit,
  useYear,
} from '../state/dashboard-store';
import { InvalidDataScreen, LoadErrorScreen, LoadingScreen } from './ErrorScreens';

// What is said of data opened from a web address, loaded only when the page's address names some:
// with the import dialog's chunk (its form opens such data).
const RemoteSourceBanner = lazy(() =>
  import('../features/import/ImportDialog').then((module) => ({
    default: module.RemoteSourceBanner,
  })),
);
const RemoteErrorScreen = lazy(() =>
  import('../features/import/ImportDialog').then((module) => ({
    default: module.RemoteErrorScreen,
  })),
);

// The note over a part of a large dataset shown first: asked for as the part is shown (boot.ts),
// and drawn as soon as it is there, with the part (a lazy component would suspend once even
// then, and draw only after a retry the reading of the rest can come before).
export const readingRestModule = lazyModule(() => import('./ReadingRest'));

// Presentation mode is loaded only when someone presents.
const Presentation = lazy(() =>
  import('./PresentationWithExport').then((module) => ({
    default: module.PresentationWithExport,
  })),
);

/**
 * A chart card's width on the page, for an export "as on screen": the export is handed this and
 * knows no page.
 */
function figureScreenWidth(figureId: string): number {
  return document.getElementById(figureCardId(figureId))?.getBoundingClientRect().width ?? 960;
}

export function Shell() {
  const t = useMessages();
  const lang = useLang();
  const year = useYear();
  const topic = useTopic();
  const unit = useUnit();
  const query = useDashboardView({ year, topic, unit }, lang);
  // One district of a large kept import or file, or one year or topic of such an import, shown
  // before the rest of it is read (data/first-view.ts): the views that part holds, in either
  // language; any other waits.
  const shownFirst = useSyncExternalStore(firstView.subscribe, firstView.get, () => null);
  const early = query.isPending ? firstViewOf(shownFirst, { year, topic, unit }, lang) : null;
  const active = useActiveDataset().data;
  // A file of more figures than a page holds, opened at one district (data/remote-dataset.ts):
  // another district, or all of them, is read by loading the page at it (its banner does).
  const only = active?.origin.kind === 'remote' && active.origin.only;
  const view = only && unit !== only.unit ? undefined : (query.data ?? early?.view);
  const presenting = useDashboardStore((state) => state.present);
  // The data the page's address names, if any: fixed for the page's life (another address is
  // another page load), though an import applied meanwhile is shown in its place.
  // (None where the build draws the page: no address there.)
  const [address] = useState(() =>
    parseDataAddress(typeof window === 'undefined' ? '' : window.location.search),
  );
  const remoteShown = address.kind !== 'none' && (!active || active.origin.kind === 'remote');
  // Rendered before the data has come (a slow load, app/boot.ts), over the build-drawn dashboard
  // that still shows what the data will: its figures stay, inert, rather than a loading line.
  const drawnMain = query.isPending && !early ? buildDrawnPage.main() : null;

  useUrlSync();
  useNormalisedFilters(view?.filters);
  // Other data shown (an import, say) has been committed: its parts were placed as the first
  // view's are (rendering/first-view.ts), and from its paint on are placed as usual again.
  const shownDataset = active?.dataset;
  useLayoutEffect(() => {
    if (shownDataset) replacedViewCommitted();
  }, [shownDataset]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);

  return (
    <>
      {/* The dashboard stays mounted under the slides, so leaving returns to it as it was. */}
      <div className="dashboard-shell" inert={presenting && view != null}>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <div>
              <p className="site-kicker">{t.tagline}</p>
              <h1>{t.appName}</h1>
              {/* Its line is kept while the data loads, so the page below does not move; over the
                  build-drawn figures, it says they are loading, where their date will be. */}
              <p className="as-of" role={drawnMain ? 'status' : undefined}>
                {view
                  ? t.asOf(formatDate(view.asOf, t.notStated))
                  : drawnMain
                    ? t.loading
                    : '\u00a0'}
              </p>
              {view && <p className="print-only print-caption">{filterCaption(view, t)}</p>}
            </div>
            <div className="header-tools">
              {/* Drawn disabled while the data loads, so that nothing moves when it arrives. */}
              {(active != null || !query.isError) && <DataControls active={active} />}
              {!query.isError && <PresentControls ready={view != null} />}
              <LanguageToggle lang={lang} />
            </div>
          </div>
          {/* An error screen needs no filters; while loading, the bar holds its place. */}
          {!query.isError &&
            ((view?.options.units.length ?? 0) > UNIT_SEARCH_FROM ? (
              <SearchedFilterBar view={view} />
            ) : (
              <FilterBar view={view} />
            ))}
        </header>
        {remoteShown ? (
          <Suspense fallback={null}>
            <RemoteSourceBanner address={address} active={active} pending={query.isPending} />
          </Suspense>
        ) : active ? (
          <DataBanner active={active} />
        ) : (
          early && <DataBanner active={early} readingRest />
        )}
        <main id="main" tabIndex={-1} aria-busy={drawnMain ? true : undefined}>
          {drawnMain ? (
            <BuildDrawnSlot node={drawnMain} className="main-prerendered-slot" unwrapped />
          ) : (query.isPending || only) && !view ? (
            <LoadingScreen />
          ) : query.isError || !view ? (
            query.error instanceof RemoteDatasetError ? (
              <Suspense fallback={<LoadingScreen />}>
                <RemoteErrorScreen error={query.error} onRetry={() => void query.refetch()} />
              </Suspense>
            ) : query.error instanceof DatasetInvalidError ? (
              <InvalidDataScreen problems={query.error.problems} />
            ) : (
              <LoadErrorScreen onRetry={() => void query.refetch()} />
            )
          ) : (
            <Dashboard
              view={view}
              figureActions={(figure) => (
                <ExportControl view={view} figure={figure} screenWidthOf={figureScreenWidth} />
              )}
              chartsActions={<ViewExports view={view} screenWidthOf={figureScreenWidth} />}
            />
          )}
        </main>
        {early && <ReadingRestNote early={early} lang={lang} />}
      </div>
      {presenting && view && (
        <Suspense fallback={<LoadingScreen />}>
          <Presentation view={view} />
        </Suspense>
      )}
    </>
  );
}

/** That note, once its chunk is there (boot.ts asks for it as the part is shown). */
function ReadingRestNote({ early, lang }: { early: FirstView; lang: Lang }) {
  const { module } = readingRestModule.useModule();
  return module && <module.ReadingRest early={early} lang={lang} />;
}

function PresentControls({ ready }: { ready: boolean }) {
  const t = useMessages();
  const auto = useDashboardStore((state) => state.auto);
  const presenting = useDashboardStore((state) => state.present);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(presenting);
  // Back from the slides, the keyboard continues where it left: on this button.
  useEffect(() => {
    if (wasPresenting.current && !presenting) buttonRef.current?.focus({ preventScroll: true });
    wasPresenting.current = presenting;
  }, [presenting]);
  const { presentationStarted, autoAdvanceChosen } = useDashboardActions();
  return (
    <div className="present-controls">
      <label>
        <span className="visually-hidden">{t.autoAdvance}</span>
        <select
          value={auto}
          disabled={!ready}
          aria-label={t.autoAdvance}
          onChange={(event) => autoAdvanceChosen(Number(event.target.value))}
        >
          {AUTO_ADVANCE_SECONDS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 0 ? t.autoOff : t.autoEvery(seconds)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="present-button"
        ref={buttonRef}
        disabled={!ready}
        onClick={() => {
          // Full screen needs the click itself; where the browser refuses, the slides still
          // cover the window.
          const scrollY = window.scrollY;
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
          presentationStarted(scrollY);
        }}
      >
        <Icon name="play" /> {t.present}
      </button>
    </div>
  );
}

function LanguageToggle({ lang }: { lang: Lang }) {
  const t = useMessages();
  const { languageSelected } = useDashboardActions();
  return (
    <div className="language-toggle" role="group" aria-label={t.languageLabel}>
      <button
        type="button"
        lang="vi"
        aria-pressed={lang === 'vi'}
        onClick={() => languageSelected('vi')}
      >
        {t.languageVi}
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => languageSelected('en')}
      >
        {t.languageEn}
      </button>
    </div>
  );
}

/**
 * The filters of a long list of districts: the district filter with a search above it, which
 * comes with the chunk of a city's districts (many-districts.ts), loaded for their ranking anyway.
 */
function SearchedFilterBar(props: Parameters<typeof FilterBar>[0]) {
  return <FilterBar {...props} UnitField={manyDistricts.useModule().module?.UnitSearch} />;
}

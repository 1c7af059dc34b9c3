import type { ReactNode } from 'react';
import { AfterFirstView } from '../../rendering';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { filterCaption } from '../../i18n/captions';
import { useMessages } from '../../i18n/use-messages';
import { useDashboardActions } from '../../state/dashboard-store';
import { useFigureBodyModule } from './figure-body-module';
import { ChartCodeFailed, FigureCard } from './FigureCard';
import { KpiCards } from './KpiCards';
import { Summary } from './Summary';
import { CodeFailed } from '../../components/CodeFailed';
import { useBelowFirstViewModule } from './below-first-view-module';
import { useWords } from '../../i18n/words';
import { figuresWords } from './figures-words';
import './figures.css';

/**
 * The dashboard's content. Controls owned by other features (export) come in as slots from the
 * app, so features do not import each other.
 */
export function Dashboard({
  view,
  figureActions,
  chartsActions,
}: {
  view: DashboardView;
  figureActions?: (figure: FigureView) => ReactNode;
  chartsActions?: ReactNode;
}) {
  const t = useMessages();
  const { filtersCleared } = useDashboardActions();
  const caption = filterCaption(view, t);
  const charts = view.figures.reduce((sum, figure) => sum + figure.chartCount, 0);
  // A figure the filters leave with nothing to draw gets no card: they are named in one line.
  const drawn = view.figures.filter((figure) => figure.hasData);
  const withoutData = view.figures.filter((figure) => !figure.hasData);
  const large = charts > LARGE_DASHBOARD_CHARTS;
  return (
    <>
      {view.isEmpty ? (
        <section className="empty-state" role="status">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyBody}</p>
          <button type="button" className="button-primary" onClick={filtersCleared}>
            {t.clearFilters}
          </button>
        </section>
      ) : (
        <>
          <Summary kpis={view.kpis} />
          <KpiCards kpis={view.kpis} />
          {view.figures.length > 0 && (
            <section className="figures-section" aria-labelledby="charts-heading">
              <div className="section-heading">
                <h2 id="charts-heading">{t.chartsHeading}</h2>
                {chartsActions}
              </div>
              <ChartCodeFailedAlert />
              {withoutData.length > 0 && <FiguresWithoutData figures={withoutData} />}
              <div className="figures-grid">
                {drawn.map((figure) => (
                  <FigureCard
                    key={figure.id}
                    large={large}
                    figure={figure}
                    caption={caption}
                    actions={figureActions?.(figure)}
                  />
                ))}
              </div>
            </section>
          )}
          <AfterChartCode>
            <AfterFirstView idle>
              <BelowFirstView view={view} part="notes" />
            </AfterFirstView>
          </AfterChartCode>
        </>
      )}
      <AfterChartCode>
        <AfterFirstView idle>
          <BelowFirstView view={view} part="sources" />
        </AfterFirstView>
      </AfterChartCode>
    </>
  );
}

/**
 * The notes or the list of sources, from their own chunk (below-first-view-module.ts), asked for
 * once the page is idle (AfterFirstView idle): after the first view and the charts drawn with it,
 * which do not wait for it to arrive.
 */
function BelowFirstView({ view, part }: { view: DashboardView; part: 'notes' | 'sources' }) {
  const t = useMessages();
  const { module, failed } = useBelowFirstViewModule();
  if (failed) {
    // Said once, where the list of sources would be.
    return part === 'sources' ? (
      <CodeFailed message={t.sectionsCodeFailed} alert messageClassName="warning" />
    ) : null;
  }
  if (!module) return null;
  return part === 'notes' ? (
    <module.NotesList notes={view.notes} />
  ) : (
    <module.SourcesSection sources={view.sources} units={view.units} />
  );
}

/**
 * Once the chart cards' code has come (or failed): the cards in view draw their charts as it
 * arrives, and what waits for the page to be idle after that (the notes and sources) must not
 * take an idle moment before them, while the charts' code is still on its way.
 */
function AfterChartCode({ children }: { children: ReactNode }) {
  const { module, failed } = useFigureBodyModule();
  return module != null || failed ? children : null;
}

/** The figures the filters leave without data, named in one line rather than a card each. */
function FiguresWithoutData({ figures }: { figures: readonly FigureView[] }) {
  const t = useWords(figuresWords);
  return (
    <p className="figures-without-data">
      {t.figuresWithoutData(figures.map((figure) => figure.title))}
    </p>
  );
}

/** Said once for the page, should the charts' code fail to load; each card shows it too. */
function ChartCodeFailedAlert() {
  return useFigureBodyModule().failed ? <ChartCodeFailed alert /> : null;
}

/**
 * Past this many charts (a city's districts over ten years, say), only the figures near the
 * viewport are drawn: a hundred charts drawn at once would hold hundreds of thousands of elements.
 */
const LARGE_DASHBOARD_CHARTS = 24;

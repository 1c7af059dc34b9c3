import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import { AmountChart } from '../../charts/AmountChart';
import { BreakdownChart } from '../../charts/BreakdownChart';
import { LegendSwatch } from '../../charts/ChartPatterns';
import { CountChart } from '../../charts/CountChart';
import { buildFigureContext, naturalChartHeight, panelHeading } from '../../charts/figure-context';
import { useFormatters } from '../../charts/use-formatters';
import { formatDate } from '../../domain/format';
import { projectorTheme } from '../../domain/palette';
import {
  buildSlides,
  clampSlide,
  fitStage,
  stageFor,
  type Slide,
  type Stage,
} from '../../domain/slides';
import {
  chartColumns,
  leastChartHeight,
  stackedHeights,
  type ChartToPlace,
} from '../../domain/chart-arrangement';
import type { DashboardView, FigureView, KpiView } from '../../domain/view-model';
import { filterCaption } from '../../i18n/captions';
import { useWords } from '../../i18n/words';
import { statusReason } from '../../charts/status-words';
import { STATUS_TONE } from '../../domain/status';
import { presentationWords } from './words';
import { useDashboardActions, useDashboardStore } from '../../state/dashboard-store';
import { interpretKey } from './keys';

/** Type on the projector: charts at twice their screen size, so ticks are 24 px and more. */
const CHART_TYPE_SCALE = 2;

/**
 * The stage for the window's shape (16:9 or 4:3, both 1080 high), scaled to fit it whole.
 * Sizes in the slides' styles are stage pixels.
 */
function useStage(): Stage & { scale: number; left: number; top: number } {
  const measure = () => {
    const screen = { width: window.innerWidth, height: window.innerHeight };
    const stage = stageFor(screen);
    return { ...stage, ...fitStage(stage, screen) };
  };
  const [stage, setStage] = useState(measure);
  useEffect(() => {
    const onResize = () => setStage(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return stage;
}

/**
 * Presentation mode: the current view as a deck for the projector, driven by the keyboard or a
 * clicker. Filters appear as a caption on each slide, never as controls. Esc (or leaving full
 * screen) returns to the dashboard as it was: it stays mounted underneath.
 */
export function Presentation({
  view,
  figureSlideActions,
}: {
  view: DashboardView;
  /** What a chart's slide offers beside moving on (its export), given by the app. */
  figureSlideActions?: (figure: FigureView) => ReactNode;
}) {
  const t = useWords(presentationWords);
  const slides = useMemo(() => buildSlides(view), [view]);
  const requested = useDashboardStore((state) => state.slide);
  const auto = useDashboardStore((state) => state.auto);
  const { slideShown, presentationEnded } = useDashboardActions();
  const current = clampSlide(requested, slides.length);
  const [digits, setDigits] = useState('');
  const [autoPaused, setAutoPaused] = useState(false);
  const digitsRef = useRef('');
  const stage = useStage();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (requested !== current) slideShown(current);
  }, [requested, current, slideShown]);

  // No scrollbar behind the slides; on leaving, the dashboard is where it was (entering and
  // leaving full screen would otherwise reset the scroll position).
  useEffect(() => {
    const root = document.documentElement;
    const previous = { root: root.style.overflow, body: document.body.style.overflow };
    root.style.overflow = 'hidden';
    document.body.style.overflow = 'hidden';
    dialogRef.current?.focus();
    return () => {
      root.style.overflow = previous.root;
      document.body.style.overflow = previous.body;
      const { returnScrollY } = useDashboardStore.getState();
      const restore = () => window.scrollTo(0, returnScrollY);
      restore();
      // Leaving full screen finishes later and resets the scroll once more: restore after it.
      if (document.fullscreenElement) {
        document.addEventListener('fullscreenchange', () => requestAnimationFrame(restore), {
          once: true,
        });
      }
      requestAnimationFrame(restore);
    };
  }, []);

  useEffect(() => {
    const go = (slide: number) => slideShown(clampSlide(slide, slides.length));
    const onKeyDown = (event: KeyboardEvent) => {
      setAutoPaused(true);
      // A keyboard user on a slide button: Space and Enter press the button, nothing more.
      if (event.target instanceof HTMLElement && event.target.closest('button, select, a')) {
        if (event.key === ' ' || event.key === 'Enter') {
          digitsRef.current = '';
          setDigits('');
          return;
        }
      }
      const { command, digits: nextDigits } = interpretKey(event, digitsRef.current);
      digitsRef.current = nextDigits;
      setDigits(nextDigits);
      if (command.type === 'none') return;
      // A held key or clicker button repeats: one slide per press, not a race through the deck.
      if (event.repeat && (command.type === 'next' || command.type === 'previous')) {
        event.preventDefault();
        return;
      }
      event.preventDefault();
      const slide = useDashboardStore.getState().slide;
      switch (command.type) {
        case 'next':
          return go(slide + 1);
        case 'previous':
          return go(slide - 1);
        case 'first':
          return go(1);
        case 'last':
          return go(slides.length);
        case 'go':
          return go(command.slide);
        case 'exit':
          return presentationEnded();
        case 'typing':
          return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [slides.length, slideShown, presentationEnded]);

  // Leaving full screen (the browser takes Esc for that) leaves the presentation too.
  useEffect(() => {
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) presentationEnded();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [presentationEnded]);

  // Auto-advance for a screen in a lobby: loops, and any key pauses it.
  useEffect(() => {
    if (auto <= 0 || autoPaused) return;
    const timer = window.setInterval(() => {
      const slide = useDashboardStore.getState().slide;
      slideShown(slide >= slides.length ? 1 : slide + 1);
    }, auto * 1000);
    return () => window.clearInterval(timer);
  }, [auto, autoPaused, slides.length, slideShown]);

  const slide = slides[current - 1] ?? slides[0];
  const caption = filterCaption(view, t);
  const themeStyle = {
    '--p-ink': projectorTheme.ink,
    '--p-muted': projectorTheme.muted,
    '--p-accent': projectorTheme.accent,
    '--p-bg': projectorTheme.background,
    '--p-letterbox': projectorTheme.letterbox,
    '--p-warning': projectorTheme.warningInk,
    '--p-ok': projectorTheme.okInk,
  } as CSSProperties;

  return (
    <div
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t.presentationLabel}
      ref={dialogRef}
      tabIndex={-1}
      style={themeStyle}
    >
      <div
        className={`slide-stage slide-stage--${stage.shape === '4:3' ? 'standard' : 'wide'}`}
        data-shape={stage.shape}
        style={{
          width: stage.width,
          height: stage.height,
          transform: `translate(${stage.left}px, ${stage.top}px) scale(${stage.scale})`,
        }}
      >
        {slide && (
          <section
            className={`slide slide--${slide.kind}`}
            key={slide.key}
            aria-roledescription="slide"
            aria-label={t.slideCounterLabel(current, slides.length)}
          >
            <SlideBody slide={slide} view={view} caption={caption} />
            <footer className="slide-footer">
              <p className="slide-caption">{caption}</p>
              <div
                className="slide-controls"
                // A mouse click on a button must not keep the focus there: Space and Enter would
                // then press that button again instead of moving through the slides.
                onMouseDown={(event) => {
                  if ((event.target as HTMLElement).closest('button')) event.preventDefault();
                }}
              >
                {digits && <span className="slide-typing">{t.goingTo(digits)}</span>}
                {auto > 0 && (
                  <span className="slide-auto">
                    {autoPaused ? t.autoPaused : t.autoRunning(auto)}
                  </span>
                )}
                {slide.kind === 'figure' && figureSlideActions?.(slide.figure)}
                <button
                  type="button"
                  onClick={() => slideShown(clampSlide(current - 1, slides.length))}
                  disabled={current <= 1}
                >
                  ‹ {t.previousSlide}
                </button>
                <span
                  className="slide-counter"
                  aria-label={t.slideCounterLabel(current, slides.length)}
                >
                  {t.slideCounter(current, slides.length)}
                </span>
                <button
                  type="button"
                  onClick={() => slideShown(clampSlide(current + 1, slides.length))}
                  disabled={current >= slides.length}
                >
                  {t.nextSlide} ›
                </button>
                {!document.fullscreenElement && document.fullscreenEnabled && (
                  <button
                    type="button"
                    onClick={() =>
                      void document.documentElement.requestFullscreen().catch(() => undefined)
                    }
                  >
                    {t.fullscreen}
                  </button>
                )}
                <button type="button" onClick={presentationEnded}>
                  {t.exitPresentation}
                </button>
              </div>
            </footer>
          </section>
        )}
      </div>
    </div>
  );
}

function SlideBody({
  slide,
  view,
  caption,
}: {
  slide: Slide;
  view: DashboardView;
  caption: string;
}) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide view={view} caption={caption} />;
    case 'kpis':
      return <KpiSlide slide={slide} />;
    case 'figure':
      return <FigureSlide view={view} figure={slide.figure} topicName={slide.topicName} />;
    case 'sources':
      return <SourcesSlide view={view} />;
  }
}

function TitleSlide({ view, caption }: { view: DashboardView; caption: string }) {
  const t = useWords(presentationWords);
  const units = view.units.filter(
    (unit) => view.filters.unit == null || unit.id === view.filters.unit,
  );
  const period = view.yearRange ? t.periodRange(view.yearRange.from, view.yearRange.to) : t.noData;
  return (
    <div className="slide-body title-body">
      <p className="slide-kicker">{t.tagline}</p>
      <h1>{t.appName}</h1>
      <dl className="title-facts">
        <div>
          <dt>{t.titleSlideUnits}</dt>
          <dd>{units.map((unit) => `${unit.name} (${unit.city})`).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.titleSlidePeriod}</dt>
          <dd>{period}</dd>
        </div>
      </dl>
      <p className="title-date">{t.asOf(formatDate(view.asOf, t.notStated))}</p>
      <p className="title-caption">{caption}</p>
    </div>
  );
}

function KpiSlide({ slide }: { slide: Extract<Slide, { kind: 'kpis' }> }) {
  const t = useWords(presentationWords);
  const topic = slide.topicName ?? t.acrossTopics;
  return (
    <div className="slide-body">
      <header className="slide-header">
        <h2>
          {t.kpiSlideTitle(topic)} {slide.parts > 1 && t.slidePart(slide.part, slide.parts)}
        </h2>
      </header>
      <ul className="slide-kpis">
        {slide.kpis.map((kpi) => (
          <li key={kpi.id}>
            <SlideKpi kpi={kpi} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function SlideKpi({ kpi }: { kpi: KpiView }) {
  const t = useWords(presentationWords);
  const format = useFormatters();
  return (
    <article className="slide-kpi">
      <h3>{kpi.metricName}</h3>
      <p className="slide-kpi-context">
        {kpi.unitName}
        {kpi.unitInferred ? ` (${t.inferredBadge})` : ''} · {kpi.periodLabel}
      </p>
      <p className="slide-kpi-value">
        <FittedNumber text={format.value(kpi.value, kpi.decimals, kpi.valueDerived)} />{' '}
        {kpi.unitLabel}
        {kpi.valueDerived && <span className="slide-derived"> {t.derivedBadge}</span>}
      </p>
      {kpi.target != null && kpi.targetName && (
        <p className="slide-kpi-target">
          {t.ofTarget(format.value(kpi.target, kpi.decimals, kpi.targetDerived), kpi.targetName)}
          {kpi.targetDerived && <span className="slide-derived"> {t.derivedBadge}</span>}
        </p>
      )}
      {kpi.share != null && (
        <>
          <div className="slide-kpi-bar" aria-hidden="true">
            <div style={{ width: `${kpi.barPercent}%` }} />
          </div>
          <p className="slide-kpi-share">
            {t.reachedShare}: <strong>{format.percent(kpi.share, kpi.shareDecimals)}</strong>
            {kpi.shareCheck === 'disagrees' && kpi.statedShare && (
              <span className="slide-warning">
                {' '}
                · {t.statedShare} {format.statedShare(kpi.statedShare)}{' '}
                {/* Icon.tsx's markup, written out. Importing the component here makes Rolldown
                    move modules the page has already loaded out of the first view's chunk, into
                    three chunks of their own (rolldown/rolldown#10731, open): +1.8 kB of gzip
                    before the first chart, measured with vite build. Import it once that is fixed. */}
                <span className="icon icon-warning" aria-hidden="true" />
              </span>
            )}
          </p>
        </>
      )}
      <p className={`slide-status slide-status--${STATUS_TONE[kpi.judgement.status]}`}>
        {t.status[kpi.judgement.status]}
      </p>
      <p className="slide-reason">{statusReason(kpi.judgement, kpi, t)}</p>
    </article>
  );
}

/** The largest a headline number is drawn, and the least it may shrink to fit its card. */
const NUMBER_PX = { largest: 72, least: 44 };

/**
 * A headline number, as large as its card's width allows: measured as laid out, so
 * "12.455,236" fits a 4:3 stage's narrower cards in any font, rather than running out of it.
 */
function FittedNumber({ text }: { text: string }) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      element.style.fontSize = `${NUMBER_PX.largest}px`;
      const { scrollWidth, clientWidth } = element;
      if (scrollWidth > clientWidth && clientWidth > 0) {
        const px = Math.floor((NUMBER_PX.largest * clientWidth) / scrollWidth);
        element.style.fontSize = `${Math.max(NUMBER_PX.least, px)}px`;
      }
    };
    fit();
    // The card's box, whose size the number does not change (the grid gives it): no loop.
    const card = element.closest('.slide-kpi');
    if (!card) return;
    const observer = new ResizeObserver(fit);
    observer.observe(card);
    return () => observer.disconnect();
  }, [text]);
  return <strong ref={ref}>{text}</strong>;
}

function FigureSlide({
  view,
  figure,
  topicName,
}: {
  view: DashboardView;
  figure: FigureView;
  topicName: string | null;
}) {
  const t = useWords(presentationWords);
  const context = buildFigureContext(view, figure, t);
  const chartsRef = useRef<HTMLDivElement>(null);
  const room = useChartRoom(chartsRef);
  const [drawn, setDrawn] = useState<number[]>([]);
  const charts = useMemo(
    () =>
      figure.panels.map((panel, index): ChartToPlace => ({
        kind: panel.kind,
        naturalHeight: naturalChartHeight(panel),
        leastHeight: drawn[index],
      })),
    [figure.panels, drawn],
  );
  // A few districts' charts across periods stand side by side when the stage is wide enough for
  // them, on one scale (AmountPanel.scale); stacked, each would be a strip on a projector.
  // Charts of bars grow with their rows only: the slide's white is left around them, centred.
  const columns = room ? chartColumns(charts, room.width, COLUMN_GAP, CHART_TYPE_SCALE) : 1;
  const heights = useMemo(
    () => (room ? chartHeights(charts, room, columns) : []),
    [charts, room, columns],
  );
  const width = room ? Math.floor((room.width - (columns - 1) * COLUMN_GAP) / columns) : 0;

  // A chart draws at least what its rows and wrapped labels need, even past the height it was
  // given: read what each drew, and place them again with that as its least (a chart only
  // grows, so this settles in a pass or two).
  useLayoutEffect(() => {
    const element = chartsRef.current;
    if (!element || heights.length === 0) return;
    const panels = [...element.querySelectorAll(':scope > .slide-panel')];
    const measured = panels.map(
      (panel, index) =>
        Number(panel.querySelector('svg.recharts-surface')?.getAttribute('height')) ||
        (heights[index] ?? 0),
    );
    if (measured.some((height, index) => height > (heights[index] ?? 0) + 1)) {
      setDrawn((previous) =>
        measured.map((height, index) => Math.max(height, previous[index] ?? 0)),
      );
    }
  }, [heights]);

  return (
    <div className="slide-body slide-body--figure">
      <header className="slide-header">
        <p className="slide-kicker">{topicName ?? t.acrossTopics}</p>
        <h2>{figure.title}</h2>
        {/* The unit and the legend share a line when they fit: the charts get that height. */}
        <div className="slide-key">
          <p className="slide-meta">{context.unitLine}</p>
          {context.legend.length > 0 && (
            <ul className="slide-legend">
              {context.legend.map((item) => (
                <li key={item.kind}>
                  <LegendSwatch kind={item.kind} /> {item.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <div
        className={columns > 1 ? 'slide-charts slide-charts--columns' : 'slide-charts'}
        ref={chartsRef}
        style={
          columns > 1
            ? { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: COLUMN_GAP }
            : { gap: PANEL_GAP }
        }
      >
        {figure.panels.map((panel, index) => {
          const heading = panelHeading(panel, figure, t);
          const height = heights[index];
          const size = height != null ? { width, height } : null;
          return (
            <div key={index} className="slide-panel">
              {heading && <h3>{heading}</h3>}
              {size && panel.kind === 'amount' && (
                <AmountChart panel={panel} size={size} typeScale={CHART_TYPE_SCALE} projector />
              )}
              {size && panel.kind === 'count' && (
                <CountChart panel={panel} size={size} typeScale={CHART_TYPE_SCALE} projector />
              )}
              {size && panel.kind === 'breakdown' && (
                <BreakdownChart panel={panel} size={size} typeScale={CHART_TYPE_SCALE} projector />
              )}
            </div>
          );
        })}
      </div>
      <div className="slide-notes">
        {context.notes.map((note) => (
          <p key={note} className="slide-warning">
            {note}
          </p>
        ))}
        {context.sourceLines.map((line) => (
          <p key={line} className="slide-source">
            {line}
          </p>
        ))}
      </div>
    </div>
  );
}

const COLUMN_GAP = 48;
const PANEL_GAP = 12;
const MIN_CHART_HEIGHT = 60 * CHART_TYPE_SCALE;

interface ChartRoom {
  width: number;
  height: number;
  /** Each panel's heading, as laid out (wrapped to the width): 0 for none. */
  headings: number[];
}

/**
 * The room the charts have on the slide, and their headings' heights as the browser wrapped
 * them: measured, so a long heading takes two lines rather than ending in "…". The headings do
 * not depend on the charts' heights, so one measurement settles the layout.
 */
function useChartRoom(ref: RefObject<HTMLDivElement | null>): ChartRoom | null {
  const [room, setRoom] = useState<ChartRoom | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const panels = () => [...element.querySelectorAll<HTMLElement>(':scope > .slide-panel')];
    const measure = () => {
      const next = {
        width: element.clientWidth,
        height: element.clientHeight,
        headings: panels().map((panel) => panel.querySelector('h3')?.offsetHeight ?? 0),
      };
      setRoom((previous) =>
        previous &&
        previous.width === next.width &&
        previous.height === next.height &&
        previous.headings.join() === next.headings.join()
          ? previous
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const heading of element.querySelectorAll(':scope > .slide-panel > h3')) {
      observer.observe(heading);
    }
    return () => observer.disconnect();
  }, [ref]);
  return room;
}

/** Each chart's height in the room: a row's share in columns, else stacked (chart-arrangement). */
function chartHeights(charts: readonly ChartToPlace[], room: ChartRoom, columns: number): number[] {
  if (columns > 1) {
    const rows = Math.ceil(charts.length / columns);
    let headingsTotal = 0;
    for (let row = 0; row < rows; row += 1) {
      headingsTotal += Math.max(0, ...room.headings.slice(row * columns, (row + 1) * columns));
    }
    const height = Math.floor((room.height - headingsTotal - (rows - 1) * COLUMN_GAP) / rows);
    const least = Math.max(...charts.map((chart) => leastChartHeight(chart, MIN_CHART_HEIGHT)));
    return charts.map(() => Math.max(least, height));
  }
  const headingsTotal = room.headings.reduce((sum, height) => sum + height, 0);
  const available = room.height - headingsTotal - (charts.length - 1) * PANEL_GAP;
  return stackedHeights(charts, available, CHART_TYPE_SCALE, MIN_CHART_HEIGHT);
}

function SourcesSlide({ view }: { view: DashboardView }) {
  const t = useWords(presentationWords);
  const format = useFormatters();
  return (
    <div className="slide-body">
      <header className="slide-header">
        <h2>{t.sourcesHeading}</h2>
      </header>
      <ol className="slide-sources">
        {view.sources.map((source) => (
          <li key={source.id}>
            <p className="slide-source-title">
              {source.isDescription ? source.label : `“${source.label}”`}
            </p>
            <p className="slide-source-meta">
              {[source.publisher ?? t.notStated, format.date(source.date), source.file].join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

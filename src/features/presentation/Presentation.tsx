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
import { buildFigureContext, chartHeightsAt, panelHeading } from '../../charts/figure-context';
import { wrapText } from '../../charts/chart-layout';
import { measureIn, type Measure } from '../../charts/text-measure';
import { useMessages } from '../../i18n/use-messages';
import { useFormatters } from '../../charts/use-formatters';
import { projectorTheme } from '../../domain/palette';
import {
  buildSlides,
  clampSlide,
  fitStage,
  stageFor,
  type Slide,
  type Stage,
} from '../../domain/slides';
import { arrangeLarge, type Arrangement } from '../../domain/chart-arrangement';
import type { DashboardView, FigureView, KpiView } from '../../domain/view-model';
import { filterCaption } from '../../i18n/captions';
import { titleSlideFacts } from '../../i18n/slide-words';
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
  const facts = titleSlideFacts(view, t);
  return (
    <div className="slide-body title-body">
      <p className="slide-kicker">{t.tagline}</p>
      <h1>{t.appName}</h1>
      <dl className="title-facts">
        <div>
          <dt>{t.titleSlideUnits}</dt>
          <dd>{facts.units}</dd>
        </div>
        <div>
          <dt>{t.titleSlidePeriod}</dt>
          <dd>{facts.period}</dd>
        </div>
      </dl>
      <p className="title-date">{facts.asOf}</p>
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
  const words = useMessages();
  const headings = figure.panels.map((panel) => panelHeading(panel, figure, t));
  // Each chart's heights at a width, from the layout it is drawn by, and its heading's as it
  // wraps: the charts are placed to fit the slide before they are drawn (chart-arrangement.ts).
  // A few districts' charts stand side by side on one scale (AmountPanel.scale); charts of bars
  // are stacked, or side by side when stacked they do not fit; their white is left around them.
  const arrangement = useMemo(() => {
    if (!room) return null;
    const measure = measureIn();
    return arrangeLarge(
      figure.panels.map((panel, index) => ({
        kind: panel.kind,
        at: (width: number, typeScale: number) => ({
          ...chartHeightsAt(panel, { width, typeScale, words, measure }),
          heading: headingHeight(headings[index] ?? null, width, measure),
        }),
      })),
      room,
      {
        columnGap: COLUMN_GAP,
        rowGap: PANEL_GAP,
        typeScale: CHART_TYPE_SCALE,
        minHeight: MIN_CHART_HEIGHT,
      },
    );
    // The headings follow from the figure and the language, as `words` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figure, room, words]);
  const columns = arrangement?.columns ?? 1;
  // A figure of a few bars is drawn larger than the slide's type where that leaves it whole.
  const typeScale = arrangement?.typeScale ?? CHART_TYPE_SCALE;

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
            ? {
                gridTemplateColumns: (arrangement?.widths ?? [])
                  .map((width) => `minmax(0, ${width}fr)`)
                  .join(' '),
                gap: `${PANEL_GAP}px ${COLUMN_GAP}px`,
              }
            : { gap: PANEL_GAP }
        }
      >
        {figure.panels.map((panel, index) => {
          const heading = headings[index];
          const height = arrangement?.heights[index];
          const width = arrangement?.widths[index % columns];
          const size = width != null && height != null ? { width, height } : null;
          return (
            <div key={index} className="slide-panel" style={panelStyle(arrangement, index)}>
              {heading && <h3>{heading}</h3>}
              {size && panel.kind === 'amount' && (
                <AmountChart panel={panel} size={size} typeScale={typeScale} projector />
              )}
              {size && panel.kind === 'count' && (
                <CountChart panel={panel} size={size} typeScale={typeScale} projector />
              )}
              {size && panel.kind === 'breakdown' && (
                <BreakdownChart panel={panel} size={size} typeScale={typeScale} projector />
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
/** A chart's heading on a slide (app.css, `.slide-panel h3`): 26 px bold, lines 1.25 apart. */
const HEADING = { fontPx: 26, lineHeight: 32.5 };

/** A heading's height as it wraps to a width: measured, so it takes lines, never an "…". */
function headingHeight(heading: string | null, width: number, measure: Measure): number {
  if (!heading) return 0;
  // A little narrower than the column: the browser's wrapping and the canvas's measure may
  // differ by a fraction of a pixel, and a heading given a line too many only leaves white.
  const lines = wrapText(heading, width - 4, HEADING.fontPx, measure, true).length;
  return lines * HEADING.lineHeight;
}

/**
 * In columns, the charts of one row stand on one line under their headings; a chart of bars
 * shorter than its neighbour stands at the top, under its own heading.
 */
function panelStyle(arrangement: Arrangement | null, index: number): CSSProperties | undefined {
  if (!arrangement || arrangement.columns === 1) return undefined;
  const row = Math.floor(index / arrangement.columns);
  const inRow = arrangement.heights.slice(
    row * arrangement.columns,
    (row + 1) * arrangement.columns,
  );
  const height = arrangement.heights[index] ?? 0;
  return height < Math.max(...inRow) ? { justifyContent: 'flex-start' } : undefined;
}

/** The room the charts have on the slide: measured, as the text around them leaves it. */
function useChartRoom(
  ref: RefObject<HTMLDivElement | null>,
): { width: number; height: number } | null {
  const [room, setRoom] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = { width: element.clientWidth, height: element.clientHeight };
      setRoom((previous) =>
        previous && previous.width === next.width && previous.height === next.height
          ? previous
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return room;
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

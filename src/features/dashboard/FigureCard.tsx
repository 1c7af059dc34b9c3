import { useState, type ReactNode } from 'react';
import { CodeFailed } from '../../components/CodeFailed';
import type { FigureView } from '../../domain/view-model';
import { unitLine } from '../../i18n/captions';
import { useMessages } from '../../i18n/use-messages';
import { BuildDrawnSlot, DrawnPartContent, useDrawnPart } from '../../rendering';
import { SourceCitation } from './SourceCitation';
import { useFigureBodyModule } from './figure-body-module';
import { manyDistricts, Rankings } from './Rankings';
import type { FigureBody as FigureBodyType } from './FigureBody';
import type { PagedCharts } from './PagedCharts';
import { DataTables } from './DataTables';

/** The id of a figure's card on the page (the export measures the card's width by it). */
export const figureCardId = (figureId: string) => `figure-${figureId}`;

/** One chart card: title, unit and sources, the chart, its legend and warnings, and its table. */
export function FigureCard({
  figure,
  caption,
  actions,
  large = false,
}: {
  figure: FigureView;
  /** One of many figures: drawn only near the viewport (see useDrawnPart). */
  large?: boolean;
  /** The active filters, printed with each chart so a page makes sense on its own. */
  caption: string;
  actions?: ReactNode;
}) {
  const t = useMessages();
  const headingId = `figure-title-${figure.id}`;
  // Layout hints for the grid: a chart across periods takes the full width; a card with
  // several charts stands beside two shorter ones.
  // Known without building its charts (FigureView.panels), which waits for the card's turn.
  const wide = figure.hasAmount;
  const drawnLines = figure.rowCount + 2 * figure.chartCount;
  const tall = !wide && drawnLines >= 8;
  // The card's heading is always current; its charts, legends, notes and table are drawn when
  // the card comes near the viewport or its turn comes, by the charts' code (see useDrawnPart).
  const [card, setCard] = useState<HTMLElement | null>(null);
  const part = useDrawnPart(card, figure, { large, module: useFigureBodyModule() });
  return (
    <figure
      ref={setCard}
      className="figure-card"
      id={figureCardId(figure.id)}
      aria-labelledby={headingId}
      data-wide={wide || undefined}
      data-tall={tall || undefined}
    >
      <figcaption>
        <div className="figure-heading">
          <h3 id={headingId}>{figure.title}</h3>
          {figure.hasData && actions}
        </div>
        <p className="print-only figure-print-caption">{caption}</p>
        <p className="figure-meta">
          <span>{unitLine(figure, t)}</span>
          {figure.sources.length > 0 && (
            <span>
              {t.sourceLine}:{' '}
              {figure.sources.map((source, index) => (
                <span key={source.id}>
                  {index > 0 && '; '}
                  <SourceCitation source={source} />
                </span>
              ))}
            </span>
          )}
        </p>
      </figcaption>
      {/* Only the body waits for its turn (aria-busy): the heading above is always current. */}
      <div className="figure-body" {...part.marks}>
        {part.kind === 'drawn' ? (
          <DrawnPartContent part={part}>
            {part.content.paged ? (
              <PagedCardBody FigureBody={part.module.FigureBody} figure={part.content} />
            ) : (
              <CardBody FigureBody={part.module.FigureBody} figure={part.content} />
            )}
          </DrawnPartContent>
        ) : part.kind === 'build-drawn' ? (
          // Until its own charts are drawn, the body the build drew for this very figure, so the
          // page does not blank what it already showed.
          <BuildDrawnSlot node={part.node} className="figure-prerendered-slot" />
        ) : (
          <CardPending figure={figure} failed={part.failed} width={card?.clientWidth} />
        )}
      </div>
    </figure>
  );
}

type BodyProps = { FigureBody: typeof FigureBodyType; figure: FigureView };

/** A card's charts, legends, notes and table. */
function CardBody({ FigureBody, figure, Paged }: BodyProps & { Paged?: typeof PagedCharts }) {
  return (
    <FigureBody
      figure={figure}
      rankings={<Rankings figure={figure} />}
      Tables={DataTables}
      Paged={Paged}
    />
  );
}

/**
 * A figure drawn a page at a time: once the code that pages it has come (Rankings.tsx), its
 * height held until then. Only such a figure asks for that code.
 */
function PagedCardBody(props: BodyProps) {
  const { module, failed } = manyDistricts.useModule();
  if (module) return <CardBody {...props} Paged={module.PagedCharts} />;
  return <CardPending figure={props.figure} failed={failed} />;
}

/**
 * A card's body not drawn yet, holding about the height of the charts it draws at first (a page
 * of a city's districts, not all of them), so the page's length is close; or, its code not
 * loaded, saying so. Worked out at the card's width by a city's districts' code (pending-height.ts),
 * once it is loaded; else 360 px a chart, which a short chart is.
 */
function CardPending({
  figure,
  failed,
  width,
}: {
  figure: FigureView;
  failed: boolean;
  /** The card's, once it is on the page (laid out before it is painted). */
  width?: number | undefined;
}) {
  const t = useMessages();
  // Not asked for here: a city's page has it for its rankings, its search or its pages.
  const { module } = manyDistricts.useModule(false);
  const height = module?.pendingHeight(figure, width) ?? (figure.chartsShownFirst * 360 || 40);
  return (
    <div className="figure-pending" style={{ height }}>
      {failed ? (
        // Not an alert here: the section says it once (Dashboard.tsx).
        <ChartCodeFailed />
      ) : (
        <p className="visually-hidden">{t.figurePending}</p>
      )}
    </div>
  );
}

/**
 * The charts' code did not load: said with a reload, once for the page as an alert (Dashboard)
 * and in each card where its charts would be.
 */
export function ChartCodeFailed({ alert = false }: { alert?: boolean }) {
  const t = useMessages();
  return <CodeFailed message={t.figureCodeFailed} alert={alert} messageClassName="warning" />;
}

import { useId, useRef, useState } from 'react';
import { CodeFailed } from '../../components/CodeFailed';
import { AfterFirstView, lazyModule } from '../../rendering';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import type { ExportChoices, ExportPanelProps } from './panel-props';
import { useExportRun } from './use-export-run';

/** A figure's width on the page, by its id: the app measures it (the export knows no page). */
export type ScreenWidthOf = (figureId: string) => number;

/**
 * The open menu's code (ExportPanel.tsx, with the exporter) is fetched when a menu is first
 * opened: it is no part of the first view. Once there, every card's menu opens with it at once.
 */
const exportPanel = lazyModule(() => import('./ExportPanel'));

/** The export menu of one chart: image size, resolution, background, and the four actions. */
export function ExportControl({
  view,
  figure,
  screenWidthOf,
}: {
  view: DashboardView;
  figure: FigureView;
  screenWidthOf: ScreenWidthOf;
}) {
  const t = useMessages();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  // Hung from the button's right edge, unless that runs it off the screen's left (a long title
  // wraps the button under it, at the card's left): then from its left edge.
  const [align, setAlign] = useState<'right' | 'left'>('right');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [choices, setChoices] = useState<ExportChoices>({
    presetId: 'screen',
    scale: null,
    transparent: false,
  });
  // Kept here, not in the open menu: an export started and the menu closed still ends with its
  // message, and its buttons stay disabled until it has.
  const { busy, outcome, run } = useExportRun();
  /** Closes the menu, focus back on its button (Esc, or Đóng on a phone's sheet). */
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="export-control" data-menu-align={align}>
      <button
        type="button"
        className="button-secondary export-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        ref={toggleRef}
        onClick={() => {
          // The menu's code and the exporter load as it opens, so "Sao chép ảnh" can call the
          // clipboard within its click.
          void exportPanel.load();
          const box = toggleRef.current?.getBoundingClientRect();
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
          const width = Math.min(34 * rem, 0.9 * window.innerWidth);
          setAlign(box && box.right - width < 0 ? 'left' : 'right');
          setOpen((value) => !value);
        }}
      >
        {t.exportButton}
      </button>
      {/* Built when opened: a closed menu on every card was a sixth of the first view's elements. */}
      {open && (
        <OpenMenu
          id={panelId}
          view={view}
          figure={figure}
          choices={choices}
          onChoices={setChoices}
          onClose={close}
          busy={busy}
          outcome={outcome}
          run={run}
          screenWidth={() => screenWidthOf(figure.id)}
        />
      )}
    </div>
  );
}

/** The open menu, once its code is there; until then its place, or why it cannot come. */
function OpenMenu(props: ExportPanelProps) {
  const t = useMessages();
  const { module, failed } = exportPanel.useModule();
  if (module) return <module.ExportPanel {...props} />;
  return (
    <div
      id={props.id}
      className="export-panel"
      role="group"
      aria-label={t.exportHeading(props.figure.title)}
      aria-busy={!failed}
    >
      {failed && <CodeFailed message={t.exportCodeFailed} alert className="export-outcome alert" />}
    </div>
  );
}

/**
 * What the whole view is exported as, beside the charts' heading (ViewExports.tsx): the deck,
 * the workbook and the ZIP. Their buttons come with the menu's chunk, asked for once the page is
 * idle after its first view: no part of the first view's code (a chunk of their own made the
 * bundler split React and the messages out of the first script, 1.4 kB of gzip more).
 */
export function ViewExports(props: { view: DashboardView; screenWidthOf: ScreenWidthOf }) {
  return (
    <AfterFirstView idle>
      <ViewExportsWhenLoaded {...props} />
    </AfterFirstView>
  );
}

function ViewExportsWhenLoaded(props: { view: DashboardView; screenWidthOf: ScreenWidthOf }) {
  const { module } = exportPanel.useModule();
  return module ? <module.ViewExportButtons {...props} /> : null;
}

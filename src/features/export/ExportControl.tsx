import { useId, useState, type ReactNode } from 'react';
import { CodeFailed } from '../../components/CodeFailed';
import { lazyModule } from '../../rendering';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import type { DeckShape } from './deck-geometry';
import type { ExportChoices, ExportPanelProps, ViewExportProps } from './panel-props';
import { useExportRun } from './use-export-run';

/** A figure's width on the page, by its id: the app measures it (the export knows no page). */
export type ScreenWidthOf = (figureId: string) => number;

/**
 * The open menu's code (ExportPanel.tsx, with the exporter, and the whole view's menu) is fetched
 * when a menu is first opened: it is no part of the first view. Once there, every menu opens
 * with it at once.
 */
const exportPanel = lazyModule(() => import('./ExportPanel'));

/**
 * A menu's button and, while open, its panel (built only when opened): hung from the button's
 * right edge, unless that runs it off the screen's left (a long title wraps the button under it,
 * at the card's left): then from its left edge. On a phone, a sheet along the bottom (app.css).
 */
function MenuToggle({
  label,
  children,
}: {
  label: string;
  children: (menu: { id: string; close: () => void }) => ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [align, setAlign] = useState<'right' | 'left'>('right');
  /**
   * Closes the menu, focus back on its button (Esc, or Đóng on a phone's sheet): the button that
   * controls it, found by that (an id of its own would repeat one in the page the build drew).
   */
  const close = () => {
    setOpen(false);
    for (const toggle of document.querySelectorAll<HTMLElement>('[aria-controls]'))
      if (toggle.getAttribute('aria-controls') === id) toggle.focus();
  };
  return (
    <div className="export-control" data-menu-align={align}>
      <button
        type="button"
        className="button-secondary export-toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={(event) => {
          // The menu's code and the exporter load as it opens, so "Sao chép ảnh" can call the
          // clipboard within its click.
          void exportPanel.load();
          const box = event.currentTarget.getBoundingClientRect();
          const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
          const width = Math.min(34 * rem, 0.9 * window.innerWidth);
          setAlign(box.right - width < 0 ? 'left' : 'right');
          setOpen((value) => !value);
        }}
      >
        {label}
      </button>
      {/* Built when opened: a closed menu on every card was a sixth of the first view's elements. */}
      {open && children({ id, close })}
    </div>
  );
}

/** The export menu of one chart: image size, resolution, background, and the actions. */
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
  const [choices, setChoices] = useState<ExportChoices>({
    presetId: 'screen',
    scale: null,
    transparent: false,
  });
  // Kept here, not in the open menu: an export started and the menu closed still ends with its
  // message, and its buttons stay disabled until it has.
  const { busy, outcome, run } = useExportRun();
  return (
    <MenuToggle label={t.exportButton}>
      {({ id, close }) => (
        <OpenMenu
          id={id}
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
    </MenuToggle>
  );
}

/** The open menu, once its code is there; until then its place, or why it cannot come. */
function OpenMenu(props: ExportPanelProps) {
  const t = useMessages();
  const { module } = exportPanel.useModule();
  if (module) return <module.ExportPanel {...props} />;
  return <MenuPending id={props.id} label={t.exportHeading(props.figure.title)} />;
}

function MenuPending({ id, label }: { id: string; label: string }) {
  const t = useMessages();
  const { failed } = exportPanel.useModule();
  return (
    <div id={id} className="export-panel" role="group" aria-label={label} aria-busy={!failed}>
      {failed && <CodeFailed message={t.exportCodeFailed} alert className="export-outcome alert" />}
    </div>
  );
}

/**
 * The whole view's exports, beside the charts' heading: a menu (its code with the chart's menu)
 * of the PowerPoint deck (16:9 or 4:3), the Excel workbook and the ZIP of every chart. One
 * button in the first view, where the ZIP's was: the menu's code and words come when opened.
 */
export function ViewExports({
  view,
  screenWidthOf,
}: {
  view: DashboardView;
  screenWidthOf: ScreenWidthOf;
}) {
  const t = useMessages();
  const [shape, setShape] = useState<DeckShape>('16:9');
  // Kept here, as a chart's menu keeps its own: an export under way outlives its menu.
  const { busy, outcome, run } = useExportRun();
  if (!view.figures.some((figure) => figure.hasData)) return null;
  return (
    <MenuToggle label={t.exportView}>
      {({ id, close }) => (
        <OpenViewMenu
          id={id}
          view={view}
          screenWidthOf={screenWidthOf}
          shape={shape}
          onShape={setShape}
          onClose={close}
          busy={busy}
          outcome={outcome}
          run={run}
        />
      )}
    </MenuToggle>
  );
}

function OpenViewMenu(props: ViewExportProps) {
  const t = useMessages();
  const { module } = exportPanel.useModule();
  if (module) return <module.ViewExportPanel {...props} />;
  return <MenuPending id={props.id} label={t.exportView} />;
}

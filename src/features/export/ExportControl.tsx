import { useId, useRef, useState } from 'react';
import { CodeFailed } from '../../components/CodeFailed';
import { lazyModule } from '../../rendering';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useMessages, useShownLanguage } from '../../i18n/use-messages';
import type { ExportChoices, ExportPanelProps, Outcome } from './panel-props';

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
 * An export under way and how it ended: its buttons are disabled until it has, then its message
 * is shown ("working" first; a failure in the user's language, the error in the console).
 */
function useExportRun() {
  const t = useMessages();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function run(action: () => Promise<Outcome>) {
    setBusy(true);
    setOutcome({ kind: 'status', text: t.exportWorking });
    try {
      setOutcome(await action());
    } catch (error) {
      console.warn('export failed', error);
      setOutcome({ kind: 'alert', text: t.exportFailed });
    } finally {
      setBusy(false);
    }
  }
  return { busy, outcome, run };
}

/** One ZIP of every chart in the current view, PNG and CSV, numbered in page order. */
export function ExportAllButton({
  view,
  screenWidthOf,
}: {
  view: DashboardView;
  screenWidthOf: ScreenWidthOf;
}) {
  const t = useMessages();
  const lang = useShownLanguage();
  const { busy, outcome, run } = useExportRun();
  if (!view.figures.some((figure) => figure.hasData)) return null;
  const widths = Object.fromEntries(
    view.figures.map((figure) => [figure.id, screenWidthOf(figure.id)]),
  );
  return (
    <div className="export-all">
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={() =>
          run(async () => {
            const name = await (await import('./exporter')).downloadAll(view, lang, widths);
            return { kind: 'status', text: t.exportSaved(name) };
          })
        }
      >
        {t.exportAll}
      </button>
      {outcome && (
        <span className={`export-outcome ${outcome.kind}`} role={outcome.kind}>
          {outcome.text}
        </span>
      )}
    </div>
  );
}

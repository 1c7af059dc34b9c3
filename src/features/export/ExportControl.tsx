import { useId, useRef, useState } from 'react';
import { PRESETS, presetById, type PresetId } from '../../domain/export-presets';
import type { DashboardView, FigureView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';

type Outcome = { kind: 'status' | 'alert'; text: string; offerDownload?: boolean } | null;

const loadExporter = () => import('./exporter');

function figureWidth(figureId: string): number {
  return document.getElementById(`figure-${figureId}`)?.getBoundingClientRect().width ?? 960;
}

/** Click-to-file time, read by `npm run bench`. */
function measure(name: string, start: string): void {
  performance.measure(name, start);
}

/** The export menu of one chart: image size, resolution, background, and the four actions. */
export function ExportControl({ view, figure }: { view: DashboardView; figure: FigureView }) {
  const t = useMessages();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [presetId, setPresetId] = useState<PresetId>('screen');
  const [scale, setScale] = useState(presetById('screen').defaultScale);
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const preset = presetById(presetId);
  /** Closes the menu, focus back on its button (Esc, or Đóng on a phone's sheet). */
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  const request = () => ({
    view,
    figure,
    t,
    preset: presetId,
    scale,
    transparent,
    screenWidth: figureWidth(figure.id),
  });

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

  const png = () =>
    run(async () => {
      performance.mark('export:png:start');
      const exporter = await loadExporter();
      const name = await exporter.downloadPng(request());
      measure(`export:png:${presetId}:${scale}`, 'export:png:start');
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const svg = () =>
    run(async () => {
      const name = await (await loadExporter()).downloadSvg(request());
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const csv = () =>
    run(async () => {
      const name = (await loadExporter()).downloadCsv(view, figure);
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const copy = () =>
    run(async () => {
      const result = await (await loadExporter()).copyPng(request());
      if (result === 'copied') return { kind: 'status', text: t.exportCopied };
      if (result === 'refused') {
        return { kind: 'alert', text: t.exportCopyRefused, offerDownload: true };
      }
      return { kind: 'alert', text: t.exportFailed };
    });

  return (
    <div className="export-control">
      <button
        type="button"
        className="button-secondary export-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        ref={toggleRef}
        onClick={() => {
          // Loaded as the menu opens, so "Sao chép ảnh" can call the clipboard within the click.
          void loadExporter();
          setOpen((value) => !value);
        }}
      >
        {t.exportButton}
      </button>
      {/* Built when opened: a closed menu on every card was a sixth of the first view's elements. */}
      {open && (
        <div
          id={panelId}
          className="export-panel"
          role="group"
          aria-label={t.exportHeading(figure.title)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <div className="export-options">
            <label>
              {t.exportSize}
              <select
                value={presetId}
                onChange={(event) => {
                  const next = presetById(event.target.value);
                  setPresetId(next.id);
                  setScale(next.defaultScale);
                }}
              >
                {PRESETS.map((option) => (
                  <option key={option.id} value={option.id}>
                    {t.exportPreset[option.id]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.exportScale}
              <select value={scale} onChange={(event) => setScale(Number(event.target.value))}>
                {preset.scales.map((option) => (
                  <option key={option} value={option}>
                    {preset.width && preset.height
                      ? t.exportScaleOption(option, preset.width * option, preset.height * option)
                      : `${option}×`}
                  </option>
                ))}
              </select>
            </label>
            <label className="export-checkbox">
              <input
                type="checkbox"
                checked={transparent}
                onChange={(event) => setTransparent(event.target.checked)}
              />
              {t.exportTransparent}
            </label>
          </div>
          <div className="export-actions">
            <button type="button" className="button-primary" disabled={busy} onClick={png}>
              {t.downloadPng}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={svg}>
              {t.downloadSvg}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={copy}>
              {t.copyImage}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={csv}>
              {t.downloadCsv}
            </button>
            {/* On a phone the menu is a sheet over the card's button: this closes it. */}
            <button type="button" className="button-secondary export-close" onClick={close}>
              {t.exportClose}
            </button>
          </div>
          {outcome && (
            <p className={`export-outcome ${outcome.kind}`} role={outcome.kind}>
              {outcome.text}{' '}
              {outcome.offerDownload && (
                <button type="button" className="button-secondary" onClick={png}>
                  {t.downloadPng}
                </button>
              )}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** In presentation mode: the current slide's chart as a 16:9 PNG, laid out for a slide. */
export function ExportSlideButton({ view, figure }: { view: DashboardView; figure: FigureView }) {
  const t = useMessages();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const exporter = await loadExporter();
          await exporter.downloadPng({
            view,
            figure,
            t,
            preset: 'slide-16-9',
            scale: 1,
            transparent: false,
            screenWidth: 1920,
          });
        } catch (error) {
          console.warn('export failed', error);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t.exportSlide}
    </button>
  );
}

/** One ZIP of every chart in the current view, PNG and CSV, numbered in page order. */
export function ExportAllButton({ view }: { view: DashboardView }) {
  const t = useMessages();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!view.figures.some((figure) => figure.hasData)) return null;
  const widths = Object.fromEntries(
    view.figures.map((figure) => [figure.id, figureWidth(figure.id)]),
  );
  return (
    <div className="export-all">
      <button
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setOutcome({ kind: 'status', text: t.exportWorking });
          try {
            const name = await (await loadExporter()).downloadAll(view, t, widths);
            setOutcome({ kind: 'status', text: t.exportSaved(name) });
          } catch (error) {
            console.warn('export failed', error);
            setOutcome({ kind: 'alert', text: t.exportFailed });
          } finally {
            setBusy(false);
          }
        }}
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

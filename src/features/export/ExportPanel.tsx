import { PRESETS, presetById } from '../../domain/export-presets';
import { useWords } from '../../i18n/words';
import { exportWords } from './words';
import { useShownLanguage } from '../../i18n/use-messages';
import type { ExportPanelProps } from './panel-props';
import * as exporter from './exporter';

/** Click-to-file time, read by `npm run bench`. */
function measure(name: string, start: string): void {
  performance.measure(name, start);
}

/**
 * An open export menu: image size, resolution, background, and the four actions. A chunk of its
 * own with the exporter, loaded when a menu is first opened (ExportControl).
 */
export function ExportPanel({
  id,
  view,
  figure,
  choices,
  onChoices,
  onClose,
  busy,
  outcome,
  run,
  screenWidth,
}: ExportPanelProps) {
  const t = useWords(exportWords);
  const lang = useShownLanguage();
  const { presetId, transparent } = choices;
  const preset = presetById(presetId);
  const scale = choices.scale ?? preset.defaultScale;

  const request = () => ({
    view,
    figure,
    t,
    lang,
    preset: presetId,
    scale,
    transparent,
    screenWidth: screenWidth(),
  });

  const png = () =>
    run(async () => {
      performance.mark('export:png:start');
      const name = await exporter.downloadPng(request());
      measure(`export:png:${presetId}:${scale}`, 'export:png:start');
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const svg = () =>
    run(async () => {
      const name = await exporter.downloadSvg(request());
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const csv = () =>
    run(async () => {
      const name = exporter.downloadCsv(view, figure, lang);
      return { kind: 'status', text: t.exportSaved(name) };
    });
  const xlsx = () =>
    run(async () => {
      const { downloadFigureXlsx } = await import('./workbook');
      return { kind: 'status', text: t.exportSaved(await downloadFigureXlsx(view, figure, lang)) };
    });
  const copy = () =>
    run(async () => {
      const result = await exporter.copyPng(request());
      if (result === 'copied') return { kind: 'status', text: t.exportCopied };
      if (result === 'refused') {
        return { kind: 'alert', text: t.exportCopyRefused, offerDownload: true };
      }
      return { kind: 'alert', text: t.exportFailed };
    });

  return (
    <div
      id={id}
      className="export-panel"
      role="group"
      aria-label={t.exportHeading(figure.title)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="export-options">
        <label>
          {t.exportSize}
          <select
            value={presetId}
            onChange={(event) =>
              onChoices({ ...choices, presetId: presetById(event.target.value).id, scale: null })
            }
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
          <select
            value={scale}
            onChange={(event) => onChoices({ ...choices, scale: Number(event.target.value) })}
          >
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
            onChange={(event) => onChoices({ ...choices, transparent: event.target.checked })}
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
        <button type="button" className="button-secondary" disabled={busy} onClick={xlsx}>
          {t.downloadXlsx}
        </button>
        {/* On a phone the menu is a sheet over the card's button: this closes it. */}
        <button type="button" className="button-secondary export-close" onClick={onClose}>
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
  );
}

// The whole view's menu comes in the same chunk.
export { ViewExportPanel } from './ViewExports';

import type { PresetId } from '../../domain/export-presets';
import type { DashboardView, FigureView } from '../../domain/view-model';
import type { DeckShape } from './deck-geometry';

export type Outcome = { kind: 'status' | 'alert'; text: string; offerDownload?: boolean } | null;

/** What the menu was set to: kept while it is closed, so it opens as it was left. */
export interface ExportChoices {
  presetId: PresetId;
  /** Null: the preset's own default. */
  scale: number | null;
  transparent: boolean;
}

/** What the open menu is given: the card keeps its choices, and an export and its message. */
export interface ExportPanelProps {
  id: string;
  view: DashboardView;
  figure: FigureView;
  choices: ExportChoices;
  onChoices: (choices: ExportChoices) => void;
  onClose: () => void;
  /** An export is under way (kept, with its outcome, while the menu is closed). */
  busy: boolean;
  outcome: Outcome;
  run: (action: () => Promise<Outcome>) => Promise<void>;
  /** The figure's width on the page, measured as an export starts, for "as on screen". */
  screenWidth: () => number;
}

/** What the whole view's open menu is given (ViewExports.tsx), kept while it is closed. */
export interface ViewExportProps {
  id: string;
  view: DashboardView;
  screenWidthOf: (figureId: string) => number;
  shape: DeckShape;
  onShape: (shape: DeckShape) => void;
  onClose: () => void;
  busy: boolean;
  outcome: Outcome;
  run: (action: () => Promise<Outcome>) => Promise<void>;
}

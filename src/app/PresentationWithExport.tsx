import type { DashboardView } from '../domain/view-model';
import { ExportSlideButton } from '../features/export/ExportSlideButton';
import { Presentation } from '../features/presentation/Presentation';

/**
 * The slides, each chart's with its export: the two features composed here, in the chunk that
 * loads when someone presents (Shell.tsx), as neither imports the other.
 */
export function PresentationWithExport({ view }: { view: DashboardView }) {
  return (
    <Presentation
      view={view}
      figureSlideActions={(figure) => <ExportSlideButton view={view} figure={figure} />}
    />
  );
}

import { CodeFailed } from '../../components/CodeFailed';
import type { Panel } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { lazyModule } from '../../rendering';
import { panelKey } from './panel-key';

/**
 * The data tables' code (DataTable.tsx) is a chunk of its own, fetched the first time someone
 * opens a table: most readers never do, and the first chart need not wait for it. Asked for from
 * the first view's code (FigureCard passes this to the chart card's body).
 */
const dataTable = lazyModule(() => import('./DataTable'));

/** A figure's tables, one per chart, once their code has come. */
export function DataTables({ panels }: { panels: readonly Panel[] }) {
  const t = useMessages();
  const { module, failed } = dataTable.useModule();
  if (failed) return <CodeFailed message={t.tableCodeFailed} />;
  if (!module) return <p role="status">{t.loading}</p>;
  return panels.map((panel) => <module.PanelTable key={panelKey(panel)} panel={panel} />);
}

import type { Panel } from '../../domain/view-model';

/**
 * A panel's key among its figure's: for its chart and for its table. A module of its own: the
 * chart cards' chunk importing it from DataTables.tsx, which asks for the tables' chunk, made
 * Rolldown split the first view's code apart (rolldown/rolldown#10731).
 */
export function panelKey(panel: Panel): string {
  switch (panel.kind) {
    case 'breakdown':
      return panel.key;
    case 'amount':
      return `amount-${panel.metricId}-${panel.unitId}`;
    case 'count':
      return `count-${panel.metricId}`;
  }
}

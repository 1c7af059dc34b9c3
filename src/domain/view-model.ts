// The view model's public entry: what the screen, the exports and the slides draw, and the
// functions that build it. The modules behind it, one concern each, are in ./view/.
export type {
  AmountPanel,
  AmountRow,
  BreakdownPanel,
  BreakdownRow,
  CountPanel,
  CountRow,
  DashboardView,
  DerivedMark,
  FigureView,
  KpiView,
  NoteView,
  Option,
  Panel,
  ProgressRanking,
  RankedRow,
  SourceRef,
  SourceView,
  UnitView,
} from './view/types';
export { buildDashboardView, filterOptions } from './view/dashboard';
export { DERIVED_DECIMALS, derivationFormula } from './view/derived';

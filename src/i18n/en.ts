import type { Messages } from './types';

export const en: Messages = {
  appName: 'District indicator dashboard',
  tagline: 'Results against targets, from the district party committees’ own articles',
  asOf: (date: string) => `Data as of ${date}`,
  skipToContent: 'Skip to main content',
  languageLabel: 'Language',
  languageVi: 'Tiếng Việt',
  languageEn: 'English',
  /** The language numbers are written in, a Lang: 12,455.236 and 63.90% (domain/format.ts). */
  numberLang: 'en',

  filtersHeading: 'Filters',
  filterYear: 'Year',
  filterTopic: 'Topic',
  filterUnit: 'District',
  allYears: 'All years',
  allTopics: 'All topics',
  allUnits: 'All districts',
  clearFilters: 'Clear filters',

  kpiHeading: 'Headline figures',
  kpisShown: (shown: string, total: string) => `Showing ${shown} of ${total} headline figures.`,
  kpisMore: (count: string) => `Show ${count} more`,
  kpisAll: (total: string) => `Show all ${total}`,
  chartsHeading: 'Charts',
  status: {
    exceeded: 'Exceeded',
    met: 'Met',
    'not-met': 'Not met',
    ahead: 'Ahead of schedule',
    'on-pace': 'On schedule',
    behind: 'Behind schedule',
    'pace-unknown': 'Pace not judged',
    'share-of-total': 'Share of the total',
    'no-target': 'No target',
    'no-data': 'No data',
  },
  reasonComplete: (share: string, target: string) => `${share} of the ${target}.`,
  reasonPace: (share: string, target: string, elapsed: string) =>
    `${share} of the ${target}, against a time elapsed of ${elapsed}.`,
  elapsedMonths: (months: number, ofMonths: number) => `${months} of ${ofMonths} months`,
  evenPace: 'Assumes an even pace over time.',
  reasonPaceUnknown: (share: string, target: string) =>
    `${share} of the ${target}; the data gives no start date for the target's period, so the pace is not judged.`,
  reasonShareOfTotal: (share: string, total: string) =>
    `${share} of the ${total}: a share of the total, not a target.`,
  reasonNoTarget: 'The article states no target.',
  reasonNoData: 'The article gives no figure.',
  elapsedMark: (elapsed: string) => `Time elapsed ${elapsed}`,

  summaryHeading: 'Summary',
  summaryCopy: 'Copy summary',
  summaryCopied: 'Summary copied. Paste it into a Word report.',
  summaryCopyFailed: 'The browser does not allow copying. Select the summary and press Ctrl+C.',
  summaryMore: (count: string) => `${count} more figures in the cards below.`,
  summarySubject: (metric: string, unit: string, period: string) =>
    `${metric} (${unit}, ${period})`,
  summaryAmount: (subject: string, value: string) => `${subject} reached ${value}`,
  summaryCount: (subject: string, value: string, total: string, unit: string) =>
    `${subject}: ${value} of ${total} ${unit}`,
  summaryTally: (subject: string, value: string) => `${subject}: ${value}`,
  summaryNoData: (subject: string) => `${subject}: the article gives no figure`,
  summaryEstimated: 'estimated',
  summaryShare: (share: string, target: string) => `${share} of the ${target}`,
  summaryStatedDisagrees: (stated: string) =>
    `the article says ${stated}, which disagrees with the computed share`,
  summaryPace: {
    ahead: (elapsed: string) => `ahead of the time elapsed (${elapsed})`,
    'on-pace': (elapsed: string) => `in step with the time elapsed (${elapsed})`,
    behind: (elapsed: string) => `behind the time elapsed (${elapsed})`,
  },
  summaryComplete: {
    exceeded: 'above the target',
    met: 'the target met',
    'not-met': 'below the target',
  },
  summaryPaceUnknown:
    "the pace is not judged: the data gives no start date for the target's period",
  summaryGrowth: {
    up: (growth: string, period: string) => `up ${growth} on the same period (${period})`,
    down: (growth: string, period: string) => `down ${growth} on the same period (${period})`,
    flat: (_growth: string, period: string) => `level with the same period (${period})`,
  },
  statusLabel: 'Status',
  noData: 'no data',
  notStated: 'not stated',
  ofTarget: (target: string, name: string) => `/ ${target} (${name.toLocaleLowerCase('en')})`,
  reachedShare: 'Share reached',
  computedShare: 'Computed share',
  statedShare: 'Article states',
  shareQualifier: {
    exact: '',
    'more-than': 'more than ',
    'less-than': 'less than ',
    about: 'about ',
  },
  shareDisagrees: 'Disagrees with the computed share',
  shareAgrees: 'Agrees with the computed share',
  shareFromArticle: 'as the article states; the estimate is derived from it',
  derivedBadge: 'derived',
  derivedExplain: (formula: string) => `Derived value, not printed in the article: ${formula}`,
  periodLengthWarning: (list: string) =>
    `The periods compared differ in length (${list}). Do not compare their totals directly.`,
  months: (count: number) => `${count} ${count === 1 ? 'month' : 'months'}`,
  growthStated: 'Growth on the same period (article)',
  growthComputed: 'Growth on the same period (computed)',
  comparedTo: 'Compared with',

  legendActual: 'Result',
  legendTarget: 'Target / total (bold outline)',
  legendDerived: 'Derived value (diagonal stripes)',
  legendRemaining: 'Not yet met',

  showTable: 'Show data table',
  colValue: 'Value',
  colSource: 'Source',
  colTotal: 'Total',
  colRemaining: 'Not met',
  unitColumn: (unit: string) => `(${unit})`,
  sourceLine: 'Source',
  unitLine: 'Unit',
  kpiPending: (title: string) =>
    `${title}: the figures are being drawn, or appear when scrolled to.`,
  figurePending: 'The chart, its legend and its table are being drawn, or appear when scrolled to.',
  figureCodeFailed:
    'The code that draws the charts did not load (a lost connection, or the app was just updated). No data has been lost: reload the page.',
  sectionsCodeFailed:
    'The notes and the list of sources did not load (a lost connection, or the app was just updated). No data has been lost: reload the page.',
  figureNoData: 'No data for this selection.',
  missingTarget: (name: string, where: string) => `${name}: no data for ${where}.`,
  breakdownOf: (unit: string, period: string) => `${unit}, ${period}`,
  breakdownTotal: (sum: string, stated: string) =>
    `Sum over topics: ${sum}; the article states a total of ${stated}.`,
  breakdownSubset: (total: string, unit: string) =>
    `A topic filter is on: only part of the ${total} ${unit} in total is shown.`,
  breakdownTotalMismatch: 'The topics do not add up to the total the article states.',
  chartAlt: (title: string) => `Chart: ${title}. The figures are in the table below.`,

  exportButton: 'Export',
  exportView: 'Export the whole view',
  exportHeading: (title: string) => `Export the chart “${title}”`,
  exportWorking: 'Creating the file…',
  exportFailed: 'The file could not be created. Please try again.',
  exportCodeFailed:
    'The export code did not load (a lost connection, or the app was just updated). No data has been lost: reload the page.',
  present: 'Present',
  autoAdvance: 'Auto-advance',
  autoOff: 'No auto-advance',
  autoEvery: (seconds: number) => `Every ${seconds} seconds`,
  importButton: 'Import data',
  downloadDataCsv: 'Download data (CSV)',
  downloadDataXlsx: 'Download data (Excel)',
  importDropHere: 'Drop the file here to import it',
  importedBanner: (file: string, when: string) =>
    `Showing data imported from “${file}” on ${when}.`,
  restoreBundled: 'Restore the bundled data',
  restoreFailed:
    'The bundled data could not be loaded (offline?). The imported data is kept; try again.',
  restoreConfirm: 'Restore the bundled data? The imported data will be removed from this browser.',
  changedElsewhere:
    'The data was just changed in another tab of this browser; the page shows the latest.',
  storedUnreadable:
    'The data kept in this browser is damaged or unreadable, so the bundled data is shown.',
  downloadData: 'Download data (JSON)',

  inferredBadge: 'inferred',
  inferredTitle: 'District name inferred',

  emptyTitle: 'No data for this selection',
  emptyBody: 'The articles hold no figure that matches the filters chosen.',

  loading: 'Loading data…',
  loadErrorTitle: 'The data could not be loaded',
  loadErrorBody:
    'The data file could not be read. Check the connection or the file on the server, then try again.',
  retry: 'Try again',
  invalidTitle: 'The data file is not valid',
  tableCodeFailed:
    'The data tables could not be loaded (offline, or the app was just updated). No data is lost: reload the page.',
  invalidListFailed:
    'The list of the file’s problems could not be loaded (offline, or the app was just updated). Reload the page.',
  crashTitle: 'Something went wrong showing this page',
  crashBody:
    'No data has been lost. Reload the page; if it happens again, tell the technical team.',
  reload: 'Reload the page',
};

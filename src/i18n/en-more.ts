import type { MoreMessages } from './types';

export const enMore: MoreMessages = {
  exportClose: 'Close',
  exportSize: 'Size',
  exportPreset: {
    screen: 'As on screen',
    'slide-16-9': 'Slide 16:9 (1920 × 1080)',
    'slide-4-3': 'Slide 4:3 (1600 × 1200)',
    'a4-landscape': 'A4 landscape, for reports',
  },
  exportScale: 'Resolution',
  exportScaleOption: (scale: number, width: number, height: number) =>
    `${scale}× (${width} × ${height} pixels)`,
  exportTransparent: 'Transparent background',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  copyImage: 'Copy image',
  exportCopied: 'Image copied. Paste it into Word or PowerPoint.',
  exportCopyRefused:
    'The browser does not allow copying images to the clipboard. Download the PNG instead.',
  presentationLabel: 'Presentation',
  slideCounter: (slide: number, count: number) => `${slide} / ${count}`,
  slideCounterLabel: (slide: number, count: number) => `Slide ${slide} of ${count}`,
  previousSlide: 'Previous',
  nextSlide: 'Next',
  fullscreen: 'Full screen',
  exitPresentation: 'Exit (Esc)',
  exportSlide: 'Export this slide',
  autoRunning: (seconds: number) => `Advancing every ${seconds} seconds`,
  autoPaused: 'Auto-advance paused',
  goingTo: (digits: string) => `Go to slide ${digits}… (Enter)`,
  kpiSlideTitle: (topic: string) => `Headline figures: ${topic}`,
  acrossTopics: 'Across topics',
  slidePart: (part: number, parts: number) => `(${part}/${parts})`,
  titleSlideUnits: 'Districts',
  titleSlidePeriod: 'Period',
  periodRange: (from: number, to: number) => (from === to ? `Year ${from}` : `${from}–${to}`),
  importTitle: 'Import data',
  importIntro:
    'Choose or drop a JSON file (format in docs/dataset.md) or a CSV made from the template. Nothing changes until you press “Apply”.',
  downloadTemplate: 'Download the CSV template',
  csvCell: (row: string, column: string) => `Row ${row}, column “${column}”`,
  csvMissingColumn: (column: string) => `Column “${column}” is missing`,
  importChoose: 'Choose a file',
  importReading: (name: string) => `Reading “${name}”…`,
  fileProblem: {
    tooLarge: 'The file is larger than 10 MB, too large to import.',
    empty: 'The file is empty.',
    binary:
      'The file is not UTF-8 text (perhaps an image, a PDF, an Excel .xlsx, or a CSV in another encoding). In Excel, save as “CSV UTF-8”.',
    unreadable: 'The file could not be read (it was moved, or is not a file). Choose it again.',
    unsupportedType: 'Only .json and .csv files can be imported.',
  },
  importErrors: (count: number) =>
    `The file has ${count} ${count === 1 ? 'problem' : 'problems'}, so it cannot be imported. The data shown is unchanged:`,
  importWarnings: (count: number) =>
    `${count} ${count === 1 ? 'warning' : 'warnings'}, which can be accepted after a look:`,
  importAcceptWarnings: 'I have read the warnings and want to import anyway',
  warningShare: (path: string, stated: string, computed: string) =>
    `${path}: the stated share ${stated} differs from the computed ${computed}.`,
  warningPeriods: (metric: string, months: string) =>
    `Metric “${metric}”: the periods compared differ in length (${months} months).`,
  importMode: 'How to import',
  importMerge: 'Merge into the current data',
  importReplace: 'Replace all the current data',
  importCounts: (added: number, changed: number, unchanged: number, removed: number) =>
    `Adds ${added} figures, changes ${changed}, leaves ${unchanged} as they are` +
    (removed > 0 ? `, and removes ${removed} current figures that the file does not hold.` : '.'),
  importApply: 'Apply',
  importMigrated: (from: number, to: number) =>
    `The file is in an older format (version ${from}); it was converted to version ${to} for import.`,
  importRedefined:
    'The file defines these existing entries differently; if applied, the file’s version replaces the current one:',
  importRemovedDefinitions: 'Replacing removes these current entries that the file does not hold:',
  definitionList: {
    units: 'Districts',
    periods: 'Periods',
    topics: 'Topics',
    figures: 'Charts',
    metrics: 'Metrics',
    sources: 'Sources',
    notes: 'Notes',
  },
  currentDataPath: (path: string) => `Current data, ${path}`,
  importCancel: 'Cancel',
  importSaveFailed: 'The data could not be kept in this browser; the data shown is unchanged.',
  notesHeading: 'Qualitative notes',
  notesIntro: 'What the articles report without a comparable figure.',
  notesGeneral: 'General',
  sourcesHeading: 'Sources',
  sourcesIntro:
    'Every figure on this page comes from the articles below. Derived values are marked “derived”, with their formula.',
  figuresCitedLabel: 'Figures cited',
  figuresCited: (count: number) => `${count} ${count === 1 ? 'figure' : 'figures'}`,
  downloadCsv: 'Download CSV data',
  untitled: 'Untitled article; description by the editors',
  publisher: 'Publisher',
  author: 'Author',
  published: 'Published',
  file: 'File',
  exportDerivedNote:
    '“≈” and diagonal stripes: derived values, not printed in the article; formulas in the data table.',
};

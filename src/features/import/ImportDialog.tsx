import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActiveDataset } from '../../data/dataset-query';
import { saveStoredDataset, StoredChangedError } from '../../data/stored-dataset';
import { showKeptFromElsewhere } from './kept-elsewhere';
import {
  checkImportFile,
  MAX_IMPORT_BYTES,
  importWarnings,
  locateProblem,
  planImport,
  type LocatedPath,
  type DefinitionChange,
  type FileProblem,
  type ImportMode,
} from '../../domain/import';
import {
  csvPathOf,
  datasetToCsv,
  readDatasetCsv,
  type CsvReadInfo,
} from '../../domain/dataset-csv';
import { readDatasetTable } from '../../domain/dataset-table';
import type { CsvTable } from '../../domain/csv-table';
import { duplicateJsonKeys, jsonLines } from '../../domain/json-duplicates';
import { readWorkbook } from './read-workbook';
import { CURRENT_SCHEMA_VERSION, type Dataset } from '../../domain/schema';
import { parseDatasetText, validateDataset, type Problem } from '../../domain/validate';
import { useFormatters } from '../../charts/use-formatters';
import { useWords } from '../../i18n/words';
import { importWords } from './words';
import { useLang } from '../../state/dashboard-store';
import { saveText } from '../../components/save-file';
import { showDataset } from './show-dataset';
import { NumberStyleChoice } from './NumberStyleChoice';
import { DateOrderChoice } from './DateOrderChoice';
import type { DateOrder } from '../../domain/date-order';
import { WithName } from '../../components/WithName';
import type { NumberStyle } from '../../domain/number-style';
import type { TextEncoding } from '../../domain/text-encoding';

/** A sheet's name as Excel writes it in a reference: quoted when it holds more than letters and digits. */
function sheetReference(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Marks a path that lies in the data shown now rather than in the chosen file. */
const CURRENT = 'current:';

/**
 * A file read as far as its text, or a workbook as far as its sheet's table: what the dialog
 * re-reads when a number style or a date order is chosen.
 */
type Source =
  | { name: string; kind: 'json' | 'csv'; text: string; encoding: TextEncoding }
  | { name: string; kind: 'table'; table: CsvTable };

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; name: string }
  | { state: 'fileProblem'; name: string; problem: FileProblem }
  | { state: 'invalid'; name: string; problems: Problem[]; info?: CsvReadInfo }
  | {
      state: 'ready';
      name: string;
      incoming: Dataset;
      /** For a CSV: the spreadsheet row of each figure, so that every message names its row. */
      rowOfObservation: number[] | null;
      migratedFrom: number | null;
      info?: CsvReadInfo;
    };

/** The file's bytes to text: refused on its size before a byte is read. */
async function readSource(file: File): Promise<Source | Reading> {
  if (file.size > MAX_IMPORT_BYTES)
    return { state: 'fileProblem', name: file.name, problem: 'tooLarge' };
  const checked = checkImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!checked.ok) return { state: 'fileProblem', name: file.name, problem: checked.problem };
  if (checked.kind === 'workbook') {
    const read = await readWorkbook(checked.bytes);
    return read.ok
      ? { name: file.name, kind: 'table', table: read.table }
      : { state: 'fileProblem', name: file.name, problem: read.problem };
  }
  return { name: file.name, kind: checked.kind, text: checked.text, encoding: checked.encoding };
}

/** What a file's text holds: an invalid dataset, one to import, or a question about its numbers. */
function inspectSource(
  source: Source,
  base: Dataset,
  numberStyle?: NumberStyle,
  dateOrder?: DateOrder,
): Reading {
  const { name } = source;
  if (source.kind === 'csv' || source.kind === 'table') {
    const read =
      source.kind === 'table'
        ? readDatasetTable(source.table, base, { numberStyle, dateOrder })
        : readDatasetCsv(source.text, base, { numberStyle, dateOrder });
    if (!read.ok) return { state: 'invalid', name, problems: read.problems, info: read.info };
    const valid = validateDataset(read.dataset);
    if (!valid.ok) {
      return {
        state: 'invalid',
        name,
        problems: valid.problems.map((problem) => csvPathOf(problem, read.rowOfObservation)),
        info: read.info,
      };
    }
    return {
      state: 'ready',
      name,
      incoming: valid.data,
      rowOfObservation: read.rowOfObservation,
      migratedFrom: null,
      info: read.info,
    };
  }
  const parsed = parseDatasetText(source.text);
  // JSON.parse keeps the last of a key given twice: which was meant is the user's to say. Listed
  // with the file's other problems, unless it is no JSON at all.
  const repeated = duplicateJsonKeys(source.text).map((path): Problem => ({
    path,
    code: 'duplicateKey',
  }));
  if (!parsed.ok) {
    const notJson = parsed.problems.some((problem) => problem.code === 'invalidJson');
    return {
      state: 'invalid',
      name,
      problems: notJson ? parsed.problems : [...repeated, ...parsed.problems],
    };
  }
  if (repeated.length > 0) return { state: 'invalid', name, problems: repeated };
  return {
    state: 'ready',
    name,
    incoming: parsed.data,
    rowOfObservation: null,
    migratedFrom: parsed.migratedFrom,
  };
}

/**
 * The import, step by step: choose a file, read the report (errors block, warnings can be
 * accepted), choose merge or replace, apply. Until "Áp dụng", nothing the dashboard shows changes.
 */
// The invalid-data screen's list of problems comes with this chunk: the two share the words
// that name the validator's problems, and a chunk of their own for those words made Rolldown
// split the first view's code apart (rolldown/rolldown#10731).
export { InvalidDataList } from './InvalidDataList';

export function ImportDialog({
  active,
  initialFile,
  droppedWith = [],
  onClose,
}: {
  active: ActiveDataset;
  initialFile: File | null;
  /** Files dropped together with `initialFile`: named, and left for another import. */
  droppedWith?: readonly string[];
  onClose: () => void;
}) {
  const t = useWords(importWords);
  const format = useFormatters();
  const lang = useLang();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Source | Reading>(() =>
    initialFile ? { state: 'reading', name: initialFile.name } : { state: 'idle' },
  );
  const [numberStyle, setNumberStyle] = useState<NumberStyle | undefined>(undefined);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const reading = useMemo<Reading>(
    () =>
      'state' in loaded ? loaded : inspectSource(loaded, active.dataset, numberStyle, dateOrder),
    [loaded, active.dataset, numberStyle, dateOrder],
  );
  const [mode, setMode] = useState<ImportMode>('merge');
  // The warnings accepted, for the data they were shown on: accepted again after it changes.
  const [acceptedOn, setAcceptedOn] = useState<number | null>(null);
  const accepted = acceptedOn === active.revision;
  const setAccepted = (value: boolean) => setAcceptedOn(value ? active.revision : null);
  // What is kept may change while the report is read (another tab imports): the report is worked
  // out again on the new data, said, and its warnings must be accepted again.
  const [openedOn, setOpenedOn] = useState(active.revision);
  const changedWhileOpen = active.revision !== openedOn;
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function read(file: File) {
    setAccepted(false);
    setSaveFailed(false);
    setNumberStyle(undefined);
    setDateOrder(undefined);
    setLoaded({ state: 'reading', name: file.name });
    startReading(file);
  }

  // Only the latest read counts: a slow first file must not overwrite a second one.
  const readId = useRef(0);
  function startReading(file: File) {
    const id = (readId.current += 1);
    void readSource(file)
      .catch((): Reading => ({ state: 'fileProblem', name: file.name, problem: 'unreadable' }))
      .then((result) => {
        if (readId.current === id) setLoaded(result);
      });
  }

  useEffect(() => {
    // The file's bytes are read once; what they hold is worked out again when a style is chosen.
    if (initialFile) startReading(initialFile);
  }, [initialFile]);

  const incoming = reading.state === 'ready' ? reading.incoming : null;
  const rowOfObservation = reading.state === 'ready' ? reading.rowOfObservation : null;
  const plan = useMemo(
    () => (incoming ? planImport(active.dataset, incoming, mode) : null),
    [active.dataset, incoming, mode],
  );
  // A merge can join two files whose ids clash: the result is checked as a whole, and each
  // problem is traced back to the file's row, or to the current data.
  const resultProblems = useMemo(() => {
    if (!plan || !incoming) return [];
    const checked = validateDataset(plan.result);
    if (checked.ok) return [];
    const shown = (where: LocatedPath) => (where.inFile ? where.path : `${CURRENT}${where.path}`);
    return checked.problems.map((problem): Problem => {
      const where = locateProblem(problem, plan.result, incoming, active.dataset);
      const located: Problem = {
        ...problem,
        path: shown(where.path),
        ...(where.detail ? { detail: shown(where.detail) } : {}),
      };
      return rowOfObservation && !located.path.startsWith(CURRENT)
        ? csvPathOf(located, rowOfObservation)
        : located;
    });
  }, [plan, incoming, active.dataset, rowOfObservation]);
  const warnings = useMemo(
    () => (incoming ? importWarnings(incoming, active.dataset) : []),
    [incoming, active.dataset],
  );
  const canApply =
    plan != null &&
    resultProblems.length === 0 &&
    (warnings.length === 0 || accepted) &&
    !changedWhileOpen;

  async function apply() {
    if (!plan || reading.state !== 'ready') return;
    const importedAt = new Date().toISOString();
    let revision: number;
    try {
      revision = await saveStoredDataset(
        { format: 1, dataset: plan.result, fileName: reading.name, importedAt },
        active.revision,
      );
    } catch (error) {
      if (error instanceof StoredChangedError) {
        // Nothing was written: this tab's report was on data another tab has since replaced.
        await showKeptFromElsewhere(queryClient).catch(() => undefined);
      } else setSaveFailed(true);
      return;
    }
    const next: ActiveDataset = {
      dataset: plan.result,
      origin: { kind: 'imported', fileName: reading.name, importedAt },
      revision,
    };
    showDataset(queryClient, next);
    onClose();
  }

  const problems = reading.state === 'invalid' ? reading.problems : resultProblems;
  const info = reading.state === 'invalid' || reading.state === 'ready' ? reading.info : undefined;
  // A JSON file's problems and warnings at the line an editor shows them on (not for a file of
  // an older format, whose paths are those of the migrated data).
  const jsonText =
    !('state' in loaded) &&
    loaded.kind === 'json' &&
    !(reading.state === 'ready' && reading.migratedFrom != null)
      ? loaded.text
      : null;
  const lineOf = useMemo(() => {
    // A file on one line (a program's output) has nothing to find by its line.
    if (!jsonText?.includes('\n')) return null;
    const paths = [
      ...problems.map((problem) => problem.path),
      ...warnings.flatMap((warning) => ('path' in warning ? [warning.path] : [])),
    ].filter((path) => path !== '' && !path.startsWith(CURRENT));
    return jsonLines(jsonText, paths);
  }, [jsonText, problems, warnings]);
  /** A place marked as lying in the data shown now, said as such; anything else as it is. */
  const describeCurrent = (text: string): string =>
    text.startsWith(CURRENT) ? t.currentDataPath(text.slice(CURRENT.length)) : text;
  const describePath = (path: string): string => {
    if (path.startsWith(CURRENT)) return describeCurrent(path);
    const cell = /^(\d+|\?):(.*)$/.exec(path);
    const sheet = info?.sheet;
    if (cell && sheet) {
      const [, row = '', column = ''] = cell;
      const letters = sheet.letters[column];
      return letters
        ? t.sheetCell(`${sheetReference(sheet.name)}!${letters}${row}`, column)
        : t.sheetRow(sheet.name, row);
    }
    if (cell) return cell[2] ? t.csvCell(cell[1] ?? '', cell[2]) : t.csvRow(cell[1] ?? '');
    const column = /^\[(.*)\]$/.exec(path);
    if (column) return t.csvColumn(column[1] ?? '');
    const line = lineOf?.get(path);
    if (line !== undefined) return t.jsonLine(line, path);
    return path || t.wholeFile;
  };
  /** A path into the file's dataset, as its row and column for a CSV. */
  const describeFilePath = (path: string) =>
    describePath(
      rowOfObservation ? csvPathOf({ path, code: 'invalid' }, rowOfObservation).path : path,
    );
  const encoding = 'state' in loaded || loaded.kind === 'table' ? null : loaded.encoding;
  const metricName = (id: string) => {
    const metric = incoming?.metrics.find((m) => m.id === id);
    return metric ? (lang === 'en' ? (metric.name.en ?? metric.name.vi) : metric.name.vi) : id;
  };

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="import-title">{t.importTitle}</h2>
      <p>{t.importIntro}</p>
      <p>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            saveText(datasetToCsv(active.dataset), 'mau-nhap-du-lieu.csv', 'text/csv;charset=utf-8')
          }
        >
          {t.downloadTemplate}
        </button>
      </p>
      <label className="import-file">
        {t.importChoose}
        <input
          type="file"
          accept=".xlsx,.xlsm,.ods,.csv,text/csv,.txt,text/plain,.tsv,.json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
      </label>

      {/* Above the report it changed, where it is seen before the report is read again. */}
      {changedWhileOpen && (
        <div className="import-alert" role="alert">
          <p>{t.importChangedElsewhere}</p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => setOpenedOn(active.revision)}
          >
            {t.importChangedSeen}
          </button>
        </div>
      )}
      {droppedWith.length > 0 && initialFile && (
        <p className="import-alert" role="alert">
          {t.droppedMany(droppedWith.length + 1)}{' '}
          <WithName words={t.droppedOpened} name={initialFile.name} />{' '}
          <WithName words={t.droppedLeft} name={droppedWith.join(', ')} />
        </p>
      )}
      {reading.state === 'reading' && (
        <p role="status">
          <WithName words={t.importReading} name={reading.name} />
        </p>
      )}
      {reading.state === 'fileProblem' && (
        <p className="import-alert" role="alert">
          “<bdi className="user-name">{reading.name}</bdi>”: {t.fileProblem[reading.problem]}
        </p>
      )}
      {encoding && encoding !== 'utf-8' && <p role="status">{t.encodingNote(encoding)}</p>}
      {info?.sheet && (
        <p role="status">
          <WithName words={t.sheetNote} name={info.sheet.name} />
        </p>
      )}
      {info && info.titleRows > 0 && <p role="status">{t.titleRowsNote(info.titleRows)}</p>}
      {info && (
        <NumberStyleChoice
          info={info}
          chosen={numberStyle}
          onChoose={(style) => {
            setAccepted(false);
            setNumberStyle(style);
          }}
          describeCell={describePath}
        />
      )}
      {info?.dates && (
        <DateOrderChoice
          dates={info.dates}
          chosen={dateOrder}
          onChoose={(order) => {
            setAccepted(false);
            setDateOrder(order);
          }}
          describeCell={describePath}
        />
      )}
      {problems.length > 0 && (
        <div className="import-alert" role="alert">
          <p>{t.importErrors(problems.length)}</p>
          <ol className="problem-list">
            {problems.map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                <code>{describePath(problem.path)}</code>: {t.problem[problem.code]}
                {problem.detail ? ` ${t.problemDetail(describeCurrent(problem.detail))}` : ''}
              </li>
            ))}
          </ol>
        </div>
      )}
      {reading.state === 'ready' && reading.migratedFrom != null && (
        <p role="status">{t.importMigrated(reading.migratedFrom, CURRENT_SCHEMA_VERSION)}</p>
      )}
      {/* The choice and what it changes stay in view when the merged result has problems: a
          file that clashes with the current data may still replace it, and a redefinition listed
          here often explains the problem. */}
      {plan && (
        <>
          {resultProblems.length === 0 && warnings.length > 0 && (
            <div className="import-warnings">
              <p>{t.importWarnings(warnings.length)}</p>
              <ul>
                {warnings.map((warning, index) => (
                  <li key={index}>
                    {warning.code === 'shareDisagrees'
                      ? t.warningShare(
                          describeFilePath(warning.path),
                          format.statedShare(warning.stated),
                          format.percent(warning.computed, 2),
                        )
                      : warning.code === 'thousandfold'
                        ? t.warningThousandfold(
                            describeFilePath(warning.path),
                            format.number(warning.before, 6),
                            format.number(warning.after, 6),
                          )
                        : t.warningPeriods(metricName(warning.metric), warning.months.join(', '))}
                  </li>
                ))}
              </ul>
              <label>
                <input
                  type="checkbox"
                  checked={accepted}
                  onChange={(event) => setAccepted(event.target.checked)}
                />{' '}
                {t.importAcceptWarnings}
              </label>
            </div>
          )}
          <fieldset className="import-mode">
            <legend>{t.importMode}</legend>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              {t.importMerge}
            </label>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              {t.importReplace}
            </label>
          </fieldset>
          <DefinitionChanges heading={t.importRedefined} changes={plan.redefined} />
          <DefinitionChanges
            heading={t.importRemovedDefinitions}
            changes={plan.removedDefinitions}
          />
          <p className="import-counts" role="status">
            {t.importCounts(
              plan.counts.added,
              plan.counts.changed,
              plan.counts.unchanged,
              plan.counts.removed,
            )}
          </p>
        </>
      )}
      {saveFailed && plan && (
        <div className="import-alert" role="alert">
          <p>{t.importSaveFailed}</p>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              saveText(
                `${JSON.stringify(plan.result, null, 2)}\n`,
                'du-lieu-chua-luu.json',
                'application/json',
              )
            }
          >
            {t.importSaveFailedDownload}
          </button>
        </div>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!canApply}
          onClick={() => void apply()}
        >
          {t.importApply}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t.importCancel}
        </button>
      </div>
    </dialog>
  );
}

/** Entries of the current data that an import redefines or removes, by list: said, never silent. */
function DefinitionChanges({
  heading,
  changes,
}: {
  heading: string;
  changes: readonly DefinitionChange[];
}) {
  const t = useWords(importWords);
  if (changes.length === 0) return null;
  const byList = new Map<DefinitionChange['list'], string[]>();
  for (const change of changes)
    byList.set(change.list, [...(byList.get(change.list) ?? []), change.id]);
  return (
    <div className="import-definitions">
      <p>{heading}</p>
      <ul>
        {[...byList].map(([list, ids]) => (
          <li key={list}>
            {t.definitionList[list]} ({ids.length}): {ids.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

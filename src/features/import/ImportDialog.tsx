import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActiveDataset } from '../../data/dataset-query';
import { saveStoredDataset, StoredChangedError } from '../../data/stored-dataset';
import { askToPersist } from '../../data/storage-use';
import { FiguresNotReadBack, shareViewWork, wholeDataset } from '../../data/share-view-work';
import type { WriteProgress } from '../../data/kept-write';
import { KeptStorage } from './KeptStorage';
import { SavingProgress } from './SavingProgress';
import { OpenAddress } from './OpenAddress';

// Loaded with this dialog's chunk: what the page says of data opened from a web address.
export { RemoteErrorScreen, RemoteSourceBanner } from './RemoteSource';
import { showKept, showKeptFromElsewhere } from './kept-elsewhere';
import type { DefinitionChange, ImportMode, ImportWarning } from '../../domain/import';
import { datasetToCsv } from '../../domain/dataset-csv';
import { CSV_SEPARATORS, csvFile } from '../../domain/csv-cell';
import { CURRENT_SCHEMA_VERSION, type Dataset } from '../../domain/schema';
import type { Problem } from '../../domain/validate';
import { useFormatters } from '../../charts/use-formatters';
import { useWords } from '../../i18n/words';
import { importWords } from './words';
import { useDashboardStore, useLang } from '../../state/dashboard-store';
import { saveText } from '../../components/save-file';
import { showDataset } from './show-dataset';
import { NumberStyleChoice } from './NumberStyleChoice';
import { DateOrderChoice } from './DateOrderChoice';
import type { DateOrder } from '../../domain/date-order';
import { WithName } from '../../components/WithName';
import type { NumberStyle } from '../../domain/number-style';
import {
  CURRENT,
  STAGES,
  type Analysis,
  type Choices,
  type BytesRead,
  type RowsRead,
  type Stage,
} from './import-analysis';
import { openImportSession, Stopped, type ImportSession, type Report } from './import-session';
import { FILE_READ_ON_PAGE } from './start-import-worker';

/** A sheet's name as Excel writes it in a reference: quoted when it holds more than letters and digits. */
function sheetReference(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Problems and warnings listed in the dialog; a whole list is a download (a file may have 60,000). */
const LISTED = 100;

/**
 * An import of more figures than this is shown, once kept, as a kept import is read (its columnar
 * chunks), after its worker has ended: not brought back from the worker as objects, which would
 * hold every figure twice in the page's process at once (the worker's and the page's).
 */
const SHOWN_FROM_STORAGE = 200_000;

/** A chosen file and its session: a new one for each choice, so that a file chosen again is read again. */
interface Chosen {
  file: File;
  session: ImportSession;
}

/** What a report is worked out for: the file, the data shown now, and the user's choices. */
interface AnalysisRequest {
  session: Chosen;
  base: Dataset;
  choices: Choices;
}

/**
 * The import, step by step: choose a file, read the report (errors block, warnings can be
 * accepted), choose merge or replace, apply. Until "Áp dụng", nothing the dashboard shows changes.
 */
// The invalid-data screen's list of problems comes with this chunk: the two share the words
// that name the validator's problems, and a chunk of their own for those words made Rolldown
// split the first view's code apart (rolldown/rolldown#10731).
export { InvalidDataList } from './InvalidDataList';

/** Something gone wrong, said, with the one thing to do about it. */
function AlertWithAction(props: { message: string; action: string; onAction: () => void }) {
  return (
    <div className="import-alert" role="alert">
      <p>{props.message}</p>
      <button type="button" className="button-secondary" onClick={props.onAction}>
        {props.action}
      </button>
    </div>
  );
}

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
  const fileInput = useRef<HTMLInputElement>(null);
  // The chosen file's session: its worker starts with the first analysis, and is stopped when
  // another file is chosen, when the reading is stopped, and when the dialog closes.
  const [session, setSession] = useState<Chosen | null>(() =>
    initialFile ? { file: initialFile, session: openImportSession(initialFile) } : null,
  );
  useEffect(() => () => session?.session.stop(), [session]);
  const [numberStyle, setNumberStyle] = useState<NumberStyle | undefined>(undefined);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [mode, setMode] = useState<ImportMode>('merge');
  // The report is worked out again (in the session's worker) whenever the file, the data shown
  // or a choice changes; the report shown until then cannot be applied.
  const request = useMemo<AnalysisRequest | null>(
    () => session && { session, base: active.dataset, choices: { numberStyle, dateOrder, mode } },
    [session, active.dataset, numberStyle, dateOrder, mode],
  );
  const [answered, setAnswered] = useState<{ request: AnalysisRequest; report: Report } | null>(
    null,
  );
  const [stageOf, setStageOf] = useState<{
    request: AnalysisRequest;
    stage: Stage;
    rows?: RowsRead | undefined;
    bytes?: BytesRead | undefined;
  } | null>(null);
  useEffect(() => {
    if (!request) return;
    let live = true;
    request.session.session
      .analyse(request.base, request.choices, (stage, rows, bytes) => {
        // A table's rows, once counted, stay said through the stages after them.
        if (live)
          setStageOf((last) => ({
            request,
            stage,
            rows: rows ?? (last?.request === request ? last.rows : undefined),
            bytes,
          }));
      })
      .then(
        (report) => {
          if (live) setAnswered({ request, report });
        },
        (error: unknown) => {
          if (!live || error instanceof Stopped) return;
          const name = request.session.file.name;
          // The data shown could not be read back to compare the file with (share-view-work.ts).
          const problem = error instanceof FiguresNotReadBack ? 'currentUnreadable' : 'unreadable';
          const analysis: Analysis = { state: 'fileProblem', name, problem };
          setAnswered({ request, report: { analysis, ref: -1 } });
        },
      );
    return () => {
      live = false;
    };
  }, [request]);
  // The last report of this file, while a newer one is worked out.
  const shownReport = answered?.request.session === session ? answered.report : null;
  const reading = shownReport?.analysis ?? null;
  const progress =
    request && answered?.request !== request
      ? {
          name: request.session.file.name,
          stage: stageOf?.request === request ? stageOf.stage : reading ? 'rows' : 'file',
          rows: stageOf?.request === request ? stageOf.rows : undefined,
          bytes: stageOf?.request === request ? stageOf.bytes : undefined,
        }
      : null;
  const [stopped, setStopped] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [writing, setWriting] = useState<WriteProgress | null>(null);
  const [saved, setSaved] = useState(false);
  // The warnings accepted, for the data they were shown on: accepted again after it changes.
  const [acceptedOn, setAcceptedOn] = useState<number | null>(null);
  const accepted = acceptedOn === active.revision;
  const setAccepted = (value: boolean) => setAcceptedOn(value ? active.revision : null);
  // What is kept may change while the report is read (another tab imports): the report is worked
  // out again on the new data, said, and its warnings must be accepted again.
  const [openedOn, setOpenedOn] = useState(active.revision);
  const changedWhileOpen = active.revision !== openedOn;
  const [saveFailed, setSaveFailed] = useState(false);
  // The template's figures could not be read back from the browser's store.
  const [templateNotReadBack, setTemplateNotReadBack] = useState(false);
  // Kept, but what the page then read back is not it (storage that would not read): a reload shows it.
  const [keptNotShown, setKeptNotShown] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  function read(file: File) {
    setAccepted(false);
    setSaveFailed(false);
    setNumberStyle(undefined);
    setDateOrder(undefined);
    setStopped(null);
    setSession({ file, session: openImportSession(file) });
  }

  /** Cancel while a file is read: the reading stops, and nothing changes. */
  function stopReading() {
    if (!progress) return;
    setStopped(progress.name);
    setSession(null);
    // The same file can be chosen again.
    if (fileInput.current) fileInput.current.value = '';
  }

  const ready = reading?.state === 'ready' ? reading : null;
  const resultProblems = ready?.resultProblems ?? [];
  const warnings = ready?.warnings ?? [];
  const canApply =
    ready != null &&
    progress == null &&
    !saving &&
    !keptNotShown &&
    resultProblems.length === 0 &&
    (warnings.length === 0 || accepted) &&
    !changedWhileOpen;

  async function apply() {
    // The report shown is the last worked out (canApply): its result, and no other, is kept.
    if (!ready || !session || !shownReport) return;
    const report = shownReport;
    const importer = session.session;
    const importedAt = new Date().toISOString();
    setSaving(true);
    setWriting(null);
    setSaved(false);
    let revision: number;
    try {
      // Written by the session (in its worker, which holds the data), announced here.
      revision = await saveStoredDataset(() =>
        importer.write(report, active.revision, ready.name, importedAt, setWriting),
      );
    } catch (error) {
      setSaving(false);
      if (error instanceof Stopped) return;
      if (error instanceof StoredChangedError) {
        // Nothing was written: this tab's report was on data another tab has since replaced.
        await showKeptFromElsewhere(queryClient).catch(() => undefined);
      } else setSaveFailed(true);
      return;
    }
    setSaved(true);
    // Kept: the browser is asked to keep it under storage pressure (not awaited: a browser that
    // asks the user does so while the data is shown; the banner says the answer).
    void askToPersist();
    // The result's figures: the file's, and in a merge the current ones it does not replace.
    const { added, changed, unchanged } = ready.counts;
    const figures =
      mode === 'merge' ? active.dataset.observations.length + added : added + changed + unchanged;
    // Shown as any kept import is, read from storage; said when what is shown then is not it.
    const fromStorage = async () => {
      const shown = await showKept(queryClient).catch(() => undefined);
      // (Or newer: another tab's import, kept meanwhile, and said as such.)
      if (shown && shown.revision >= revision && shown.origin.kind === 'imported') return onClose();
      setSaving(false);
      setKeptNotShown(true);
    };
    if (figures > SHOWN_FROM_STORAGE) {
      importer.stop();
      return fromStorage();
    }
    try {
      const dataset = await importer.result(report);
      await shareViewWork(dataset, useDashboardStore.getState().lang);
      await showDataset(queryClient, {
        dataset,
        origin: { kind: 'imported', fileName: ready.name, importedAt },
        revision,
      });
    } catch {
      // Kept, but not brought back from the worker.
      return fromStorage();
    }
    onClose();
  }

  const problems = reading?.state === 'invalid' ? reading.problems : resultProblems;
  const info =
    reading?.state === 'invalid' || reading?.state === 'ready' ? reading.info : undefined;
  const lineOf = reading?.state === 'invalid' || reading?.state === 'ready' ? reading.lines : null;
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
  const encoding =
    reading?.state === 'invalid' || reading?.state === 'ready' ? reading.encoding : null;
  const metricName = (id: string) => {
    const name = ready?.metricNames[id];
    return name ? (lang === 'en' ? (name.en ?? name.vi) : name.vi) : id;
  };
  const problemText = (problem: Problem) =>
    `${t.problem[problem.code]}${problem.detail ? ` ${t.problemDetail(describeCurrent(problem.detail))}` : ''}`;
  const warningText = (warning: ImportWarning) =>
    warning.code === 'shareDisagrees'
      ? t.warningShare(
          describePath(warning.path),
          format.statedShare(warning.stated),
          format.percent(warning.computed, 2),
        )
      : warning.code === 'thousandfold'
        ? t.warningThousandfold(
            describePath(warning.path),
            format.number(warning.before, 6),
            format.number(warning.after, 6),
          )
        : t.warningPeriods(metricName(warning.metric), warning.months.join(', '));
  /** A whole list, as a spreadsheet opens it (the dialog shows its first hundred). */
  const saveList = (
    headers: readonly string[],
    rows: readonly (readonly string[])[],
    name: string,
  ) => saveText(csvFile([headers, ...rows], CSV_SEPARATORS[lang]), name, 'text/csv;charset=utf-8');
  const downloadProblems = () =>
    saveList(
      t.problemsCsvHeaders,
      problems.map((problem) => [describePath(problem.path), problemText(problem)]),
      'danh-sach-loi.csv',
    );

  return (
    <dialog
      ref={dialogRef}
      className="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={(event) => {
        // The file input's own cancel bubbles here (its picker closed, or the same file chosen
        // again): not the reader's Escape, and no reason to close.
        if (event.target !== event.currentTarget) return;
        // A save under way is finished first: it is all or nothing, and then the dialog closes.
        if (saving) event.preventDefault();
        else onClose();
      }}
    >
      <h2 id="import-title">{t.importTitle}</h2>
      <p>{t.importIntro(FILE_READ_ON_PAGE)}</p>
      <KeptStorage revision={active.revision} />
      <p>
        <button
          type="button"
          className="button-secondary"
          // A large import's figures read back from the browser's store first (share-view-work.ts).
          onClick={() => {
            setTemplateNotReadBack(false);
            void wholeDataset(active.dataset).then(
              (dataset) =>
                saveText(datasetToCsv(dataset), 'mau-nhap-du-lieu.csv', 'text/csv;charset=utf-8'),
              () => setTemplateNotReadBack(true),
            );
          }}
        >
          {t.downloadTemplate}
        </button>
      </p>
      {templateNotReadBack && (
        <p className="import-alert" role="alert">
          {t.templateNotReadBack}
        </p>
      )}
      <label className="import-file">
        {t.importChoose}
        <input
          ref={fileInput}
          type="file"
          disabled={saving}
          accept=".xlsx,.xlsm,.ods,.csv,text/csv,.txt,text/plain,.tsv,.json,application/json,.parquet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
            // Emptied, so that the same file chosen again (saved again from Excel) is read again:
            // a browser gives no change for the file it holds, only a cancel.
            event.target.value = '';
          }}
        />
      </label>
      {/* The file input is emptied once a file is chosen: the file read is named here. */}
      {session && (
        <p className="import-chosen">
          <WithName words={t.importChosen} name={session.file.name} />
        </p>
      )}

      {/* Above the report it changed, where it is seen before the report is read again. */}
      {changedWhileOpen && (
        <AlertWithAction
          message={t.importChangedElsewhere}
          action={t.importChangedSeen}
          onAction={() => setOpenedOn(active.revision)}
        />
      )}
      {droppedWith.length > 0 && initialFile && (
        <p className="import-alert" role="alert">
          {t.droppedMany(droppedWith.length + 1)}{' '}
          <WithName words={t.droppedOpened} name={initialFile.name} />{' '}
          <WithName words={t.droppedLeft} name={droppedWith.join(', ')} />
        </p>
      )}
      {progress && (
        <div className="import-progress" role="status">
          <p>
            <WithName words={t.importReading} name={progress.name} />{' '}
            {t.importStep(STAGES.indexOf(progress.stage) + 1, STAGES.length, progress.stage)}
          </p>
          {progress.bytes && (
            <p>
              {t.importBytesRead(progress.bytes.read, progress.bytes.total, progress.bytes.passes)}
            </p>
          )}
          {progress.rows && (
            <p>
              {t.importRowsRead(progress.rows.read, progress.rows.total, progress.rows.problems)}
            </p>
          )}
          <progress
            max={STAGES.length}
            value={progressValue(progress.stage, progress.rows, progress.bytes)}
            aria-label={t.importStep(
              STAGES.indexOf(progress.stage) + 1,
              STAGES.length,
              progress.stage,
            )}
          />
          <button type="button" className="button-secondary" onClick={stopReading}>
            {t.importStop}
          </button>
        </div>
      )}
      {stopped && (
        <p role="status">
          <WithName words={t.importStopped} name={stopped} />
        </p>
      )}
      {reading?.state === 'fileProblem' && (
        <p className="import-alert" role="alert">
          “<bdi className="user-name">{reading.name}</bdi>”:{' '}
          {reading.figures != null && `${t.fileFigures(reading.figures)} `}
          {t.fileProblem[reading.problem]}
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
          disabled={saving}
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
          disabled={saving}
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
            {problems.slice(0, LISTED).map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                <code>{describePath(problem.path)}</code>: {problemText(problem)}
              </li>
            ))}
          </ol>
          {problems.length > LISTED && (
            <p>
              {t.problemsShown(LISTED, problems.length)}{' '}
              <button type="button" className="button-secondary" onClick={downloadProblems}>
                {t.downloadProblems}
              </button>
            </p>
          )}
        </div>
      )}
      {ready && ready.migratedFrom != null && (
        <p role="status">{t.importMigrated(ready.migratedFrom, CURRENT_SCHEMA_VERSION)}</p>
      )}
      {/* The choice and what it changes stay in view when the merged result has problems: a
          file that clashes with the current data may still replace it, and a redefinition listed
          here often explains the problem. */}
      {ready && (
        <>
          {resultProblems.length === 0 && warnings.length > 0 && (
            <div className="import-warnings">
              <p>{t.importWarnings(warnings.length)}</p>
              <ul>
                {warnings.slice(0, LISTED).map((warning, index) => (
                  <li key={index}>{warningText(warning)}</li>
                ))}
              </ul>
              {warnings.length > LISTED && (
                <p>
                  {t.warningsShown(LISTED, warnings.length)}{' '}
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() =>
                      saveList(
                        t.warningsCsvHeaders,
                        warnings.map((warning) => [warningText(warning)]),
                        'danh-sach-canh-bao.csv',
                      )
                    }
                  >
                    {t.downloadWarnings}
                  </button>
                </p>
              )}
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
                disabled={saving}
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />{' '}
              {t.importMerge}
            </label>
            <label>
              <input
                type="radio"
                name="import-mode"
                disabled={saving}
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              {t.importReplace}
            </label>
          </fieldset>
          <DefinitionChanges heading={t.importRedefined} changes={ready.redefined} />
          <DefinitionChanges
            heading={t.importRemovedDefinitions}
            changes={ready.removedDefinitions}
          />
          <p className="import-counts" role="status">
            {t.importCounts(
              ready.counts.added,
              ready.counts.changed,
              ready.counts.unchanged,
              ready.counts.removed,
            )}
          </p>
        </>
      )}
      {saving && <SavingProgress writing={writing} saved={saved} />}
      {keptNotShown && (
        <AlertWithAction
          message={t.importKeptNotShown}
          action={t.importReload}
          onAction={() => window.location.reload()}
        />
      )}
      {saveFailed && session && (
        <AlertWithAction
          message={t.importSaveFailed}
          action={t.importSaveFailedDownload}
          onAction={() =>
            shownReport &&
            void session.session
              .unsavedJson(shownReport)
              .then((text) => saveText(text, 'du-lieu-chua-luu.json', 'application/json'))
          }
        />
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
        <button type="button" disabled={saving} className="button-secondary" onClick={onClose}>
          {t.importCancel}
        </button>
      </div>
      <OpenAddress active={active} />
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

/**
 * The bar's place: a stage each, the rows' stage filled as its rows are read (half of it while
 * their count is not known), the file's stage of a file read as a stream as its bytes are read.
 */
function progressValue(
  stage: Stage,
  rows: RowsRead | undefined,
  bytes: BytesRead | undefined,
): number {
  const done = STAGES.indexOf(stage);
  if (stage === 'rows' && rows && rows.total > 0) return done + rows.read / rows.total;
  if (stage === 'file' && bytes && bytes.total > 0) return done + bytes.read / bytes.total;
  return done + 0.5;
}

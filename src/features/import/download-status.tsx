import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { saveBlob } from '../../components/save-file';
import { FiguresNotReadBack } from '../../data/share-view-work';
import { useLang } from '../../state/dashboard-store';
import { downloadWords, type DownloadFormat } from './download-words';
import './download-status.css';

/**
 * A download of the data shown from the header (dataset-downloads.ts), written a part a task and
 * said while it is: how many figures are written of how many, with a bar (a screen reader is
 * told once that it started, not at every part); and when it cannot be, why, until closed.
 * Drawn in a corner of its own, apart from the page's tree (loaded with the first download, so
 * the page's first script carries none of it). One download at a time.
 */
type Status =
  /** `readBack`: the figures read back from the browser's store so far, before any is written. */
  | { kind: 'writing'; format: DownloadFormat; written: number; total: number; readBack?: number }
  | { kind: 'tooManyRows'; figures: number }
  /**
   * Written, but larger than the browser keeps: its download would fail unsaid. `toFile`: how
   * to write it again into a file the reader chooses, where the browser lets a page do that.
   */
  | { kind: 'tooLarge'; format: DownloadFormat; bytes: number; toFile: (() => void) | null }
  /** Written into the file the reader chose (`name`, as the browser says it). */
  | { kind: 'saved'; format: DownloadFormat; name: string }
  /**
   * The file the reader chose (`name`) could not be opened or written: refused by the browser or
   * the system, or the disk full. `toFile`: choose a file again.
   */
  | { kind: 'fileNotWritten'; format: DownloadFormat; name: string; toFile: () => void }
  /** `notReadBack`: a large import's figures could not be read back (share-view-work.ts). */
  | { kind: 'failed'; format: DownloadFormat; notReadBack: boolean };

let status: Status | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => status;
function say(next: Status | null): void {
  status = next;
  for (const listener of listeners) listener();
}

let mounted = false;
function mount(): void {
  if (mounted) return;
  mounted = true;
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<DownloadStatus />);
}

/**
 * A pause between two parts of a file's writing in which the page draws how far it is: a task
 * behind the others (a timer), not `scheduler.yield()`, whose continuation runs ahead of React's
 * own task, so that the status would be drawn only once the file was written.
 */
export const pauseToDraw = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/** What writing a file can end in: its bytes, or refused (said) before any is written. */
export type Written = Blob | { refused: 'tooManyRows'; figures: number };

/**
 * Writes a file of `total` figures with `write` (which says how many are written as it goes, or
 * before that read back from the browser's store) and saves it as `name`; says how far it is
 * meanwhile, and why when it cannot be written (`readsBack`: said from the start as read back).
 * Nothing happens while another download is being written.
 */
export async function writeDownload(
  format: DownloadFormat,
  name: string,
  total: number,
  write: (
    onWritten: (written: number) => void,
    onReadBack: (read: number) => void,
  ) => Promise<Written>,
  readsBack = false,
  writeTo?: WriteTo,
): Promise<void> {
  mount();
  if (status?.kind === 'writing') return;
  const progress = progressOf(format, total, readsBack);
  try {
    const written = await write(progress.onWritten, progress.onReadBack);
    if (!(written instanceof Blob)) say({ kind: 'tooManyRows', figures: written.figures });
    else if (await readable(written)) {
      saveBlob(written, name);
      say(null);
    } else {
      const picker = savePicker();
      const toFile =
        picker && writeTo
          ? () => void writeToChosenFile(picker, format, name, total, readsBack, writeTo)
          : null;
      say({ kind: 'tooLarge', format, bytes: written.size, toFile });
    }
  } catch (error) {
    console.warn(`the data could not be written as ${format}`, error);
    say({ kind: 'failed', format, notReadBack: error instanceof FiguresNotReadBack });
  }
}

/**
 * How far a file is written, said from now: its figures read back first, when they are; once
 * the writing has started (the rest read back a part at a time as it goes), how many are written.
 */
function progressOf(format: DownloadFormat, total: number, readsBack: boolean) {
  say({ kind: 'writing', format, written: 0, total, ...(readsBack ? { readBack: 0 } : {}) });
  let writing = false;
  return {
    onWritten: (count: number) => {
      writing = true;
      say({ kind: 'writing', format, written: count, total });
    },
    onReadBack: (read: number) => {
      if (!writing) say({ kind: 'writing', format, written: 0, total, readBack: read });
    },
  };
}

/**
 * Writes a file's text, a part at a time, into `sink`, saying how many figures are written (or,
 * before that, read back): the same parts as its blob, for a file the reader chose.
 */
export type WriteTo = (
  sink: (part: string) => Promise<void>,
  onWritten: (written: number) => void,
  onReadBack: (read: number) => void,
) => Promise<void>;

/** The File System Access API's save dialog (Chromium browsers), where the page has it. */
type SavePicker = (options: {
  suggestedName: string;
}) => Promise<{ name: string; createWritable: () => Promise<WritableFile> }>;
interface WritableFile {
  write: (part: string) => Promise<void>;
  close: () => Promise<void>;
  abort: () => Promise<void>;
}

const savePicker = () =>
  (window as { showSaveFilePicker?: SavePicker }).showSaveFilePicker?.bind(window) ?? null;

/**
 * A file too large for a download, written again straight into a file the reader chooses (the
 * browser's save dialog, opened by the reader's click): its parts go to the disk as they are
 * written, none kept by the browser. The dialog closed, nothing changes. A file that cannot be
 * opened or written (refused, the disk full) is said, with the dialog offered again, and what was
 * written of it dropped; figures that cannot be read back are said as a download's are.
 */
async function writeToChosenFile(
  picker: SavePicker,
  format: DownloadFormat,
  name: string,
  total: number,
  readsBack: boolean,
  writeTo: WriteTo,
): Promise<void> {
  const again = () => void writeToChosenFile(picker, format, name, total, readsBack, writeTo);
  let chosen: Awaited<ReturnType<SavePicker>>;
  try {
    chosen = await picker({ suggestedName: name });
  } catch {
    // Closed without a file chosen (or no dialog could open): nothing changes.
    return;
  }
  let file: WritableFile;
  try {
    file = await chosen.createWritable();
  } catch (error) {
    console.warn(`the file chosen could not be opened to write ${format} into`, error);
    say({ kind: 'fileNotWritten', format, name: chosen.name, toFile: again });
    return;
  }
  const progress = progressOf(format, total, readsBack);
  try {
    await writeTo((part) => file.write(part), progress.onWritten, progress.onReadBack);
    await file.close();
    say({ kind: 'saved', format, name: chosen.name });
  } catch (error) {
    console.warn(`the data could not be written as ${format} into the file chosen`, error);
    await file.abort().catch(() => undefined);
    say(
      error instanceof FiguresNotReadBack
        ? { kind: 'failed', format, notReadBack: true }
        : { kind: 'fileNotWritten', format, name: chosen.name, toFile: again },
    );
  }
}

/**
 * Whether the browser can read the file it was given: one larger than it keeps (Chromium here
 * refused blobs past some 300–500 MB, a country's CSV is 1 GB) is made all the same, and its
 * download then fails with nothing said to the reader. Its last byte read tells.
 */
async function readable(file: Blob): Promise<boolean> {
  try {
    await file.slice(Math.max(0, file.size - 1)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Its words in the page's language, from the store: not through the page's i18n hooks, which
 * brought the bundler to split the page's first script in five (2 kB more of gzip).
 */
function DownloadStatus() {
  const t = downloadWords[useLang()];
  const shown = useSyncExternalStore(subscribe, current, current);
  const writing = shown?.kind === 'writing' ? shown : null;
  const problem =
    shown?.kind === 'tooManyRows'
      ? t.downloadTooManyRows(shown.figures)
      : shown?.kind === 'tooLarge'
        ? t.downloadTooLarge(shown.format, shown.bytes)
        : shown?.kind === 'fileNotWritten'
          ? t.downloadFileNotWritten(shown.format, shown.name)
          : shown?.kind === 'failed'
            ? shown.notReadBack
              ? t.downloadNotReadBack(shown.format)
              : t.downloadFailed(shown.format)
            : null;
  return (
    <div className="download-status">
      {/* Kept in the page, empty, so that what comes in it is announced: once a download, and
          once it is written into a file the reader chose. */}
      <div role="status">
        {writing && (
          <span className="visually-hidden">
            {t.downloadStarted(writing.format, writing.total)}
          </span>
        )}
        {shown?.kind === 'saved' && (
          <div className="download-status-box">
            <p>{t.downloadSaved(shown.format, shown.name)}</p>
            <button type="button" className="button-secondary" onClick={() => say(null)}>
              {t.downloadClose}
            </button>
          </div>
        )}
      </div>
      {writing && (
        <div className="download-status-box download-progress">
          <p>
            {writing.readBack === undefined
              ? t.downloadWriting(writing.format, writing.written, writing.total)
              : t.downloadReadingBack(writing.readBack, writing.total)}
          </p>
          <progress
            max={Math.max(1, writing.total)}
            value={writing.readBack ?? writing.written}
            aria-label={t.downloadStarted(writing.format, writing.total)}
          />
        </div>
      )}
      <div role="alert">
        {problem && (
          <div className="download-status-box">
            <p>{problem}</p>
            <div className="download-status-actions">
              {(shown?.kind === 'tooLarge' || shown?.kind === 'fileNotWritten') && shown.toFile && (
                <button type="button" className="button-primary" onClick={shown.toFile}>
                  {t.downloadToFile}
                </button>
              )}
              <button type="button" className="button-secondary" onClick={() => say(null)}>
                {t.downloadClose}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { DATASET_URL, fetchDataset, type ActiveDataset } from '../../data/dataset-query';
import { clearStoredDataset, StoredChangedError } from '../../data/stored-dataset';
import { showKeptFromElsewhere, useKeptChangedElsewhere } from './kept-elsewhere';
import { formatDateTime } from '../../domain/format';
import { useMessages } from '../../i18n/use-messages';
import { showDataset } from './show-dataset';
import { WithName } from '../../components/WithName';

// The dialog, its parsing and its report load only when someone imports.
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((module) => ({ default: module.ImportDialog })),
);

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/** "Nhập dữ liệu" and "Tải dữ liệu" in the header; a file dropped anywhere on the page opens the import. */
export function DataControls({ active }: { active: ActiveDataset | undefined }) {
  const t = useMessages();
  useKeptChangedElsewhere();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  // Files dropped with it, which the dialog names: one import at a time, none ignored unsaid.
  const [others, setOthers] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  // Each dropped file gets a fresh dialog: no warning accepted for the last file carries over.
  const [drops, setDrops] = useState(0);

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget == null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const dropped = files[0];
      // Dropped before the data has arrived, the dialog opens with the file once it has.
      if (dropped) {
        setFile(dropped);
        setOthers(files.slice(1).map((other) => other.name));
        setDrops((count) => count + 1);
        setOpen(true);
      }
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div className="data-controls">
      <button
        type="button"
        className="header-button"
        disabled={!active}
        onClick={() => {
          setFile(null);
          setOthers([]);
          setOpen(true);
        }}
      >
        {t.importButton}
      </button>
      {(['json', 'csv', 'xlsx'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="header-button"
          disabled={!active}
          onClick={() =>
            active &&
            void import('./dataset-downloads').then((m) => m.downloadDataset(active, format))
          }
        >
          {{ json: t.downloadData, csv: t.downloadDataCsv, xlsx: t.downloadDataXlsx }[format]}
        </button>
      ))}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.importDropHere}
        </div>
      )}
      {open && active && (
        <Suspense fallback={null}>
          <ImportDialog
            key={drops}
            active={active}
            initialFile={file}
            droppedWith={others}
            onClose={() => {
              setOpen(false);
              setFile(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** What the data banner says of the data shown; a district shown before the rest is read has no dataset yet. */
export type ShownData = Pick<ActiveDataset, 'origin' | 'revision' | 'changedElsewhere'>;

/**
 * Which data is shown: an import (with file and time, and the way back) or a warning about saved
 * data. `readingRest`: a district is shown before the rest of the import is read
 * (data/first-view.ts); the way back waits for it.
 */
export function DataBanner({
  active,
  readingRest = false,
}: {
  active: ShownData;
  readingRest?: boolean;
}) {
  const t = useMessages();
  const queryClient = useQueryClient();
  const { origin } = active;
  const [restoreFailed, setRestoreFailed] = useState(false);
  const elsewhere = active.changedElsewhere ? (
    <p className="data-banner-note">{t.changedElsewhere}</p>
  ) : null;
  if (origin.kind === 'bundled') {
    if (origin.storedUnreadable)
      return (
        <p className="data-banner data-banner-warning" role="alert">
          {t.storedUnreadable}
        </p>
      );
    return (
      elsewhere && (
        <div className="data-banner" role="status">
          {elsewhere}
        </div>
      )
    );
  }
  // Said by the banner of data opened from an address (RemoteSource.tsx).
  if (origin.kind === 'remote') return null;
  return (
    <div className="data-banner" role="status">
      <p>
        <WithName
          words={(file) => t.importedBanner(file, formatDateTime(origin.importedAt, t.notStated))}
          name={origin.fileName}
        />
      </p>
      {elsewhere}
      <button
        type="button"
        className="button-secondary"
        disabled={readingRest}
        onClick={async () => {
          if (!window.confirm(t.restoreConfirm)) return;
          // The bundled data first: offline, the import stays until the original can be had.
          try {
            const dataset = await fetchDataset(DATASET_URL);
            const revision = await clearStoredDataset(active.revision);
            await showDataset(queryClient, {
              dataset,
              origin: { kind: 'bundled', storedUnreadable: false },
              revision,
            });
          } catch (error) {
            // Another tab imported meanwhile: its import stays, and the page shows it and says so.
            if (error instanceof StoredChangedError) await showKeptFromElsewhere(queryClient);
            else setRestoreFailed(true);
          }
        }}
      >
        {t.restoreBundled}
      </button>
      {restoreFailed && (
        <p className="data-banner-error" role="alert">
          {t.restoreFailed}
        </p>
      )}
    </div>
  );
}

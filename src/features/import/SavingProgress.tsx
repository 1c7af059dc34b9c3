import { useState, useSyncExternalStore } from 'react';
import { keptLoadProgress } from '../../data/share-view-work';
import type { WriteProgress } from '../../data/kept-write';
import { useWords } from '../../i18n/words';
import { importWords } from './words';

/**
 * How far an applied import is: its figures prepared and written to storage (the session's
 * `writing`), then brought to the page (`saved`): for one shown from storage, read back and its
 * dashboard built (data/share-view-work.ts's keptLoadProgress). A bar of three steps, and what
 * each is doing in words; its step never goes back (the read-back's progress ends before the
 * dialog closes). A screen reader is told each step once, not each count.
 */
export function SavingProgress({
  writing,
  saved,
}: {
  writing: WriteProgress | null;
  saved: boolean;
}) {
  const t = useWords(importWords);
  const readBack = useSyncExternalStore(
    keptLoadProgress.subscribe,
    keptLoadProgress.get,
    () => null,
  );
  const now: Shown = readBack
    ? readBack.step === 'read'
      ? {
          phase: 4,
          text: t.importOpeningRead(readBack.read, readBack.total),
          said: t.importOpening,
          value: 2 + share(readBack.read, readBack.total),
        }
      : {
          phase: 5,
          text: t.importOpeningPrepare(readBack.total),
          said: t.importOpeningPrepare(readBack.total),
          value: 2.9,
        }
    : saved
      ? { phase: 3, text: t.importOpening, said: t.importOpening, value: 2 }
      : writing?.step === 'encode'
        ? {
            phase: 1,
            text: t.importSavingEncoded(writing.encoded, writing.total),
            said: t.importSaving,
            value: share(writing.encoded, writing.total),
          }
        : writing
          ? {
              phase: 2,
              text: t.importSavingStored(writing.total),
              said: t.importSavingStored(writing.total),
              value: 1.5,
            }
          : { phase: 0, text: t.importSaving, said: t.importSaving, value: 0 };
  const [furthest, setFurthest] = useState(now);
  if (now.phase >= furthest.phase && now.text !== furthest.text) setFurthest(now);
  const { text, said, value } = now.phase >= furthest.phase ? now : furthest;
  return (
    <>
      {/* Each step once (its words without the count), not each count. */}
      <p role="status" className="visually-hidden">
        {said}
      </p>
      <div className="import-progress">
        <p>{text}</p>
        <progress max={3} value={value} aria-label={said} />
      </div>
    </>
  );
}

interface Shown {
  phase: number;
  /** Shown, with its count. */
  text: string;
  /** Said to a screen reader: the step alone. */
  said: string;
  value: number;
}

const share = (done: number, total: number) => (total > 0 ? Math.min(1, done / total) : 0);

import { useId, useState } from 'react';
import type { ActiveDataset } from '../../data/dataset-query';
import { FiguresNotReadBack } from '../../data/share-view-work';
import { CAN_OPEN_ADDRESSES } from '../../data/start-remote-reader';
import { blockedAsMixedContent, httpUrl, searchWithDataAddress } from '../../domain/data-address';
import { useWords } from '../../i18n/words';
import { saveBlob } from '../../components/save-file';
import { datasetFileBase } from './download-name';
import { openAddressWords } from './open-address-words';

/**
 * In the import dialog: data opened from a web address instead of imported (a city's or the
 * country's Parquet file on a static host), by going to the page's address with the file's in it,
 * so the link opens the same data for anyone; and the data on screen written as such a file, to
 * be put there.
 */
export function OpenAddress({ active }: { active: ActiveDataset }) {
  const t = useWords(openAddressWords);
  const id = useId();
  const [text, setText] = useState('');
  const [bad, setBad] = useState<'address' | 'insecure' | null>(null);
  // The Parquet file being written: how many figures so far (read back first, for a large
  // import: `readBack`); or that it could not be.
  const [writing, setWriting] = useState<number | null>(null);
  const [readBack, setReadBack] = useState<number | null>(null);
  const [failed, setFailed] = useState<'write' | 'notReadBack' | null>(null);
  const total = active.dataset.observations.length;
  return (
    <section className="open-address" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.openTitle}</h3>
      <p>{t.openHint}</p>
      {CAN_OPEN_ADDRESSES ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const url = httpUrl(text);
            if (!url) {
              setBad('address');
              return;
            }
            if (blockedAsMixedContent(url, window.location.protocol)) {
              setBad('insecure');
              return;
            }
            const { pathname, search, hash } = window.location;
            window.location.assign(`${pathname}${searchWithDataAddress(search, url)}${hash}`);
          }}
        >
          <label htmlFor={`${id}-url`}>{t.openLabel}</label>
          <div className="open-address-row">
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              autoComplete="url"
              placeholder="https://"
              value={text}
              aria-invalid={bad ? true : undefined}
              aria-describedby={bad ? `${id}-bad` : undefined}
              onChange={(event) => {
                setText(event.target.value);
                setBad(null);
              }}
            />
            <button type="submit" className="button-secondary">
              {t.openButton}
            </button>
          </div>
          {bad && (
            <p id={`${id}-bad`} className="import-alert" role="alert">
              {bad === 'insecure' ? t.openInsecure : t.openBadAddress}
            </p>
          )}
        </form>
      ) : (
        <p>{t.openNotHere}</p>
      )}
      <p>
        <button
          type="button"
          className="button-secondary"
          disabled={writing != null}
          onClick={() => {
            setWriting(0);
            setFailed(null);
            const name = `${datasetFileBase(active)}.parquet`;
            void import('./parquet-download')
              .then((m) =>
                m.downloadParquet(
                  active,
                  (written) => {
                    setReadBack(null);
                    setWriting(written);
                  },
                  setReadBack,
                ),
              )
              .then((file) => (file ? saveBlob(file, name) : setFailed('write')))
              .catch((error: unknown) =>
                setFailed(error instanceof FiguresNotReadBack ? 'notReadBack' : 'write'),
              )
              .finally(() => {
                setWriting(null);
                setReadBack(null);
              });
          }}
        >
          {t.downloadParquet}
        </button>
      </p>
      {/* Said once as it starts; the count is shown, not said at each row group. */}
      <p role="status" className="visually-hidden">
        {writing != null ? t.parquetStarted(total) : ''}
      </p>
      {writing != null && (
        <div className="import-progress">
          <p>
            {readBack == null
              ? t.parquetWriting(writing, total)
              : t.parquetReadingBack(readBack, total)}
          </p>
          <progress
            max={Math.max(1, total)}
            value={readBack ?? writing}
            aria-label={t.parquetStarted(total)}
          />
        </div>
      )}
      {failed && (
        <p className="import-alert" role="alert">
          {failed === 'notReadBack' ? t.parquetNotReadBack : t.parquetFailed}
        </p>
      )}
    </section>
  );
}

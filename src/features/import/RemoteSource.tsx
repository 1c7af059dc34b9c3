import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ActiveDataset } from '../../data/dataset-query';
import type { RemoteDatasetError } from '../../data/remote-error';
import { remoteProgress, type RemoteProgress } from '../../data/remote-progress';
import { MAX_REMOTE_FIGURES, type ListedUnit } from '../../data/remote-protocol';
import { addressLabel } from '../../domain/address-label';
import { searchWithDataAddress, type DataAddress } from '../../domain/data-address';
import { compareVietnamese, formatDateTime, formatNumber } from '../../domain/format';
import { localize } from '../../domain/observations';
import type { Lang } from '../../domain/url-state';
import { SelectField } from '../../components/SelectField';
import { WithName } from '../../components/WithName';
import { useWords } from '../../i18n/words';
import { selectUrlState, useDashboardStore, useLang, useUnit } from '../../state/dashboard-store';
import { loadView } from '../../state/load-view';
import { remoteWords } from './remote-words';
import { formatByteSize } from './storage-words';

/** The page's address without the dataset's: its own data, with the same filters and language. */
function pageDataHref(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${searchWithDataAddress(search, null)}${hash}`;
}

const count = (n: number, lang: Lang) => formatNumber(n, lang, '', 0);

/**
 * Where the data shown comes from, when the page's address names a dataset on the web: while it
 * is read, how far (rows of how many, bytes fetched and in how many requests); once shown, from
 * where and when, and what reading it took; always, the way back to the page's own data (a kept
 * import, untouched, or the bundled file). A file of more figures than a page holds, opened at one
 * district: that said, and another district (or all) chosen loads the page at it.
 */
export function RemoteSourceBanner({
  address,
  active,
  pending,
}: {
  address: Exclude<DataAddress, { kind: 'none' }>;
  active: ActiveDataset | undefined;
  pending: boolean;
}) {
  const t = useWords(remoteWords);
  const lang = useLang();
  const progress = useSyncExternalStore(remoteProgress.subscribe, remoteProgress.get, () => null);
  const where = address.kind === 'url' ? addressLabel(address.url) : address.text;
  const shown = active?.origin.kind === 'remote' ? active.origin : null;
  const unit = useUnit();
  const otherDistrict = shown?.only != null && unit !== shown.only.unit;
  useEffect(() => {
    if (otherDistrict) loadView(selectUrlState(useDashboardStore.getState()));
  }, [otherDistrict, unit]);
  return (
    <div className="data-banner remote-banner" role="status">
      {pending ? (
        <RemoteReading where={where} progress={progress} lang={lang} />
      ) : shown ? (
        <div>
          <p>
            <WithName
              words={(name) => t.remoteBanner(name, formatDateTime(shown.openedAt, t.notStated))}
              name={where}
            />
          </p>
          {progress && (
            <p>
              {t.remoteBannerRead(
                count(active?.dataset.observations.length ?? progress.rowsRead, lang),
                formatByteSize(progress.bytesFetched, lang),
                count(progress.requests, lang),
              )}
            </p>
          )}
          {shown.only && (
            <p>
              {t.remoteOnly(
                count(shown.only.figures, lang),
                unitName(active?.dataset.units ?? [], shown.only.unit, lang),
              )}
            </p>
          )}
          <p className="data-banner-note">{t.remoteNotKept}</p>
        </div>
      ) : (
        // Not opened: the whole address, for the reader to check.
        <p>
          <WithName
            words={t.remoteAddress}
            name={address.kind === 'url' ? address.url : address.text}
          />
        </p>
      )}
      <a
        className="button-secondary remote-back"
        href={pageDataHref()}
        onClick={(event) => {
          // The address as it is now: a filter chosen since this was drawn is in it.
          event.preventDefault();
          window.location.assign(pageDataHref());
        }}
      >
        {t.remoteBack}
      </a>
    </div>
  );
}

function RemoteReading({
  where,
  progress,
  lang,
}: {
  where: string;
  progress: RemoteProgress | null;
  lang: Lang;
}) {
  const t = useWords(remoteWords);
  const total = progress?.totalRows ?? null;
  const step =
    progress == null || total == null
      ? t.remoteReadingFooter
      : progress.checking
        ? t.remoteChecking(count(total, lang))
        : t.remoteRowsRead(count(progress.rowsRead, lang), count(total, lang));
  return (
    <div className="import-progress remote-progress">
      <p>
        <WithName words={t.remoteReadingFrom} name={where} />
      </p>
      <p>{step}</p>
      {total != null && total > 0 ? (
        <progress max={total} value={progress?.rowsRead ?? 0} aria-label={step} />
      ) : (
        <progress aria-label={step} />
      )}
      {progress?.totalBytes != null && (
        <p>
          {t.remoteFetched(
            formatByteSize(progress.bytesFetched, lang),
            formatByteSize(progress.totalBytes, lang),
            count(progress.requests, lang),
          )}
        </p>
      )}
    </div>
  );
}

const unitName = (units: ReadonlyArray<ListedUnit>, id: string, lang: Lang) => {
  const unit = units.find((u) => u.id === id);
  return unit ? localize(unit.name, lang) : id;
};

/**
 * Why the data named by the page's address could not be opened, and a retry. A file of more
 * figures than a page holds that says where each district's figures are offers its districts:
 * one chosen is opened alone (the page loaded at it).
 */
export function RemoteErrorScreen({
  error,
  onRetry,
}: {
  error: RemoteDatasetError;
  onRetry: () => void;
}) {
  const t = useWords(remoteWords);
  const lang = useLang();
  const units = error.problem === 'tooLarge' ? (error.units ?? []) : [];
  return (
    <section className="error-screen" role="alert" aria-labelledby="remote-error-title">
      <h2 id="remote-error-title">{t.remoteErrorTitle}</h2>
      <p>
        {t.remoteProblem(error.problem, {
          status: error.status,
          figures: count(error.figures ?? 0, lang),
          max: count(MAX_REMOTE_FIGURES, lang),
          choose: units.length > 0,
        })}
      </p>
      {units.length > 0 && (
        <UnitChooser
          units={units}
          onChoose={(chosen) =>
            loadView({ ...selectUrlState(useDashboardStore.getState()), unit: chosen })
          }
        />
      )}
      {!['badAddress', 'insecure', 'unsupported', 'tooLarge'].includes(error.problem) && (
        <button type="button" className="button-primary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </section>
  );
}

/** The districts a file lists, in the reader's order of names, and the one chosen opened. */
function UnitChooser({
  units,
  onChoose,
}: {
  units: readonly ListedUnit[];
  onChoose: (unit: string) => void;
}) {
  const t = useWords(remoteWords);
  const lang = useLang();
  const options = units
    .map((unit) => ({ value: unit.id, label: localize(unit.name, lang) }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const [chosen, setChosen] = useState(options[0]?.value ?? '');
  return (
    <form
      className="remote-unit-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onChoose(chosen);
      }}
    >
      <p>{t.remoteChooseUnit}</p>
      <SelectField
        name="remote-unit"
        label={t.remoteUnitLabel}
        value={chosen}
        options={options}
        onChange={setChosen}
      />
      <button type="submit" className="button-primary">
        {t.remoteOpenUnit}
      </button>
    </form>
  );
}

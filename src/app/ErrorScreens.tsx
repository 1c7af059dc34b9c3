import { CodeFailed } from '../components/CodeFailed';
import type { Problem } from '../domain/validate';
import { useMessages } from '../i18n/use-messages';
import { lazyModule } from '../rendering';

// The list of problems, with the words for each (i18n/problem-words.ts), comes on demand with
// the import dialog's chunk: an invalid data file is rare, and the first view need not carry it.
const invalidDataList = lazyModule(() => import('../features/import/ImportDialog'));

/** A dataset that fails validation: every problem with where it is, so staff can fix the file. */
export function InvalidDataScreen({ problems }: { problems: Problem[] }) {
  const t = useMessages();
  const { module, failed } = invalidDataList.useModule();
  return (
    <section className="error-screen" role="alert" aria-labelledby="invalid-title">
      <h2 id="invalid-title">{t.invalidTitle}</h2>
      {module ? (
        <module.InvalidDataList problems={problems} />
      ) : failed ? (
        <CodeFailed message={t.invalidListFailed} />
      ) : (
        <p role="status">{t.loading}</p>
      )}
    </section>
  );
}

export function LoadErrorScreen({ onRetry }: { onRetry: () => void }) {
  const t = useMessages();
  return (
    <section className="error-screen" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{t.loadErrorTitle}</h2>
      <p>{t.loadErrorBody}</p>
      <button type="button" className="button-primary" onClick={onRetry}>
        {t.retry}
      </button>
    </section>
  );
}

export function LoadingScreen() {
  const t = useMessages();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

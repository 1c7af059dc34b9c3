import type { Problem } from '../domain/validate';
import { useMessages } from '../i18n/use-messages';

/** A dataset that fails validation: every problem with where it is, so staff can fix the file. */
export function InvalidDataScreen({ problems }: { problems: Problem[] }) {
  const t = useMessages();
  return (
    <section className="error-screen" role="alert" aria-labelledby="invalid-title">
      <h2 id="invalid-title">{t.invalidTitle}</h2>
      <p>{t.invalidIntro(problems.length)}</p>
      <ol className="problem-list">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${problem.code}-${index}`}>
            <code>{problem.path || t.wholeFile}</code>: {t.problem[problem.code]}
            {problem.detail ? ` ${t.problemDetail(problem.detail)}` : ''}
          </li>
        ))}
      </ol>
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

import { useEffect } from 'react';
import { DatasetInvalidError, useDashboardView } from '../data/dataset-query';
import { formatDate } from '../domain/format';
import type { Lang } from '../domain/url-state';
import { Dashboard } from '../features/dashboard/Dashboard';
import { ExportAllButton, ExportControl } from '../features/export/ExportControl';
import { FilterBar } from '../features/filters/FilterBar';
import { useNormalisedFilters, useUrlSync } from '../features/filters/use-url-sync';
import { useMessages } from '../i18n/use-messages';
import { useDashboardActions, useLang, useTopic, useUnit, useYear } from '../state/dashboard-store';
import { InvalidDataScreen, LoadErrorScreen, LoadingScreen } from './ErrorScreens';

export function Shell() {
  const t = useMessages();
  const lang = useLang();
  const year = useYear();
  const topic = useTopic();
  const unit = useUnit();
  const query = useDashboardView({ year, topic, unit }, lang);
  const view = query.data;

  useUrlSync();
  useNormalisedFilters(view?.filters);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appName;
  }, [lang, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div>
            <p className="site-kicker">{t.tagline}</p>
            <h1>{t.appName}</h1>
            {view && <p className="as-of">{t.asOf(formatDate(view.asOf, t.notStated))}</p>}
          </div>
          <LanguageToggle lang={lang} />
        </div>
        {view && <FilterBar view={view} />}
      </header>
      <main id="main" tabIndex={-1}>
        {query.isPending ? (
          <LoadingScreen />
        ) : query.isError ? (
          query.error instanceof DatasetInvalidError ? (
            <InvalidDataScreen problems={query.error.problems} />
          ) : (
            <LoadErrorScreen onRetry={() => void query.refetch()} />
          )
        ) : (
          <Dashboard
            view={query.data}
            figureActions={(figure) => <ExportControl view={query.data} figure={figure} />}
            chartsActions={<ExportAllButton view={query.data} />}
          />
        )}
      </main>
    </>
  );
}

function LanguageToggle({ lang }: { lang: Lang }) {
  const t = useMessages();
  const { languageSelected } = useDashboardActions();
  return (
    <div className="language-toggle" role="group" aria-label={t.languageLabel}>
      <button
        type="button"
        lang="vi"
        aria-pressed={lang === 'vi'}
        onClick={() => languageSelected('vi')}
      >
        {t.languageVi}
      </button>
      <button
        type="button"
        lang="en"
        aria-pressed={lang === 'en'}
        onClick={() => languageSelected('en')}
      >
        {t.languageEn}
      </button>
    </div>
  );
}

import { SelectField } from '../../components/SelectField';
import type { DashboardView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { useDashboardActions } from '../../state/dashboard-store';

const ALL = 'all';

interface FilterBarProps {
  view: DashboardView;
}

export function FilterBar({ view }: FilterBarProps) {
  const t = useMessages();
  const { yearSelected, topicSelected, unitSelected, filtersCleared } = useDashboardActions();
  const { filters, options } = view;
  const anyActive = filters.year != null || filters.topic != null || filters.unit != null;

  return (
    <section className="filter-bar" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="visually-hidden">
        {t.filtersHeading}
      </h2>
      <SelectField
        name="year"
        label={t.filterYear}
        value={filters.year == null ? ALL : String(filters.year)}
        options={[
          { value: ALL, label: t.allYears },
          ...options.years.map((year) => ({ value: String(year.value), label: year.label })),
        ]}
        onChange={(value) => yearSelected(value === ALL ? null : Number(value))}
      />
      <SelectField
        name="topic"
        label={t.filterTopic}
        value={filters.topic ?? ALL}
        options={[{ value: ALL, label: t.allTopics }, ...options.topics]}
        onChange={(value) => topicSelected(value === ALL ? null : value)}
      />
      <SelectField
        name="unit"
        label={t.filterUnit}
        value={filters.unit ?? ALL}
        options={[{ value: ALL, label: t.allUnits }, ...options.units]}
        onChange={(value) => unitSelected(value === ALL ? null : value)}
      />
      <button
        type="button"
        className="button-secondary"
        onClick={filtersCleared}
        disabled={!anyActive}
      >
        {t.clearFilters}
      </button>
    </section>
  );
}

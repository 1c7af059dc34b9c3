import type { ComponentType } from 'react';
import { SelectField } from '../../components/SelectField';
import type { DashboardView } from '../../domain/view-model';
import { useMessages } from '../../i18n/use-messages';
import { useDashboardActions } from '../../state/dashboard-store';

const ALL = 'all';

interface FilterBarProps {
  /** Absent while the data loads: the same bar, disabled, so nothing moves when it arrives. */
  view?: DashboardView;
  /** The district filter for a long list, with a search (given by the app), else a select. */
  UnitField?: ComponentType<UnitFieldProps>;
}

/** The district filter's select, and each district's city (to tell apart districts of one name). */
export type UnitFieldProps = Parameters<typeof SelectField>[0] & {
  units?: DashboardView['units'];
};

const NO_OPTIONS: DashboardView['options'] = { years: [], topics: [], units: [] };
const NO_FILTERS: DashboardView['filters'] = { year: null, topic: null, unit: null };

export function FilterBar({ view, UnitField = SelectField }: FilterBarProps) {
  const t = useMessages();
  const { yearSelected, topicSelected, unitSelected, filtersCleared } = useDashboardActions();
  const filters = view?.filters ?? NO_FILTERS;
  const options = view?.options ?? NO_OPTIONS;
  const pending = view == null;
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
        disabled={pending}
      />
      <SelectField
        name="topic"
        label={t.filterTopic}
        value={filters.topic ?? ALL}
        options={[{ value: ALL, label: t.allTopics }, ...options.topics]}
        onChange={(value) => topicSelected(value === ALL ? null : value)}
        disabled={pending}
      />
      <UnitField
        name="unit"
        label={t.filterUnit}
        value={filters.unit ?? ALL}
        options={[{ value: ALL, label: t.allUnits }, ...options.units]}
        onChange={(value) => unitSelected(value === ALL ? null : value)}
        disabled={pending}
        units={view?.units}
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

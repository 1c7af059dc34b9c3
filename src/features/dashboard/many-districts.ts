/*
 * What only a figure of many districts needs, one chunk (Rankings.tsx loads it): its districts
 * ranked, and its charts drawn a page at a time; and the district filter's search, which the app
 * gives the filter bar for a long list of districts; and the height a card of a city holds before
 * it is drawn.
 */
export { RankedProgressSection } from './RankedProgress';
export { PagedCharts } from './PagedCharts';
export { UnitSearch } from './UnitSearch';
export { pendingHeightHere as pendingHeight } from './pending-height';

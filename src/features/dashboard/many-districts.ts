/*
 * What only a figure of many districts needs, one chunk (Rankings.tsx loads it): its districts
 * ranked, and its charts drawn a page at a time.
 */
export { RankedProgressSection } from './RankedProgress';
export { PagedCharts } from './PagedCharts';

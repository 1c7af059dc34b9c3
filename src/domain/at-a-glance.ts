/**
 * More districts than this, and a figure also shows its districts ranked. Six charts are what a
 * reader compares by eye in one look: two rows of three on a laptop, and about the number of
 * things one holds in mind at once (Cowan 2001 puts it at four, Miller 1956 at seven). Beyond
 * six, a reader hunts through the charts for the ones behind; the ranking names them first.
 */
export const AT_A_GLANCE_DISTRICTS = 6;

/** Whether a figure of `districts` districts needs the ranking. */
export const needsRanking = (districts: number): boolean => districts > AT_A_GLANCE_DISTRICTS;

/**
 * How many of a metric's district charts (small multiples) a card draws before "show more": four
 * rows of six on a wide screen. A city's 126 wards and communes are 126 charts a metric; the
 * ranking above them names the ones behind, and the filter by district finds any one.
 */
export const CHARTS_PAGE = 24;

/**
 * How many rows a count's chart draws before "show more": a city's 300 districts over twelve
 * periods are 3,600 bars, a chart some 280,000 pixels tall, the next figure out of reach. A page
 * is a ranking's; exports, slides and the download still hold every row.
 */
export const CHART_ROWS_PAGE = 50;

/** How many places of a ranking are listed before "show more": a whole district's wards. */
export const RANKING_PAGE = 50;

/**
 * Notes shown at first, more on request: a city's wards and communes report a few each, hundreds
 * in all (1,800 for the bench's 300 districts), which drawn at once were most of the page's
 * elements and a long task of their own.
 */
export const NOTES_PAGE = 50;

/**
 * More districts than this, and the district filter has a search above its list: a city's 126
 * wards and communes, a country's 3,321, are found by typing, not by scrolling a picker.
 */
export const UNIT_SEARCH_FROM = 30;

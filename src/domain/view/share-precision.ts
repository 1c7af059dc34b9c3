/**
 * One precision for the shares of one card or one table. A row's share has its own precision
 * (two decimals, or the article's when the target was derived from its stated share: 67,8%), and
 * the time elapsed its own (50%); side by side, "63,90%" over "67,8%", or "63,90%" beside "50%",
 * read as if one were known more exactly than the other. So a card or a table writes all its
 * shares with the fewest decimals any of them has: never a precision one of them lacks.
 *
 * The share the article states ("hơn 64%") is not one of them: it is the article's text, quoted
 * at the precision it was printed ("hơn 64,00%" would misquote it).
 */

/** Decimals of a computed share, unless the article gave the share it was derived from. */
export const SHARE_DECIMALS = 2;

/** The precision a group's shares share: the fewest decimals among them (2 for none). */
export function commonShareDecimals(decimals: Iterable<number>): number {
  let fewest: number | null = null;
  for (const each of decimals) {
    if (Number.isInteger(each) && each >= 0)
      fewest = fewest == null ? each : Math.min(fewest, each);
  }
  return fewest ?? SHARE_DECIMALS;
}

/**
 * A table's rows, each given the precision of the rows that have a share: what the table, the
 * chart's tooltips, the notes under an exported image and the CSV then all write. A row with no
 * share does not count (its precision is only a default).
 */
export function withCommonShareDecimals<R extends { share: number | null; shareDecimals: number }>(
  rows: readonly R[],
): R[] {
  const decimals = commonShareDecimals(
    rows.filter((row) => row.share != null).map((row) => row.shareDecimals),
  );
  return rows.map((row) =>
    row.shareDecimals === decimals ? row : { ...row, shareDecimals: decimals },
  );
}

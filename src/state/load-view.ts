import { serializeUrlState, type UrlState } from '../domain/url-state';

/**
 * Loads the page anew at `next`: for data read for one view alone (a file opened at one
 * district), which another view must read again. A new history entry, unless the address
 * already is `next`'s (after Back): then the page is reloaded.
 */
export function loadView(next: UrlState): void {
  const search = serializeUrlState(next, window.location.search);
  if (search === window.location.search) window.location.reload();
  else window.location.assign(`${window.location.pathname}${search}${window.location.hash}`);
}

/**
 * The address of a dataset opened from the web, as the page's own address carries it:
 * `?data=https://example.org/ha-noi.parquet`, so a link opens the same data for whoever follows
 * it, with the same filters. Pure.
 */

/** The page's address key for the dataset's address. */
export const DATA_KEY = 'data';

export type DataAddress =
  /** No key: the page's own data (an import kept in this browser, or the bundled file). */
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  /** A key whose value is no http(s) address: said, never guessed at. */
  | { kind: 'bad'; text: string };

/** The dataset's address in a page's query string. */
export function parseDataAddress(search: string): DataAddress {
  const text = new URLSearchParams(search).get(DATA_KEY);
  if (text == null) return { kind: 'none' };
  const url = httpUrl(text);
  return url ? { kind: 'url', url } : { kind: 'bad', text };
}

/**
 * An absolute http(s) address as written (spaces around it dropped), or null; null too for one
 * with a user name or password in it, which the browser's fetch refuses.
 */
export function httpUrl(text: string): string | null {
  const trimmed = text.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

/** The query string with the dataset's address set (or taken away), every other key kept. */
export function searchWithDataAddress(search: string, url: string | null): string {
  const params = new URLSearchParams(search);
  params.delete(DATA_KEY);
  if (url != null) params.set(DATA_KEY, url);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** An http:// address asked for by a page served over https: the browser blocks it (mixed content). */
export function blockedAsMixedContent(url: string, pageProtocol: string): boolean {
  return pageProtocol === 'https:' && url.startsWith('http:');
}

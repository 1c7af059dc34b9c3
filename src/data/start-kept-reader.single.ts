/** The single-file build's stand-in for start-kept-reader.ts: no worker; the page reads. */
export function startKeptReader(): Worker | null {
  return null;
}

/** The single-file build's stand-in: no worker reads the chunks; the page does. */
export function startKeptBytesReader(): Worker | null {
  return null;
}

/** The single-file build's stand-in: no worker opens chunks; the page does. */
export function startKeptOpener(): Worker | null {
  return null;
}

/** The single-file build's stand-in for start-remote-reader.ts: no worker, no address opened. */
export function startRemoteReader(): Worker | null {
  return null;
}

/** The single file cannot open data from a web address: the form is not offered. */
export const CAN_OPEN_ADDRESSES = false;

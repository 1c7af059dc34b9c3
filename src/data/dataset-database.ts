import { promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * The browser database that keeps an import, opened so that no fault of it blocks the next
 * import (idb-keyval's own createStore does neither):
 * - a database that exists without its object store (damaged, or half made) is opened again one
 *   version up with the store made, and that is noted, for the page to say the saved data is gone;
 * - another tab deleting or upgrading the database is never kept waiting by this one (which
 *   would leave the deletion pending, to wipe what this tab saves meanwhile when it closes): the
 *   connection closes at once and the next use opens a fresh one.
 */
const DATABASE = 'district-dashboard';
const STORE = 'datasets';

let connection: Promise<IDBDatabase> | undefined;
let repaired = false;

function open(version?: number): Promise<IDBDatabase> {
  const request = version ? indexedDB.open(DATABASE, version) : indexedDB.open(DATABASE);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
  };
  return promisifyRequest(request);
}

async function connect(): Promise<IDBDatabase> {
  let db = await open();
  if (!db.objectStoreNames.contains(STORE)) {
    const version = db.version + 1;
    db.close();
    db = await open(version);
    repaired = true;
  }
  const forget = () => {
    db.close();
    connection = undefined;
  };
  db.onversionchange = forget;
  db.onclose = () => (connection = undefined);
  return db;
}

function database(): Promise<IDBDatabase> {
  if (!connection) {
    connection = connect();
    connection.catch(() => (connection = undefined));
  }
  return connection;
}

/** The store, for idb-keyval's get, set and del. */
export const datasetStore: UseStore = (mode, callback) =>
  database().then((db) => callback(db.transaction(STORE, mode).objectStore(STORE)));

/** Whether the database had lost its store and was made again (so what it held is gone); said once. */
export function takeRepairNote(): boolean {
  const note = repaired;
  repaired = false;
  return note;
}

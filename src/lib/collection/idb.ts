/**
 * One IndexedDB object store, opened per call and closed after it (the page touches it rarely:
 * the kept collection, the online response cache). Shared so both stores open and commit alike.
 */
export type RunInStore = <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest<T>) => Promise<T>;

/** `run(mode, f)`: `f`'s request inside a transaction on `store` of database `db` (version 1). */
export function idbStore(db: string, store: string, options?: IDBObjectStoreParameters): RunInStore {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(db, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(store, options);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  return async (mode, f) => {
    const database = await open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = database.transaction(store, mode);
        const req = f(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? req.error);
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
    } finally {
      database.close();
    }
  };
}

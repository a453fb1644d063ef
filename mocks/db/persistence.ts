import { createStore, getMany, setMany, type UseStore } from 'idb-keyval';
import {
  TABLE_NAMES,
  setSyncHook,
  withDbLock,
  type ChangeSet,
  type DbSnapshot,
  type MockDatabase,
  type SnapshotMeta,
  type TableName,
} from '@mocks/db/database';
import type { Tables } from '@mocks/db/tables';

/**
 * Browser persistence of the mock database: one IndexedDB entry per table plus a meta entry, so a
 * sheet save rewrites the sheet tables and not 40k applications. Node (tests, the HTTP server) keeps
 * everything in memory and never imports this module.
 */

const DB_NAME = 'ec-mock-db';
const STORE_NAME = 'state';
const CHANNEL_NAME = 'ec-mock-db';
/** Bump when the stored shape changes incompatibly: old state is then ignored and re-seeded. */
const FORMAT = 1;

/** Fired on window when another tab changed the data, so the app can refetch what it shows. */
export const MOCK_DB_CHANGED_EVENT = 'ec-mock-db-changed';

interface StoredMeta extends SnapshotMeta {
  format: typeof FORMAT;
  /** Which write last touched each table; a tab reloads the tables whose stamp is not its own. */
  tableStamps: Partial<Record<TableName, string>>;
  stamp: string;
}

interface ChangedMessage {
  type: 'changed';
  stamp: string;
}

function tableKey(name: TableName): string {
  return `table:${name}`;
}

export interface Persistence {
  /** The snapshot stored by an earlier visit, or null when there is none (or it is unreadable). */
  load(): Promise<DbSnapshot | null>;
  /** Saves after every flushed change and follows other tabs' writes. Returns the detach function. */
  attach(db: MockDatabase): () => void;
  /** Pulls in what another tab wrote; true when something was reloaded. Runs before every request. */
  sync(db: MockDatabase): Promise<boolean>;
}

export function createBrowserPersistence(): Persistence {
  const store: UseStore = createStore(DB_NAME, STORE_NAME);
  /** The tables as this tab last wrote or read them. */
  let known: StoredMeta | null = null;
  let channel: BroadcastChannel | null = null;

  async function readMeta(): Promise<StoredMeta | null> {
    const [meta] = await getMany<StoredMeta | undefined>(['meta'], store);
    return meta !== undefined && meta.format === FORMAT ? meta : null;
  }

  async function load(): Promise<DbSnapshot | null> {
    try {
      const meta = await readMeta();
      if (meta === null) return null;
      const rows = await getMany<unknown[] | undefined>(TABLE_NAMES.map(tableKey), store);
      const tables: Partial<Record<TableName, unknown[]>> = {};
      for (const [i, name] of TABLE_NAMES.entries()) {
        const table = rows[i];
        if (table === undefined) return null;
        tables[name] = table;
      }
      known = meta;
      return { ...snapshotMeta(meta), format: 1, tables: tables as unknown as Tables };
    } catch (error) {
      console.warn('[mock] could not read the saved demo state; starting from the seed', error);
      return null;
    }
  }

  async function save(db: MockDatabase, change: ChangeSet): Promise<void> {
    const stamp = crypto.randomUUID();
    const names = change.replaced ? TABLE_NAMES : [...change.tables];
    const tableStamps: Partial<Record<TableName, string>> = { ...known?.tableStamps };
    const entries: [IDBValidKey, unknown][] = [];
    for (const name of names) {
      entries.push([tableKey(name), db.tables[name]]);
      tableStamps[name] = stamp;
    }
    const meta: StoredMeta = {
      format: FORMAT,
      ...db.snapshotMeta(),
      tableStamps,
      stamp,
    };
    entries.push(['meta', meta]);
    // One transaction: a reload never sees the sheets written but the history not.
    await setMany(entries, store);
    known = meta;
    const message: ChangedMessage = { type: 'changed', stamp };
    channel?.postMessage(message);
  }

  /** Pulls in whatever another tab wrote since this tab last looked. */
  async function sync(db: MockDatabase): Promise<boolean> {
    const meta = await readMeta();
    if (meta === null || meta.stamp === known?.stamp) return false;
    const stale = TABLE_NAMES.filter((name) => meta.tableStamps[name] !== known?.tableStamps[name]);
    const rows = await getMany<unknown[] | undefined>(stale.map(tableKey), store);
    const tables: Partial<Record<TableName, unknown[]>> = {};
    for (const [i, name] of stale.entries()) {
      const table = rows[i];
      if (table !== undefined) tables[name] = table;
    }
    db.replaceTables(tables as Partial<Tables>, snapshotMeta(meta));
    known = meta;
    return true;
  }

  function attach(db: MockDatabase): () => void {
    const unsubscribe = db.onChange(save);
    setSyncHook(async (current) => {
      await sync(current);
    });
    if (typeof BroadcastChannel !== 'undefined') {
      channel = new BroadcastChannel(CHANNEL_NAME);
      channel.onmessage = (event: MessageEvent<ChangedMessage>) => {
        if (event.data.type !== 'changed' || event.data.stamp === known?.stamp) return;
        void withDbLock(async () => {
          if (await sync(db)) window.dispatchEvent(new CustomEvent(MOCK_DB_CHANGED_EVENT));
        });
      };
    }
    return () => {
      unsubscribe();
      setSyncHook(null);
      channel?.close();
      channel = null;
    };
  }

  return { load, attach, sync };
}

function snapshotMeta(meta: StoredMeta): SnapshotMeta {
  return {
    preset: meta.preset,
    seededAt: meta.seededAt,
    clockOffsetMs: meta.clockOffsetMs,
    settings: meta.settings,
    revision: meta.revision,
    idCounter: meta.idCounter,
  };
}

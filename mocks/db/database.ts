import { buildPreset } from '@mocks/db/seed/build-preset';
import { emptyTables, type PresetName, type SeedResult, type Tables } from '@mocks/db/tables';

export type TableName = keyof Tables;
export type RowOf<T extends TableName> = Tables[T][number];

/** The switches the mock control panel exposes to exercise the UI's resilience. */
export interface MockSettings {
  latencyMs: number;
  failureRate: number;
  offline: boolean;
}

export const DEFAULT_SETTINGS: MockSettings = { latencyMs: 0, failureRate: 0, offline: false };

/** Everything needed to bring a database back exactly as it was (IndexedDB, tests). */
export interface DbSnapshot {
  format: 1;
  preset: PresetName;
  seededAt: string;
  clockOffsetMs: number;
  settings: MockSettings;
  revision: number;
  idCounter: number;
  tables: Tables;
}

export type SnapshotMeta = Omit<DbSnapshot, 'tables' | 'format'>;

/** What changed since the last flush; persistence writes only these tables. */
export interface ChangeSet {
  tables: ReadonlySet<TableName>;
  /** Settings, clock, preset or counters changed (they live outside the tables). */
  meta: boolean;
  /** A reset or restore replaced everything. */
  replaced: boolean;
}

export type ChangeListener = (db: MockDatabase, change: ChangeSet) => void | Promise<void>;

export const TABLE_NAMES: readonly TableName[] = [
  'users',
  'sessions',
  'contests',
  'stages',
  'categories',
  'nominations',
  'criteriaSets',
  'criteriaVersions',
  'experts',
  'applications',
  'assignments',
  'sheets',
  'sheetHistory',
  'auditEvents',
  'idempotency',
  'reminders',
];

type KeyFn<T extends TableName> = (row: RowOf<T>) => string;

/**
 * The primary key of every table. Tables without a natural `id` get a composite one so `get` and
 * `remove` work uniformly.
 */
const PRIMARY_KEYS: { [T in TableName]: KeyFn<T> } = {
  users: (r) => r.id,
  sessions: (r) => r.token,
  contests: (r) => r.id,
  stages: (r) => r.id,
  categories: (r) => r.id,
  nominations: (r) => r.id,
  criteriaSets: (r) => r.id,
  criteriaVersions: (r) => `${r.criteriaSetId}@${r.version}`,
  experts: (r) => r.id,
  applications: (r) => r.id,
  assignments: (r) => r.id,
  sheets: (r) => r.id,
  // Several history entries may share a version (submitted, then returned), so the key includes the action.
  sheetHistory: (r) => `${r.sheetId}@${r.version}:${r.action}:${r.at}`,
  auditEvents: (r) => r.id,
  idempotency: (r) => idempotencyKey(r.userId, r.key),
  reminders: (r) => r.id,
};

export function idempotencyKey(userId: string, key: string): string {
  return `${userId}:${key}`;
}

/**
 * Secondary indexes: rows grouped by a foreign key. Declared once so every group lookup is typed by
 * table and index name.
 */
const GROUP_INDEXES = {
  sessions: { byUser: (r: RowOf<'sessions'>) => r.userId },
  stages: { byContest: (r: RowOf<'stages'>) => r.contestId },
  categories: { byContest: (r: RowOf<'categories'>) => r.contestId },
  nominations: {
    byContest: (r: RowOf<'nominations'>) => r.contestId,
    byCategory: (r: RowOf<'nominations'>) => r.categoryId,
  },
  criteriaSets: { byContest: (r: RowOf<'criteriaSets'>) => r.contestId },
  criteriaVersions: { bySet: (r: RowOf<'criteriaVersions'>) => r.criteriaSetId },
  applications: {
    byContest: (r: RowOf<'applications'>) => r.contestId,
    byNomination: (r: RowOf<'applications'>) => r.nominationId,
  },
  assignments: {
    byExpert: (r: RowOf<'assignments'>) => r.expertId,
    byStage: (r: RowOf<'assignments'>) => r.stageId,
    byApplication: (r: RowOf<'assignments'>) => r.applicationId,
  },
  sheets: {
    byAssignment: (r: RowOf<'sheets'>) => r.assignmentId,
    byStage: (r: RowOf<'sheets'>) => r.stageId,
    byExpert: (r: RowOf<'sheets'>) => r.expertId,
    byApplication: (r: RowOf<'sheets'>) => r.applicationId,
  },
  sheetHistory: { bySheet: (r: RowOf<'sheetHistory'>) => r.sheetId },
  auditEvents: { byContest: (r: RowOf<'auditEvents'>) => r.contestId },
  reminders: { byStage: (r: RowOf<'reminders'>) => r.stageId },
} satisfies { [T in TableName]?: Record<string, (row: RowOf<T>) => string> };

type GroupIndexes = typeof GROUP_INDEXES;
export type GroupedTable = keyof GroupIndexes;
export type GroupName<T extends GroupedTable> = keyof GroupIndexes[T] & string;

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The mock server's in-memory database. Rows are plain JSON; handlers read through `get`/`group`
 * (indexed, so the season preset with 120k sheets answers fast) and write through
 * `insert`/`update`/`remove`, which keep the indexes honest and record what to persist.
 */
export class MockDatabase {
  tables: Tables;
  preset: PresetName;
  seededAt: string;
  clockOffsetMs = 0;
  settings: MockSettings = { ...DEFAULT_SETTINGS };
  /** Increments on every write; persistence and tabs compare it. */
  revision = 0;
  private idCounter = 0;
  private primary = new Map<TableName, Map<string, unknown>>();
  private groups = new Map<string, Map<string, unknown[]>>();
  private pending: { tables: Set<TableName>; meta: boolean; replaced: boolean } = {
    tables: new Set(),
    meta: false,
    replaced: false,
  };
  private listeners = new Set<ChangeListener>();
  private writes = new Map<TableName, number>();

  constructor(seed: SeedResult) {
    this.tables = seed.tables;
    this.preset = seed.preset;
    this.seededAt = seed.seededAt;
    // A new database has never been persisted: its first flush writes everything.
    this.pending.replaced = true;
  }

  static fromPreset(preset: PresetName, now: Date = new Date()): MockDatabase {
    return new MockDatabase(buildPreset(preset, now));
  }

  static fromSnapshot(snapshot: DbSnapshot): MockDatabase {
    const db = new MockDatabase({
      preset: snapshot.preset,
      seededAt: snapshot.seededAt,
      tables: snapshot.tables,
    });
    db.applySnapshot(snapshot);
    db.pending.replaced = false;
    return db;
  }

  // ---- clock -----------------------------------------------------------------------------------

  /** The mock's notion of now: real time shifted by the clock the control panel moves. */
  now(): Date {
    return new Date(Date.now() + this.clockOffsetMs);
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  setClockOffset(offsetMs: number): void {
    this.clockOffsetMs = offsetMs;
    this.touchMeta();
  }

  setSettings(settings: MockSettings): void {
    this.settings = { ...settings };
    this.touchMeta();
  }

  // ---- reads -----------------------------------------------------------------------------------

  all<T extends TableName>(table: T): readonly RowOf<T>[] {
    return this.tables[table];
  }

  get<T extends TableName>(table: T, key: string): RowOf<T> | undefined {
    return this.primaryIndex(table).get(key);
  }

  /** Rows of `table` whose `index` key equals `key`, in table order. Do not mutate the array. */
  group<T extends GroupedTable>(table: T, index: GroupName<T>, key: string): readonly RowOf<T>[] {
    return this.groupIndex(table, index).get(key) ?? EMPTY;
  }

  assignmentsByExpert(expertId: string): readonly RowOf<'assignments'>[] {
    return this.group('assignments', 'byExpert', expertId);
  }

  assignmentsByStage(stageId: string): readonly RowOf<'assignments'>[] {
    return this.group('assignments', 'byStage', stageId);
  }

  assignmentsByApplication(applicationId: string): readonly RowOf<'assignments'>[] {
    return this.group('assignments', 'byApplication', applicationId);
  }

  /** An assignment has at most one sheet. */
  sheetByAssignment(assignmentId: string): RowOf<'sheets'> | undefined {
    return this.group('sheets', 'byAssignment', assignmentId)[0];
  }

  // ---- writes ----------------------------------------------------------------------------------

  insert<T extends TableName>(table: T, row: RowOf<T>): RowOf<T> {
    const key = PRIMARY_KEYS[table](row);
    if (this.get(table, key) !== undefined) {
      throw new Error(`MockDatabase: duplicate key ${table}/${key}`);
    }
    (this.tables[table] as RowOf<T>[]).push(row);
    // Keep built indexes current instead of dropping them: bulk inserts that read as they go stay linear.
    this.primary.get(table)?.set(key, row);
    const defs = indexDefs(table);
    for (const name of Object.keys(defs)) {
      const built = this.groups.get(groupKey(table, name));
      const keyOf = defs[name];
      if (built === undefined || keyOf === undefined) continue;
      const k = keyOf(row);
      const bucket = built.get(k);
      if (bucket === undefined) built.set(k, [row]);
      else bucket.push(row);
    }
    this.touch(table);
    return row;
  }

  /**
   * Changes a row in place (so references held elsewhere stay valid) and returns it. The patch may be
   * an object or a function of the current row; the primary key must not change.
   */
  update<T extends TableName>(
    table: T,
    key: string,
    patch: Partial<RowOf<T>> | ((row: RowOf<T>) => Partial<RowOf<T>>),
  ): RowOf<T> {
    const row = this.get(table, key);
    if (row === undefined) throw new Error(`MockDatabase: no row ${table}/${key}`);
    const changes = typeof patch === 'function' ? patch(row) : patch;
    Object.assign(row as object, changes);
    if (PRIMARY_KEYS[table](row) !== key)
      throw new Error(`MockDatabase: primary key of ${table}/${key} changed`);
    const defs = indexDefs(table);
    const touchesIndex = Object.keys(changes).some((field) => indexedFields(table).has(field));
    if (touchesIndex) {
      for (const name of Object.keys(defs)) this.groups.delete(groupKey(table, name));
    }
    this.touch(table);
    return row;
  }

  remove<T extends TableName>(table: T, key: string): boolean {
    const keyOf = PRIMARY_KEYS[table];
    const rows = this.tables[table] as RowOf<T>[];
    const at = rows.findIndex((r) => keyOf(r) === key);
    if (at < 0) return false;
    rows.splice(at, 1);
    this.invalidate(table);
    this.touch(table);
    return true;
  }

  /** Removes every row matching `predicate`; one pass, one invalidation. */
  removeWhere<T extends TableName>(table: T, predicate: (row: RowOf<T>) => boolean): number {
    const rows = this.tables[table] as RowOf<T>[];
    const kept = rows.filter((r) => !predicate(r));
    const removed = rows.length - kept.length;
    if (removed === 0) return 0;
    (this.tables as Record<TableName, unknown[]>)[table] = kept;
    this.invalidate(table);
    this.touch(table);
    return removed;
  }

  /**
   * A fresh id `prefix-<n>`; deterministic for a given history, and skipping ids the seed (or another
   * tab) already used in `table`.
   */
  nextId(table: TableName, prefix: string): string {
    for (;;) {
      this.idCounter += 1;
      const id = `${prefix}-${this.idCounter}`;
      if (this.get(table, id) === undefined) {
        this.touchMeta();
        return id;
      }
    }
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Replaces everything with a fresh preset built against the real clock; settings survive. */
  reset(preset: PresetName, now: Date = new Date()): void {
    this.load(buildPreset(preset, now));
  }

  load(seed: SeedResult): void {
    this.tables = seed.tables;
    this.preset = seed.preset;
    this.seededAt = seed.seededAt;
    this.clockOffsetMs = 0;
    this.idCounter = 0;
    this.invalidateAll();
    this.revision += 1;
    this.pending.replaced = true;
  }

  snapshot(): DbSnapshot {
    return structuredClone({ format: 1, ...this.snapshotMeta(), tables: this.tables } satisfies DbSnapshot);
  }

  /** Everything but the tables. */
  snapshotMeta(): SnapshotMeta {
    return {
      preset: this.preset,
      seededAt: this.seededAt,
      clockOffsetMs: this.clockOffsetMs,
      settings: { ...this.settings },
      revision: this.revision,
      idCounter: this.idCounter,
    };
  }

  /** Takes the snapshot's objects as they are: pass a copy if the caller keeps using it. */
  restore(snapshot: DbSnapshot): void {
    this.applySnapshot(snapshot);
  }

  /** Replaces some tables (another tab wrote them) without marking them as ours to persist. */
  replaceTables(tables: Partial<Tables>, meta?: SnapshotMeta): void {
    for (const name of TABLE_NAMES) {
      const rows = tables[name];
      if (rows === undefined) continue;
      (this.tables as Record<TableName, unknown[]>)[name] = rows;
      this.invalidate(name);
    }
    if (meta !== undefined) this.applyMeta(meta);
  }

  /** Subscribes to flushed changes; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hasPendingChanges(): boolean {
    return this.pending.replaced || this.pending.meta || this.pending.tables.size > 0;
  }

  /**
   * Hands the accumulated changes to the listeners and waits for them (the HTTP adapter calls it
   * before responding, so a reload right after a save finds the save persisted).
   */
  async flushChanges(): Promise<void> {
    if (!this.hasPendingChanges()) return;
    const change: ChangeSet = {
      tables: this.pending.tables,
      meta: this.pending.meta,
      replaced: this.pending.replaced,
    };
    this.pending = { tables: new Set(), meta: false, replaced: false };
    for (const listener of this.listeners) await listener(this, change);
  }

  // ---- internals -------------------------------------------------------------------------------

  private applySnapshot(snapshot: DbSnapshot): void {
    this.tables = { ...emptyTables(), ...snapshot.tables };
    this.applyMeta(snapshot);
    this.invalidateAll();
    this.pending.replaced = true;
  }

  private applyMeta(meta: SnapshotMeta): void {
    this.preset = meta.preset;
    this.seededAt = meta.seededAt;
    this.clockOffsetMs = meta.clockOffsetMs;
    this.settings = { ...meta.settings };
    this.revision = meta.revision;
    this.idCounter = meta.idCounter;
  }

  /** Writes per table through insert/update/remove; wholesale replacement swaps the table's array instead. */
  writeCount(table: TableName): number {
    return this.writes.get(table) ?? 0;
  }

  private touch(table: TableName): void {
    this.revision += 1;
    this.writes.set(table, this.writeCount(table) + 1);
    this.pending.tables.add(table);
  }

  private touchMeta(): void {
    this.revision += 1;
    this.pending.meta = true;
  }

  private invalidate(table: TableName): void {
    this.primary.delete(table);
    for (const name of Object.keys(indexDefs(table))) this.groups.delete(groupKey(table, name));
  }

  private invalidateAll(): void {
    this.primary.clear();
    this.groups.clear();
  }

  private primaryIndex<T extends TableName>(table: T): Map<string, RowOf<T>> {
    let index = this.primary.get(table) as Map<string, RowOf<T>> | undefined;
    if (index === undefined) {
      const keyOf = PRIMARY_KEYS[table];
      index = new Map();
      for (const row of this.tables[table] as RowOf<T>[]) index.set(keyOf(row), row);
      this.primary.set(table, index);
    }
    return index;
  }

  private groupIndex<T extends GroupedTable>(table: T, name: GroupName<T>): Map<string, RowOf<T>[]> {
    const cacheKey = groupKey(table, name);
    let index = this.groups.get(cacheKey) as Map<string, RowOf<T>[]> | undefined;
    if (index === undefined) {
      const keyOf = indexDefs(table)[name];
      if (keyOf === undefined) throw new Error(`MockDatabase: no index ${cacheKey}`);
      index = new Map();
      for (const row of this.tables[table] as RowOf<T>[]) {
        const k = keyOf(row);
        const bucket = index.get(k);
        if (bucket === undefined) index.set(k, [row]);
        else bucket.push(row);
      }
      this.groups.set(cacheKey, index);
    }
    return index;
  }
}

function groupKey(table: TableName, name: string): string {
  return `${table}.${name}`;
}

/** The group index definitions of a table, widened so they can be iterated generically. */
function indexDefs<T extends TableName>(table: T): Record<string, ((row: RowOf<T>) => string) | undefined> {
  return (GROUP_INDEXES as Partial<Record<TableName, unknown>>)[table] ?? {};
}

/**
 * Which row fields feed a table's group indexes, found by probing each key function with a
 * recording proxy once; an update that touches none of them keeps the indexes.
 */
const indexedFieldCache = new Map<TableName, Set<string>>();
function indexedFields(table: TableName): Set<string> {
  let fields = indexedFieldCache.get(table);
  if (fields === undefined) {
    const seen = new Set<string>();
    const probe = new Proxy(
      {},
      {
        get(_target, property) {
          if (typeof property === 'string') seen.add(property);
          return '';
        },
      },
    );
    for (const keyOf of Object.values(indexDefs(table))) keyOf?.(probe as never);
    fields = seen;
    indexedFieldCache.set(table, fields);
  }
  return fields;
}

/**
 * One request at a time touches the database: handlers are synchronous between their reads and
 * writes, but persistence awaits IndexedDB, and two interleaved saves must not both pass If-Match.
 */
let lock: Promise<void> = Promise.resolve();
export async function withDbLock<T>(work: () => Promise<T>): Promise<T> {
  const previous = lock;
  let release = (): void => undefined;
  lock = new Promise<void>((resolve) => {
    release = resolve;
  });
  await previous;
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Runs inside the lock before each request is handled: the browser uses it to pick up writes another
 * tab made, so that tab's stale copy is refused (412) instead of overwriting.
 */
export type SyncHook = (db: MockDatabase) => Promise<void>;
let syncHook: SyncHook | null = null;
export function setSyncHook(hook: SyncHook | null): void {
  syncHook = hook;
}
export async function runSyncHook(db: MockDatabase): Promise<void> {
  if (syncHook !== null) await syncHook(db);
}

let current: MockDatabase | null = null;

/** The database the handlers use. Built lazily from the demo preset if nobody set one. */
export function getDb(): MockDatabase {
  current ??= MockDatabase.fromPreset('demo');
  return current;
}

/** Swaps the database (browser start-up, server start-up, tests between tests). */
export function setDb(db: MockDatabase): void {
  current = db;
}

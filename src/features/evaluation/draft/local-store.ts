import {
  clear,
  createStore,
  del,
  delMany,
  entries,
  get,
  keys,
  promisifyRequest,
  set,
  type UseStore,
} from 'idb-keyval';
import type { SheetContent } from '@/api/schemas/sheets';
import { isSheetContent } from './content';

/**
 * The copy of a half-written sheet kept on this device, so a reload, a crash or a lost network never
 * costs a keystroke. IndexedDB rather than localStorage: it survives large comments, is not
 * synchronous on the main thread, and is per-origin like the session.
 */
export interface LocalDraft {
  content: SheetContent;
  /** The server sheet version the edits started from; null when the sheet did not exist yet. */
  baseVersion: number | null;
  updatedAt: string;
  /** True while the server has not confirmed this content. */
  dirty: boolean;
  /** Which open page wrote it: a tab confirming its own save must not delete another tab's copy. */
  writer?: string;
}

let store: UseStore | null = null;

/** Opened lazily so merely importing the module never touches IndexedDB (SSR, tests, private mode). */
function draftsStore(): UseStore {
  store ??= createStore('ec-drafts', 'drafts');
  return store;
}

/**
 * One copy per user, assignment and criteria version: another user of the same browser never sees
 * it, and scores typed against an older criteria structure are not silently poured into a new one.
 */
export function localDraftKey(userId: string, assignmentId: string, criteriaVersion: number): string {
  return `${userId}:${assignmentId}:v${criteriaVersion}`;
}

function assignmentPrefix(userId: string, assignmentId: string): string {
  return `${userId}:${assignmentId}:v`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whatever is stored came from an older build or another tab: trust nothing about its shape. */
function asLocalDraft(value: unknown): LocalDraft | null {
  if (!isRecord(value) || !isSheetContent(value.content)) return null;
  const baseOk = value.baseVersion === null || typeof value.baseVersion === 'number';
  if (!baseOk || typeof value.updatedAt !== 'string' || typeof value.dirty !== 'boolean') return null;
  return {
    content: value.content,
    baseVersion: value.baseVersion as number | null,
    updatedAt: value.updatedAt,
    dirty: value.dirty,
    ...(typeof value.writer === 'string' ? { writer: value.writer } : {}),
  };
}

export async function readLocalDraft(key: string): Promise<LocalDraft | null> {
  return asLocalDraft(await get<unknown>(key, draftsStore()));
}

export function writeLocalDraft(key: string, draft: LocalDraft): Promise<void> {
  return set(key, draft, draftsStore());
}

export function removeLocalDraft(key: string): Promise<void> {
  return del(key, draftsStore());
}

/**
 * Removes the copy only if one of `writers` wrote it, read and deleted in one transaction: another
 * tab editing the same sheet may have stored its own unsent changes there meanwhile.
 */
export function removeLocalDraftWrittenBy(key: string, writers: ReadonlySet<string>): Promise<void> {
  return draftsStore()('readwrite', (objects) => {
    const request = objects.get(key);
    request.onsuccess = () => {
      const stored = asLocalDraft(request.result as unknown);
      if (stored === null || stored.writer === undefined || writers.has(stored.writer)) objects.delete(key);
    };
    return promisifyRequest(objects.transaction);
  });
}

/** Copies of one assignment under every criteria version, newest version first. */
export async function localDraftsOfAssignment(
  userId: string,
  assignmentId: string,
): Promise<{ key: string; criteriaVersion: number; draft: LocalDraft }[]> {
  const prefix = assignmentPrefix(userId, assignmentId);
  const found: { key: string; criteriaVersion: number; draft: LocalDraft }[] = [];
  for (const [key, value] of await entries<IDBValidKey, unknown>(draftsStore())) {
    if (typeof key !== 'string' || !key.startsWith(prefix)) continue;
    const criteriaVersion = Number(key.slice(prefix.length));
    const draft = asLocalDraft(value);
    if (draft !== null && Number.isInteger(criteriaVersion)) found.push({ key, criteriaVersion, draft });
  }
  return found.sort((a, b) => b.criteriaVersion - a.criteriaVersion);
}

/** On logout: the next person at this browser must find nothing of this user's work. */
export async function clearDraftsOf(userId: string): Promise<void> {
  const all = await keys<IDBValidKey>(draftsStore());
  const mine = all.filter((key) => typeof key === 'string' && key.startsWith(`${userId}:`));
  if (mine.length > 0) await delMany(mine, draftsStore());
}

export function clearAllDrafts(): Promise<void> {
  return clear(draftsStore());
}

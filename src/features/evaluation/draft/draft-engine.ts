import type { QueryClient } from '@tanstack/react-query';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isApiError } from '@/api/api-error';
import type { Criterion } from '@/api/schemas/criteria';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { AssignmentStatus, Sheet, SheetContent } from '@/api/schemas/sheets';
import { fetchSheet, saveSheet, submitSheet } from '../api';
import { evaluationKeys } from '../queries';
import { asSheet, emptyContent, fitToCriteria, pickContent, sameContent } from './content';
import { findLocalDraft, type FoundLocalDraft } from './local-lookup';
import { removeLocalDraft, removeLocalDraftWrittenBy, writeLocalDraft } from './local-store';
import type { SaveStatus, SubmitOutcome } from './types';

export interface DraftTimings {
  /** The longest a keystroke waits before it reaches the copy on this device. */
  localWriteMs: number;
  /** The pause in typing after which the server copy is updated. */
  idleSaveMs: number;
  /** Continuous typing still reaches the server at least this often. */
  maxSaveWaitMs: number;
  /** The first retry delay after a network error or a 5xx; it doubles on each retry. */
  retryBaseMs: number;
  /** Automatic retries of one save or one submit before the user is told. */
  maxRetries: number;
  /** While offline with unsent changes and no `online` event, how often to try anyway. */
  offlineProbeMs: number;
}

export const DEFAULT_DRAFT_TIMINGS: DraftTimings = {
  localWriteMs: 1000,
  idleSaveMs: 1500,
  maxSaveWaitMs: 10_000,
  retryBaseMs: 1000,
  maxRetries: 3,
  offlineProbeMs: 30_000,
};

export interface DraftState {
  /** False until the copy on this device has been looked for; the form stays read-only meanwhile. */
  ready: boolean;
  content: SheetContent;
  restoredFromDevice: boolean;
  status: SaveStatus;
  /** The server copy a 412 (or a stale local copy at load) brought up: the user must choose. */
  theirs: Sheet | null;
  /** From the evaluation context: not submitted, not recused. */
  contextEditable: boolean;
  /** While the submit request is in flight, and for good once it succeeded. */
  locked: boolean;
}

export function selectEditable(state: DraftState): boolean {
  return state.ready && state.contextEditable && !state.locked;
}

type Patch = (content: SheetContent) => SheetContent;
type SaveResult = 'saved' | 'again' | 'failed';

// Shared objects so a keystroke that does not change the status does not re-render its subscribers.
const IDLE: SaveStatus = { kind: 'idle' };
const PENDING: SaveStatus = { kind: 'pending' };
const SAVING: SaveStatus = { kind: 'saving' };
const OFFLINE: SaveStatus = { kind: 'offline' };
const CONFLICT: SaveStatus = { kind: 'conflict' };

function isContextEditable(context: EvaluationContext): boolean {
  const { status } = context.assignment;
  return status !== 'submitted' && status !== 'recused' && context.sheet?.status !== 'submitted';
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface DraftEngineInit {
  key: string;
  userId: string;
  context: EvaluationContext;
  queryClient: QueryClient;
  timings: DraftTimings;
  /** A copy looked up before the first render (see preloadSheetDraft), so nothing flickers. */
  preloaded?: FoundLocalDraft | null;
  before?: Promise<void>;
}

/** How the registry learns that an engine started or stopped listening. */
export interface EngineLifecycle {
  started: (engine: DraftEngine) => void;
  stopped: (engine: DraftEngine) => void;
}

/**
 * Keeps one sheet safe while it is edited: state per keystroke in a small store, a throttled copy
 * in IndexedDB, a debounced server save with one request in flight, retries, offline queueing,
 * 412 conflicts and an idempotent submit. Plain TypeScript so React only renders what it selects.
 */
export class DraftEngine {
  readonly key: string;
  readonly userId: string;
  readonly assignmentId: string;
  readonly store: StoreApi<DraftState>;
  readonly queryClient: QueryClient;

  private context: EvaluationContext;
  private criteria: readonly Criterion[];
  private readonly timings: DraftTimings;

  /** Edits are counted; the server has everything up to `savedRevision`. */
  private revision = 0;
  private savedRevision = 0;
  /** The server version the current content builds on: what If-Match carries. */
  private baseVersion: number | null;
  /** The newest server copy seen, to recognise a no-op or our own earlier save. */
  private serverSheet: Sheet | null;
  private lastSavedAt: string | null = null;

  private inFlight: Promise<SaveResult> | null = null;
  private loading: Promise<void> | null = null;
  private finishing: Promise<void> | null = null;
  private localChain: Promise<void> = Promise.resolve();
  private submitting: Promise<SubmitOutcome> | null = null;
  private submitKey: { key: string; fingerprint: string } | null = null;

  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private localTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private firstUnsavedAt: number | null = null;
  private retries = 0;
  /** The last attempt met no network (or the browser says so): retries stay quiet until it is back. */
  private offline = false;
  private posting = false;

  private refs = 0;
  private listening = false;
  private closed = false;
  private startupSave = false;
  private preReadyPatches: Patch[] = [];
  /** A copy found under an older criteria version, deleted once its content is stored under ours. */
  private migratedFrom: string | null = null;
  /** This engine's mark on the copies it writes, plus the copies it took over when restoring. */
  private readonly writer = crypto.randomUUID();
  private readonly writers = new Set<string>([this.writer]);
  /** Local writes of the engine this one replaces; the look-up waits for them. */
  private readonly before: Promise<void>;
  private readonly lifecycle: EngineLifecycle;

  constructor(init: DraftEngineInit, lifecycle: EngineLifecycle) {
    this.key = init.key;
    this.userId = init.userId;
    this.assignmentId = init.context.assignment.id;
    this.context = init.context;
    this.criteria = init.context.criteriaSet.criteria;
    this.queryClient = init.queryClient;
    this.timings = init.timings;
    this.lifecycle = lifecycle;
    const sheet = init.context.sheet;
    this.baseVersion = sheet?.version ?? null;
    this.serverSheet = sheet;
    this.before = init.before ?? Promise.resolve();
    this.store = createStore<DraftState>(() => ({
      ready: false,
      content: sheet === null ? emptyContent(this.criteria) : fitToCriteria(sheet, this.criteria),
      restoredFromDevice: false,
      status: IDLE,
      theirs: null,
      contextEditable: isContextEditable(init.context),
      locked: false,
    }));
    if (init.preloaded !== undefined) this.settle(init.preloaded);
  }

  // ---- lifetime --------------------------------------------------------------------------------

  /** A component using the draft mounted. The first one starts listening and looks for a local copy. */
  attach(): void {
    this.refs += 1;
    this.finishing = null;
    if (this.closed || this.listening) return;
    this.listening = true;
    this.lifecycle.started(this);
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    window.addEventListener('pagehide', this.handlePageHide);
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.offline = !browserOnline();
    if (!this.store.getState().ready) {
      this.loading ??= this.load();
    } else if (this.startupSave) {
      this.startupSave = false;
      this.persistLocal();
      void this.drain(true);
    }
  }

  /**
   * The last component unmounted (j/k, a link, a reload). The local copy is written at once and one
   * last save is tried; the engine lives until that settles, so coming straight back finds it.
   */
  detach(): void {
    this.refs = Math.max(0, this.refs - 1);
    if (this.refs > 0) return;
    // A microtask, not now: StrictMode and route changes unmount and remount in one commit.
    const finishing = Promise.resolve().then(async () => {
      if (this.refs > 0 || this.finishing !== finishing) return;
      this.cancelIdleSave();
      this.persistLocal();
      await this.drain(true);
      if (this.refs > 0 || this.finishing !== finishing) return;
      this.stop();
    });
    this.finishing = finishing;
  }

  /** Logout: no more writes of any kind; the caller then deletes the copies. */
  close(): void {
    this.closed = true;
    this.stop();
  }

  /** Resolves once nothing is pending: no load, save, local write or shutdown under way. */
  async whenSettled(): Promise<void> {
    for (;;) {
      const pending = [this.loading, this.finishing, this.inFlight, this.localChain, this.submitting];
      await Promise.all(pending.map((p) => (p ?? Promise.resolve()).catch(() => undefined)));
      const still = [this.loading, this.finishing, this.inFlight, this.localChain, this.submitting];
      if (still.every((p, i) => p === pending[i])) return;
    }
  }

  private stop(): void {
    this.cancelIdleSave();
    clearTimeout(this.localTimer);
    clearTimeout(this.retryTimer);
    if (this.listening) {
      window.removeEventListener('online', this.handleOnline);
      window.removeEventListener('offline', this.handleOffline);
      window.removeEventListener('pagehide', this.handlePageHide);
      document.removeEventListener('visibilitychange', this.handleVisibility);
      this.listening = false;
    }
    this.lifecycle.stopped(this);
  }

  /** The local writes still under way, for whoever reads the copy next. */
  pendingWrites(): Promise<void> {
    return this.localChain;
  }

  /** The page got a fresh evaluation context (refetch, another tab, our own cache write). */
  syncContext(context: EvaluationContext): void {
    this.context = context;
    this.criteria = context.criteriaSet.criteria;
    const contextEditable = isContextEditable(context);
    if (this.store.getState().contextEditable !== contextEditable) this.store.setState({ contextEditable });
    if (contextEditable && this.store.getState().locked && !this.posting) {
      // Submitted here, then returned for revision by the coordinator: open for edits again.
      this.store.setState({ locked: false });
    }
    const sheet = context.sheet;
    if (sheet === null || !this.store.getState().ready) return;
    if (this.serverSheet !== null && sheet.version < this.serverSheet.version) {
      // A refetch that left before our save landed answered after it: keep the cache truthful.
      this.writeSheetToCache(this.serverSheet);
      return;
    }
    const newer = this.baseVersion === null || sheet.version > this.baseVersion;
    const quiet = !this.isDirty() && this.inFlight === null && this.store.getState().theirs === null;
    if (newer && quiet && !this.posting) {
      // Saved elsewhere while nothing here was unsaved: showing it loses nothing.
      this.adoptServer(sheet);
      this.store.setState({ content: fitToCriteria(sheet, this.criteria) });
    }
  }

  // ---- loading ---------------------------------------------------------------------------------

  private async load(): Promise<void> {
    let found: FoundLocalDraft | null = null;
    try {
      await this.before;
      if (isContextEditable(this.context)) found = await findLocalDraft(this.key, this.userId, this.context);
    } catch (error) {
      console.warn('Could not read the local copy of the sheet', error);
    }
    this.loading = null;
    if (this.closed) return;
    this.settle(found);
    if (this.listening && this.startupSave) {
      this.startupSave = false;
      this.persistLocal();
      void this.drain(true);
    }
  }

  /**
   * Decides what the form starts from. A dirty local copy built on the server's current version (or
   * with nothing on the server) is restored and sent; one built on an older version meets a newer
   * server copy and the user chooses; one the server already holds is dropped.
   */
  private settle(found: FoundLocalDraft | null): void {
    const server = this.context.sheet;
    const local = found?.draft ?? null;
    // From here on this page answers for that copy: restored, dropped or conflicted.
    if (local?.writer !== undefined) this.writers.add(local.writer);
    if (local === null || !local.dirty || !isContextEditable(this.context)) {
      this.markReady();
      return;
    }
    const mine = fitToCriteria(local.content, this.criteria);
    if (server !== null && sameContent(mine, server)) {
      // Our last save on page hide landed, only its answer was lost.
      this.migratedFrom = found?.migratedFrom ?? null;
      this.markReady();
      this.startupSave = true;
      return;
    }
    const content = this.preReadyPatches.reduce((c, patch) => patch(c), mine);
    this.preReadyPatches = [];
    this.revision += 1;
    this.migratedFrom = found?.migratedFrom ?? null;
    const stale = server !== null && (local.baseVersion === null || local.baseVersion < server.version);
    // Not stale means the copy builds on the server's version or newer (the context was cached
    // before our last save). Stale keeps its old base too: until the user chooses, a reload asks again.
    this.baseVersion = local.baseVersion;
    this.firstUnsavedAt = Date.now();
    this.startupSave = true;
    this.store.setState({
      ready: true,
      content,
      restoredFromDevice: true,
      theirs: stale ? server : null,
      status: stale ? CONFLICT : PENDING,
    });
  }

  private markReady(): void {
    const patches = this.preReadyPatches;
    this.preReadyPatches = [];
    const state = this.store.getState();
    const sheet = this.context.sheet;
    let base = state.content;
    if (sheet !== null && (this.baseVersion === null || sheet.version > this.baseVersion)) {
      // The context moved on while the device was being searched.
      this.adoptServer(sheet);
      base = fitToCriteria(sheet, this.criteria);
    }
    const content = patches.reduce((c, patch) => patch(c), base);
    this.store.setState({ ready: true, content, status: patches.length > 0 ? PENDING : state.status });
    if (patches.length > 0) {
      this.firstUnsavedAt = Date.now();
      this.startupSave = true;
    }
  }

  // ---- edits -----------------------------------------------------------------------------------

  setScore = (criterionId: string, score: number | null): void => {
    this.change((c) => ({ ...c, scores: { ...c.scores, [criterionId]: score } }));
  };

  setComment = (criterionId: string, text: string): void => {
    this.change((c) => ({ ...c, comments: { ...c.comments, [criterionId]: text } }));
  };

  setRecommendation = (value: SheetContent['recommendation']): void => {
    this.change((c) => ({ ...c, recommendation: value }));
  };

  setOverallComment = (text: string): void => {
    this.change((c) => ({ ...c, overallComment: text }));
  };

  /** Kept tiny: it runs on every keystroke. Disk and network wait for their timers. */
  private change(patch: Patch): void {
    const state = this.store.getState();
    if (this.closed || !state.contextEditable || state.locked) return;
    this.revision += 1;
    const content = patch(state.content);
    if (!state.ready) {
      this.preReadyPatches.push(patch);
      this.store.setState({ content });
      return;
    }
    this.firstUnsavedAt ??= Date.now();
    this.store.setState({ content, status: this.statusAfterEdit(state.status) });
    this.scheduleLocalWrite();
    this.scheduleIdleSave();
  }

  private statusAfterEdit(current: SaveStatus): SaveStatus {
    if (current.kind === 'conflict' || current.kind === 'saving') return current;
    if (this.offline) return OFFLINE;
    // A fix after an error (say, an out-of-range value) is worth another round of tries.
    if (current.kind === 'error') this.retries = 0;
    return PENDING;
  }

  private isDirty(): boolean {
    return this.revision !== this.savedRevision;
  }

  // ---- the copy on this device -----------------------------------------------------------------

  /** Throttled, not debounced: continuous typing still reaches the disk every `localWriteMs`. */
  private scheduleLocalWrite(): void {
    if (this.localTimer !== undefined) return;
    this.localTimer = setTimeout(() => this.persistLocal(), this.timings.localWriteMs);
  }

  /**
   * Writes what is current when the write runs (not when it was asked for), in order, so a late
   * write can never resurrect a copy an earlier confirmation removed.
   */
  private persistLocal(): void {
    clearTimeout(this.localTimer);
    this.localTimer = undefined;
    if (this.closed || !this.store.getState().ready) return;
    this.localChain = this.localChain.then(async () => {
      if (this.closed) return;
      const { content, theirs } = this.store.getState();
      try {
        if (this.isDirty() || theirs !== null) {
          await writeLocalDraft(this.key, {
            content,
            baseVersion: this.baseVersion,
            updatedAt: new Date().toISOString(),
            dirty: true,
            writer: this.writer,
          });
        } else {
          await removeLocalDraftWrittenBy(this.key, this.writers);
        }
        if (this.migratedFrom !== null) {
          await removeLocalDraft(this.migratedFrom);
          this.migratedFrom = null;
        }
      } catch (error) {
        console.warn('Could not write the local copy of the sheet', error);
      }
    });
  }

  // ---- saving ----------------------------------------------------------------------------------

  private cancelIdleSave(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  private scheduleIdleSave(): void {
    this.cancelIdleSave();
    if (this.store.getState().theirs !== null) return;
    const waited = Date.now() - (this.firstUnsavedAt ?? Date.now());
    const delay = Math.max(0, Math.min(this.timings.idleSaveMs, this.timings.maxSaveWaitMs - waited));
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      void this.drain(false);
    }, delay);
  }

  /** Saves now (blur, j/k, before submit). Resolves when confirmed, or when the changes are queued. */
  flush = async (): Promise<void> => {
    this.cancelIdleSave();
    this.persistLocal();
    await (this.loading ?? Promise.resolve());
    await this.drain(true);
  };

  /** The "retry" of the error status. */
  retry = (): void => {
    this.retries = 0;
    void this.flush();
  };

  private canSave(): boolean {
    const state = this.store.getState();
    return (
      state.ready &&
      !this.closed &&
      !this.posting &&
      state.contextEditable &&
      !state.locked &&
      state.theirs === null &&
      this.isDirty() &&
      browserOnline()
    );
  }

  /**
   * One request at a time: a caller arriving during a save waits for it, then sends what is left.
   * A timer-driven drain sends once; flush keeps going until everything is confirmed or queued.
   */
  private async drain(untilClean: boolean): Promise<void> {
    for (;;) {
      if (this.inFlight !== null) {
        await this.inFlight;
        continue;
      }
      if (!this.canSave()) return;
      if (this.serverSheet !== null && sameContent(this.store.getState().content, this.serverSheet)) {
        // Edited and edited back: the server already has exactly this.
        this.markSaved(this.revision, this.lastSavedAt);
        return;
      }
      const result = await this.saveOnce({});
      if (result === 'again') continue;
      if (result === 'failed' || !untilClean) return;
    }
  }

  private saveOnce(options: { keepalive?: boolean }): Promise<SaveResult> {
    const revision = this.revision;
    const content = pickContent(this.store.getState().content);
    const version = this.baseVersion;
    this.firstUnsavedAt = null;
    clearTimeout(this.retryTimer);
    // Offline, retries are quiet probes: the status keeps saying the changes are on this device.
    if (!this.offline) this.setStatus(SAVING);
    const run = async (): Promise<SaveResult> => {
      try {
        const { sheet } = await saveSheet(this.assignmentId, content, version, options);
        return this.onSaved(sheet, revision);
      } catch (error) {
        return await this.onSaveFailed(error, content);
      } finally {
        this.inFlight = null;
      }
    };
    const promise = run();
    this.inFlight = promise;
    return promise;
  }

  private onSaved(sheet: Sheet, revision: number): SaveResult {
    this.retries = 0;
    this.offline = false;
    this.adoptServer(sheet);
    this.writeSheetToCache(sheet);
    this.markSaved(revision, new Date().toISOString());
    return 'saved';
  }

  private markSaved(revision: number, at: string | null): void {
    this.lastSavedAt = at;
    this.savedRevision = revision;
    if (this.isDirty()) {
      // Edits made during the save are still ahead of the server; their timer sends them.
      this.setStatus(PENDING);
      if (this.idleTimer === undefined) this.scheduleIdleSave();
    } else {
      this.firstUnsavedAt = null;
      this.setStatus(at === null ? IDLE : { kind: 'saved', at });
    }
    this.persistLocal();
  }

  private async onSaveFailed(error: unknown, sent: SheetContent): Promise<SaveResult> {
    if (!isApiError(error)) {
      this.setError();
      return 'failed';
    }
    if (error.status === 412 || error.status === 428) {
      const theirs = error.status === 412 ? asSheet(error.problem?.current) : await this.fetchTheirs();
      if (theirs === null) {
        this.setError();
        return 'failed';
      }
      return this.meetTheirs(theirs, sent) ? 'again' : 'failed';
    }
    if (error.status === 0) {
      this.offline = true;
      this.setStatus(OFFLINE);
      this.scheduleRetry();
      return 'failed';
    }
    if (error.status >= 500 && this.retries < this.timings.maxRetries) {
      this.setStatus(PENDING);
      this.scheduleRetry();
      return 'failed';
    }
    if (error.status === 409) {
      // Submitted or recused elsewhere: let the page show it. The local copy stays.
      void this.queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(this.assignmentId) });
    }
    this.setError();
    return 'failed';
  }

  private async fetchTheirs(): Promise<Sheet | null> {
    try {
      return await fetchSheet(this.assignmentId);
    } catch {
      return null;
    }
  }

  /**
   * The server holds a version we did not build on. If it carries what we sent, what we have or
   * what we built on, nobody's work would be overwritten: build on it silently. Otherwise the user
   * chooses — never a silent overwrite. True means "send again now".
   */
  private meetTheirs(theirs: Sheet, sent: SheetContent): boolean {
    const current = this.store.getState().content;
    this.writeSheetToCache(theirs);
    if (sameContent(theirs, current)) {
      this.adoptServer(theirs);
      this.markSaved(this.revision, new Date().toISOString());
      return false;
    }
    const ours =
      sameContent(theirs, sent) || (this.serverSheet !== null && sameContent(theirs, this.serverSheet));
    if (ours) {
      this.adoptServer(theirs);
      return true;
    }
    this.cancelIdleSave();
    this.store.setState({ theirs, status: CONFLICT });
    this.persistLocal();
    return false;
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const backoff = this.retries < this.timings.maxRetries;
    if (!backoff && !this.offline) return;
    const delay = backoff ? this.timings.retryBaseMs * 2 ** this.retries : this.timings.offlineProbeMs;
    this.retries += 1;
    this.retryTimer = setTimeout(() => void this.drain(true), delay);
  }

  private setError(): void {
    this.setStatus({ kind: 'error', retry: this.retry });
  }

  private setStatus(status: SaveStatus): void {
    if (this.store.getState().status !== status) this.store.setState({ status });
  }

  private adoptServer(sheet: Sheet): void {
    this.baseVersion = sheet.version;
    if (this.serverSheet === null || sheet.version >= this.serverSheet.version) this.serverSheet = sheet;
  }

  /** Mirrors what the server did, so the page (and a later visit) shows it without a refetch. */
  private writeSheetToCache(sheet: Sheet): void {
    let statusChanged = false;
    this.queryClient.setQueryData<EvaluationContext>(evaluationKeys.detail(this.assignmentId), (context) => {
      if (context === undefined) return context;
      const submitted = sheet.status === 'submitted';
      const status: AssignmentStatus = submitted ? 'submitted' : 'draft';
      statusChanged = context.assignment.status !== status;
      const assignment = {
        ...context.assignment,
        status,
        sheetId: sheet.id,
        // The coordinator's reason stays while the expert revises and goes once they resubmit.
        returnReason: submitted ? null : context.assignment.returnReason,
      };
      if (!submitted) return { ...context, sheet, assignment };
      return { ...context, sheet, assignment, canSubmit: false, blockedReason: 'submitted' as const };
    });
    // The queue and the cabinet home count drafts and submissions (another feature's queries).
    if (statusChanged) void this.queryClient.invalidateQueries({ queryKey: ['expert-work'] });
  }

  // ---- conflicts -------------------------------------------------------------------------------

  resolve = (choice: 'mine' | 'theirs'): void => {
    const { theirs } = this.store.getState();
    if (theirs === null) return;
    this.adoptServer(theirs);
    if (choice === 'mine') {
      // On top of their version: the next save overwrites it deliberately.
      this.retries = 0;
      this.store.setState({ theirs: null, status: PENDING });
      this.persistLocal();
      void this.drain(true);
      return;
    }
    this.revision += 1;
    this.savedRevision = this.revision;
    this.firstUnsavedAt = null;
    this.store.setState({
      theirs: null,
      content: fitToCriteria(theirs, this.criteria),
      restoredFromDevice: false,
      status: IDLE,
    });
    this.persistLocal();
  };

  // ---- browser events --------------------------------------------------------------------------

  private handleOnline = (): void => {
    this.offline = false;
    this.retries = 0;
    if (this.isDirty()) void this.drain(true);
    else if (this.store.getState().status === OFFLINE) this.markSaved(this.revision, this.lastSavedAt);
  };

  private handleOffline = (): void => {
    this.offline = true;
    if (this.isDirty() && this.store.getState().theirs === null) this.setStatus(OFFLINE);
  };

  /** The tab may never come back: the copy on this device now, and a save that outlives the page. */
  private handlePageHide = (): void => {
    this.persistLocal();
    if (this.inFlight !== null || !this.canSave()) return;
    this.cancelIdleSave();
    void this.saveOnce({ keepalive: true });
  };

  private handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.handlePageHide();
  };

  // ---- submitting ------------------------------------------------------------------------------

  /** A double click submits once. */
  submit = (): Promise<SubmitOutcome> => {
    this.submitting ??= this.runSubmit().finally(() => {
      this.submitting = null;
    });
    return this.submitting;
  };

  private async runSubmit(): Promise<SubmitOutcome> {
    await this.flush();
    // A save that a timer started meanwhile must land first: the submit carries its version.
    while (this.inFlight !== null) await this.inFlight;
    if (this.store.getState().theirs !== null) return { kind: 'conflict' };
    const content = pickContent(this.store.getState().content);
    let version = this.baseVersion;
    // The same content on the same version is the same submit: a second click after a lost answer
    // must get the first answer back, not "already submitted".
    const fingerprint = JSON.stringify([content, version]);
    if (this.submitKey?.fingerprint !== fingerprint) {
      this.submitKey = { key: crypto.randomUUID(), fingerprint };
    }
    const key = this.submitKey.key;
    this.posting = true;
    this.store.setState({ locked: true });
    let rebased = false;
    let submitted = false;
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          const sheet = await submitSheet(this.assignmentId, content, version, key);
          this.onSubmitted(sheet);
          submitted = true;
          return { kind: 'submitted', sheet };
        } catch (error) {
          if (isApiError(error) && error.isRetryable && attempt < this.timings.maxRetries) {
            await sleep(this.timings.retryBaseMs * 2 ** attempt);
            continue;
          }
          const outcome = await this.onSubmitFailed(error, content, rebased);
          if (outcome !== 'again') return outcome;
          rebased = true;
          version = this.baseVersion;
        }
      }
    } finally {
      this.posting = false;
      if (!submitted) {
        this.store.setState({ locked: false });
        if (this.isDirty()) this.scheduleIdleSave();
      }
    }
  }

  private onSubmitted(sheet: Sheet): void {
    this.adoptServer(sheet);
    this.submitKey = null;
    this.revision += 1;
    this.savedRevision = this.revision;
    this.lastSavedAt = new Date().toISOString();
    this.store.setState({
      content: fitToCriteria(sheet, this.criteria),
      status: { kind: 'saved', at: this.lastSavedAt },
      theirs: null,
      locked: true,
    });
    this.persistLocal();
    this.writeSheetToCache(sheet);
    // The panel and the calibration open up only after the expert's own submission.
    void this.queryClient.invalidateQueries({ queryKey: evaluationKeys.panel(this.assignmentId) });
    void this.queryClient.invalidateQueries({ queryKey: evaluationKeys.calibrations() });
  }

  private async onSubmitFailed(
    error: unknown,
    content: SheetContent,
    rebased: boolean,
  ): Promise<SubmitOutcome | 'again'> {
    if (!isApiError(error)) return { kind: 'failed' };
    switch (error.status) {
      case 0:
        this.offline = true;
        if (this.isDirty()) this.setStatus(OFFLINE);
        return { kind: 'failed' };
      case 409:
        void this.queryClient.invalidateQueries({ queryKey: evaluationKeys.detail(this.assignmentId) });
        return { kind: 'refused', code: error.code };
      case 412:
      case 428: {
        const theirs = error.status === 412 ? asSheet(error.problem?.current) : await this.fetchTheirs();
        if (theirs === null) return { kind: 'failed' };
        this.meetTheirs(theirs, content);
        if (this.store.getState().theirs !== null) return { kind: 'conflict' };
        // The newer version holds this very content (another tab saved the same): submit on it, once.
        return rebased ? { kind: 'failed' } : 'again';
      }
      case 422:
        return {
          kind: 'invalid',
          errors: error.fieldErrors.map(({ field, code, message }) => ({ field, code, message })),
        };
      default:
        return { kind: 'failed' };
    }
  }
}

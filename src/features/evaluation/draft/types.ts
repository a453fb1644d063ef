import type { Sheet, SheetContent } from '@/api/schemas/sheets';

/**
 * The contract between the evaluation page (UI) and the draft engine that guarantees a half-written
 * sheet is never lost. The UI renders `content` and calls the setters; the engine keeps a local copy,
 * saves to the server, and reports where every keystroke stands.
 */
export type SaveStatus =
  /** Nothing changed since the server copy was loaded. */
  | { kind: 'idle' }
  /** Changed locally, kept on this device, a server save is scheduled. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The server confirmed every change; `at` is the ISO time of that confirmation. */
  | { kind: 'saved'; at: string }
  /** No network: changes are kept on this device and sent on reconnect. */
  | { kind: 'offline' }
  /** A save failed for another reason; `retry` sends it again. */
  | { kind: 'error'; retry: () => void }
  /** The server holds a newer version (412): the user must choose, see `conflict`. */
  | { kind: 'conflict' };

export interface DraftConflict {
  /** What this tab/device has. */
  mine: SheetContent;
  /** The server's current copy (from the 412 body). */
  theirs: Sheet;
  /** 'mine' overwrites the server copy on top of its version; 'theirs' discards the local changes. */
  resolve: (choice: 'mine' | 'theirs') => void;
}

export type SubmitOutcome =
  | { kind: 'submitted'; sheet: Sheet }
  /** 422 from the server: field errors to show (codes as in src/domain/sheet-validation). */
  | { kind: 'invalid'; errors: { field: string; code: string; message: string }[] }
  /** 409 deadlinePassed / submitted / recused, with the server's code. */
  | { kind: 'refused'; code: string }
  | { kind: 'conflict' }
  /** Network or 5xx after the retries: nothing was lost, the draft is kept. */
  | { kind: 'failed' };

export interface SheetDraft {
  content: SheetContent;
  /** True when unsent changes were found on this device at load time and restored. */
  restoredFromDevice: boolean;
  status: SaveStatus;
  conflict: DraftConflict | null;
  /** False while submitted (until returned) or recused: the form is read-only. */
  editable: boolean;
  setScore: (criterionId: string, score: number | null) => void;
  setComment: (criterionId: string, text: string) => void;
  setRecommendation: (value: SheetContent['recommendation']) => void;
  setOverallComment: (text: string) => void;
  /** Saves to the server now (on blur, before navigation). Resolves when confirmed or queued. */
  flush: () => Promise<void>;
  /** Submits with If-Match and an Idempotency-Key; retries network errors and 5xx only. */
  submit: () => Promise<SubmitOutcome>;
}

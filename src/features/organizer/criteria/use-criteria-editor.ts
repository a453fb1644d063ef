import { useQueryClient } from '@tanstack/react-query';
import { useReducer, useState } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { paths } from '@/config/paths';
import { isStructuralChange } from '@/domain/criteria';
import { organizerKeys } from '../shared/queries';
import { draftFrom, emptyDraft, type DraftSet } from './draft';
import { draftReducer, type DraftAction } from './draft-reducer';
import { useCreateCriteriaSet, useUpdateCriteriaSet } from './mutations';
import { criteriaSetQueryOptions } from './queries';
import { useFocusAfterRender } from './use-focus-after-render';
import { checkDraft, serverErrors, type EditorError } from './validation';

export type SaveNotice =
  | { kind: 'saved'; version: number; wording: boolean }
  | { kind: 'invalid' }
  | { kind: 'frozen'; detail: string | undefined }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'failed' };

export const ERROR_SUMMARY_ID = 'cs-error-summary';
export const NOTICE_ID = 'cs-save-notice';
/** Route parameter of a set that exists only in the editor until its first save. */
export const NEW_SET_ID = 'new';

const FIELD_ADDRESS: Record<string, string> = {
  commentMode: 'comment.mode',
  commentMinLength: 'comment.minLength',
};

function touchedBy(action: DraftAction): string[] {
  switch (action.type) {
    case 'titleChanged':
      return ['title'];
    case 'criterionChanged':
      return [`${action.key}.${FIELD_ADDRESS[action.field] ?? action.field}`];
    case 'bandChanged': {
      const band = `${action.key}.descriptors.${action.bandKey}`;
      return [band, `${band}.${action.field}`];
    }
    default:
      return [];
  }
}

function sameDraft(a: DraftSet, b: DraftSet): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editor's state and its save flow. Everything typed stays in the draft whatever the server
 * answers: a 422 puts the server's errors on the fields, a 409 explains the freeze, a 412 keeps the
 * edits and offers to overwrite or to take the newer version, a failure asks to retry.
 */
export function useCriteriaEditor(contestId: string, initial: CriteriaSet | null) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const focusLater = useFocusAfterRender();
  const [start] = useState(() => (initial === null ? emptyDraft() : draftFrom(initial)));
  const [draft, dispatch] = useReducer(draftReducer, start);
  const [baseline, setBaseline] = useState(start);
  const [base, setBase] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [fromServer, setFromServer] = useState<EditorError[]>([]);
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const [stale, setStale] = useState<CriteriaSet | null>(null);
  const [leaving, setLeaving] = useState(false);
  const create = useCreateCriteriaSet(contestId);
  const update = useUpdateCriteriaSet(contestId, initial?.id ?? NEW_SET_ID);
  const saving = create.isPending || update.isPending;

  const checked = checkDraft(draft);
  // Client errors show once a save was tried, then follow every keystroke; server errors stay
  // until the field they are on is edited (or the next save).
  const clientErrors = attempted ? checked.errors : [];
  const errors = [
    ...clientErrors,
    ...fromServer.filter((e) => !clientErrors.some((c) => c.address === e.address)),
  ];

  const failed = (error: unknown, sent: DraftSet) => {
    if (isApiError(error) && error.status === 422) {
      setFromServer(serverErrors(sent, error.fieldErrors));
      setNotice({ kind: 'invalid' });
      focusLater(ERROR_SUMMARY_ID);
      return;
    }
    if (isApiError(error) && error.status === 412 && base !== null) {
      queryClient
        .fetchQuery({ ...criteriaSetQueryOptions(contestId, base.id), staleTime: 0 })
        .then(setStale, () => setNotice({ kind: 'failed' }));
      return;
    }
    if (isApiError(error) && error.status === 409) {
      // Learn about the freeze: the set, its stages and their flags are re-read.
      void queryClient.invalidateQueries({ queryKey: organizerKeys.contest(contestId) });
      setNotice({ kind: 'frozen', detail: error.problem?.detail });
    } else if (isApiError(error) && error.status === 403) setNotice({ kind: 'forbidden' });
    else if (isApiError(error) && error.status === 404) setNotice({ kind: 'notFound' });
    else setNotice({ kind: 'failed' });
    focusLater(NOTICE_ID);
  };

  const save = (overwriteVersion?: number) => {
    if (saving) return;
    setAttempted(true);
    setFromServer([]);
    setStale(null);
    if (checked.errors.length > 0) {
      setNotice(null);
      focusLater(ERROR_SUMMARY_ID);
      return;
    }
    const sent = draft;
    const body = { title: draft.title.trim(), criteria: checked.criteria };
    if (base === null) {
      create.mutate(body, {
        onSuccess: (set) => {
          // Rendered at once, so the unsaved-changes guard is off before the navigation asks it.
          flushSync(() => setLeaving(true));
          void navigate(paths.organizerCriteriaSet.href(contestId, set.id), {
            replace: true,
            state: { created: set.title },
          });
        },
        onError: (error) => failed(error, sent),
      });
      return;
    }
    update.mutate(
      { ...body, baseVersion: overwriteVersion ?? base.version },
      {
        onSuccess: (set) => {
          const ids: Record<string, string> = {};
          sent.criteria.forEach((c, i) => {
            const saved = set.criteria[i];
            if (c.id === undefined && saved !== undefined) ids[c.key] = saved.id;
          });
          dispatch({ type: 'idsAssigned', ids });
          setBaseline(draftReducer(sent, { type: 'idsAssigned', ids }));
          setNotice({
            kind: 'saved',
            version: set.version,
            wording: !isStructuralChange(base.criteria, set.criteria),
          });
          setBase(set);
          setAttempted(false);
          focusLater(NOTICE_ID);
        },
        onError: (error) => failed(error, sent),
      },
    );
  };

  const takeTheirs = () => {
    if (stale === null) return;
    const fresh = draftFrom(stale);
    dispatch({ type: 'replaced', draft: fresh });
    setBaseline(fresh);
    setBase(stale);
    setStale(null);
    setFromServer([]);
    setAttempted(false);
    setNotice(null);
  };

  /** An edit clears the server's verdict on that field: it no longer describes what is there. */
  const edit = (action: DraftAction) => {
    dispatch(action);
    const touched = touchedBy(action);
    if (touched.length > 0 && fromServer.some((e) => touched.includes(e.address))) {
      setFromServer((list) => list.filter((e) => !touched.includes(e.address)));
    }
  };

  return {
    draft,
    dispatch: edit,
    base,
    errors,
    notice,
    stale,
    saving,
    hasErrors: checked.errors.length > 0,
    dirty: !leaving && !sameDraft(draft, baseline),
    save,
    overwrite: () => (stale === null ? undefined : save(stale.version)),
    takeTheirs,
    keepEditing: () => setStale(null),
    focusLater,
  };
}

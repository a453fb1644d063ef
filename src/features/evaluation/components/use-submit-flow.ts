import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { Sheet, SheetContent } from '@/api/schemas/sheets';
import { validateSheet } from '@/domain/sheet-validation';
import type { DraftEngine } from '../draft/draft-engine';
import { focusField } from './field-ids';
import { mergeProblems, type SheetProblem } from './sheet-errors';

export type SubmitNotice =
  { kind: 'failed' } | { kind: 'refused'; code: string } | { kind: 'invalid' } | null;

const NONE = '[]';

/**
 * Submit as a sequence: validate (domain rules) → errors with focus on the first, or a confirm
 * dialog → `submit()` → one branch per outcome. Once a submit was tried the errors follow the edits
 * live; the store selector returns a string, so a keystroke that changes no error re-renders nothing.
 */
export function useSubmitFlow(context: EvaluationContext, engine: DraftEngine) {
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<SheetProblem[]>([]);
  const [confirming, setConfirming] = useState<SheetContent | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<SubmitNotice>(null);
  const [submitted, setSubmitted] = useState<Sheet | null>(null);
  const { criteria } = context.criteriaSet;
  const { rules } = context;

  const validate = (content: SheetContent) => validateSheet(content, criteria, rules, 'submit');
  const clientKey = useStore(engine.store, (s) => (attempted ? JSON.stringify(validate(s.content)) : NONE));
  const problems = useMemo(
    () => (attempted ? mergeProblems(JSON.parse(clientKey) as SheetProblem[], serverProblems) : []),
    [attempted, clientKey, serverProblems],
  );

  const showProblems = (found: readonly SheetProblem[]) => {
    // Committed first, so the field is already aria-invalid and described by its error when focused.
    flushSync(() => setAttempted(true));
    const first = found[0];
    if (first !== undefined) focusField(first.field);
  };

  const request = () => {
    setNotice(null);
    setServerProblems([]);
    const content = engine.store.getState().content;
    const found = validate(content);
    if (found.length > 0) showProblems(found);
    else setConfirming(content);
  };

  const confirm = async () => {
    setSubmitting(true);
    const outcome = await engine.submit();
    setSubmitting(false);
    setConfirming(null);
    switch (outcome.kind) {
      case 'submitted':
        setAttempted(false);
        setSubmitted(outcome.sheet);
        return;
      case 'invalid':
        setServerProblems(outcome.errors);
        setNotice({ kind: 'invalid' });
        showProblems(mergeProblems(validate(engine.store.getState().content), outcome.errors));
        return;
      case 'refused':
        // Announced by the notice itself (role=alert); focus stays on the submit button beside it.
        setNotice({ kind: 'refused', code: outcome.code });
        return;
      case 'conflict':
        // The draft's conflict dialog takes over; the expert submits again after choosing.
        return;
      case 'failed':
        setNotice({ kind: 'failed' });
        return;
    }
  };

  return {
    problems,
    /** The content being confirmed (a snapshot: the modal dialog blocks edits meanwhile). */
    confirming,
    submitting,
    notice,
    submitted,
    request,
    confirm,
    cancel: () => setConfirming(null),
  };
}

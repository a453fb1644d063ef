import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { SheetContent } from '@/api/schemas/sheets';
import {
  DEFAULT_DRAFT_TIMINGS,
  selectEditable,
  type DraftEngine,
  type DraftState,
  type DraftTimings,
} from './draft-engine';
import { obtainDraftEngine } from './engine-registry';
import type { DraftConflict, SaveStatus, SheetDraft } from './types';

/**
 * The engine of one sheet, without subscribing to its content: a page that renders twenty criteria
 * calls this once and hands the engine to per-field components using the selectors below, so a
 * keystroke re-renders only the field it changed.
 */
export function useSheetDraftEngine(
  context: EvaluationContext,
  userId: string,
  timings: DraftTimings = DEFAULT_DRAFT_TIMINGS,
): DraftEngine {
  const queryClient = useQueryClient();
  const engine = obtainDraftEngine(queryClient, userId, context, timings);
  useEffect(() => {
    engine.attach();
    return () => engine.detach();
  }, [engine]);
  useEffect(() => {
    engine.syncContext(context);
  }, [engine, context]);
  return engine;
}

function conflictOf(engine: DraftEngine, state: DraftState): DraftConflict | null {
  if (state.theirs === null) return null;
  return { mine: state.content, theirs: state.theirs, resolve: engine.resolve };
}

/**
 * The whole draft as agreed in `types.ts`. Re-renders on every change; fine for a summary or a
 * small form, while big forms read fields through the selectors.
 */
export function useSheetDraft(
  context: EvaluationContext,
  userId: string,
  timings?: DraftTimings,
): SheetDraft {
  const engine = useSheetDraftEngine(context, userId, timings);
  const state = useStore(engine.store);
  return useMemo(
    () => ({
      content: state.content,
      restoredFromDevice: state.restoredFromDevice,
      status: state.status,
      conflict: conflictOf(engine, state),
      editable: selectEditable(state),
      setScore: engine.setScore,
      setComment: engine.setComment,
      setRecommendation: engine.setRecommendation,
      setOverallComment: engine.setOverallComment,
      flush: engine.flush,
      submit: engine.submit,
    }),
    [engine, state],
  );
}

export function useDraftScore(engine: DraftEngine, criterionId: string): number | null {
  return useStore(engine.store, (s) => s.content.scores[criterionId] ?? null);
}

export function useDraftComment(engine: DraftEngine, criterionId: string): string {
  return useStore(engine.store, (s) => s.content.comments[criterionId] ?? '');
}

/** Changes only when a score does, not on comment keystrokes: for the running total. */
export function useDraftScores(engine: DraftEngine): SheetContent['scores'] {
  return useStore(engine.store, (s) => s.content.scores);
}

export function useDraftRecommendation(engine: DraftEngine): SheetContent['recommendation'] {
  return useStore(engine.store, (s) => s.content.recommendation);
}

export function useDraftOverallComment(engine: DraftEngine): string {
  return useStore(engine.store, (s) => s.content.overallComment);
}

export function useDraftStatus(engine: DraftEngine): SaveStatus {
  return useStore(engine.store, (s) => s.status);
}

export function useDraftEditable(engine: DraftEngine): boolean {
  return useStore(engine.store, selectEditable);
}

export function useDraftRestoredFromDevice(engine: DraftEngine): boolean {
  return useStore(engine.store, (s) => s.restoredFromDevice);
}

/** Re-renders on every keystroke while a conflict is open (`mine` is live), and not otherwise. */
export function useDraftConflict(engine: DraftEngine): DraftConflict | null {
  const theirs = useStore(engine.store, (s) => s.theirs);
  const mine = useStore(engine.store, (s) => (s.theirs === null ? null : s.content));
  return useMemo(
    () => (theirs === null || mine === null ? null : { mine, theirs, resolve: engine.resolve }),
    [engine, theirs, mine],
  );
}

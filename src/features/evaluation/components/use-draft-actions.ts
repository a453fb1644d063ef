import { useMemo } from 'react';
import type { SheetContent } from '@/api/schemas/sheets';
import type { DraftEngine } from '../draft/draft-engine';

/**
 * What the form does to the draft. Stable for the engine's lifetime, so memoised rows never
 * re-render because a parent did.
 */
export interface DraftActions {
  setScore: (criterionId: string, score: number | null) => void;
  setComment: (criterionId: string, text: string) => void;
  setRecommendation: (value: SheetContent['recommendation']) => void;
  setOverallComment: (text: string) => void;
  /** Appends a quote on its own line to a criterion's comment. */
  appendToComment: (criterionId: string, text: string) => void;
  flush: () => Promise<void>;
}

export function useDraftActions(engine: DraftEngine): DraftActions {
  return useMemo<DraftActions>(
    () => ({
      setScore: engine.setScore,
      setComment: engine.setComment,
      setRecommendation: engine.setRecommendation,
      setOverallComment: engine.setOverallComment,
      appendToComment: (criterionId, text) => {
        const existing = (engine.store.getState().content.comments[criterionId] ?? '').trimEnd();
        engine.setComment(criterionId, existing === '' ? text : `${existing}\n${text}`);
      },
      flush: engine.flush,
    }),
    [engine],
  );
}

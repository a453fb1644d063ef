import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { useReorderStages } from '../mutations';
import { moveButtonId, StageCard, type StageAction } from './stage-card';

interface StageListProps {
  contestId: string;
  stages: readonly Stage[];
  criteriaSets: readonly CriteriaSet[];
  onAction: (stage: Stage, action: StageAction) => void;
  onAnnounce: (message: string) => void;
}

/** Later stages the given one can hand applications to: the server refuses earlier or closed ones. */
export function advanceTargets(stages: readonly Stage[], from: Stage): Stage[] {
  const index = stages.findIndex((s) => s.id === from.id);
  return stages.slice(index + 1).filter((s) => s.status !== 'closed');
}

interface FocusTarget {
  stageId: string;
  focusId: string;
}

/**
 * Focus follows the moved stage. Reordering moves the card's DOM node, which drops focus, and a button
 * that became disabled (first or last place) cannot keep it, so the other arrow takes it.
 */
function refocus({ stageId, focusId }: FocusTarget): void {
  const wanted = document.getElementById(focusId);
  if (wanted instanceof HTMLButtonElement && !wanted.disabled) {
    wanted.focus();
    return;
  }
  const other = focusId === moveButtonId(stageId, -1) ? moveButtonId(stageId, 1) : moveButtonId(stageId, -1);
  document.getElementById(other)?.focus();
}

export function StageList({ contestId, stages, criteriaSets, onAction, onAnnounce }: StageListProps) {
  const { t } = useTranslation();
  const reorder = useReorderStages(contestId);
  const pendingFocus = useRef<FocusTarget | null>(null);
  const order = stages.map((s) => s.id).join(' ');
  // Runs once the new order is on screen: focus is DOM state outside React.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    refocus(pendingFocus.current);
    pendingFocus.current = null;
  }, [order]);
  const setById = new Map(criteriaSets.map((set) => [set.id, set]));

  function move(stage: Stage, delta: -1 | 1, focusId: string): void {
    const from = stages.findIndex((s) => s.id === stage.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= stages.length) return;
    const ordered = [...stages];
    const [moved] = ordered.splice(from, 1);
    if (moved === undefined) return;
    ordered.splice(to, 0, moved);
    reorder.mutate(ordered, { onError: () => onAnnounce(t('organizer.stages.moveFailed')) });
    onAnnounce(t('organizer.stages.moved', { title: stage.title, position: to + 1, count: stages.length }));
    pendingFocus.current = { stageId: stage.id, focusId };
  }

  return (
    <>
      <p className="stage-muted stage-list__hint">{t('organizer.stages.actions.moveHint')}</p>
      <ol className="stage-list" aria-label={t('organizer.stages.listLabel')}>
        {stages.map((stage, index) => (
          <StageCard
            key={stage.id}
            stage={stage}
            position={index + 1}
            count={stages.length}
            criteriaSet={stage.criteriaSetId === null ? null : (setById.get(stage.criteriaSetId) ?? null)}
            canAdvance={advanceTargets(stages, stage).length > 0}
            onMove={move}
            onAction={onAction}
          />
        ))}
      </ol>
    </>
  );
}

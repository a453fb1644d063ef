import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStore } from 'zustand';
import type { Assignment } from '@/api/schemas/sheets';
import { sheetTotal } from '@/domain/totals';
import {
  useDraftConflict,
  useDraftRestoredFromDevice,
  useDraftScores,
  useDraftStatus,
  useSheetDraftEngine,
} from '../draft/use-sheet-draft';
import { contestNominationsQueryOptions } from '../nominations';
import { evaluationQueryOptions } from '../queries';
import { CardColumn } from './card-column';
import { ConfirmSubmitDialog } from './confirm-submit-dialog';
import { ConflictDialog } from './conflict-dialog';
import { EvaluationBar } from './evaluation-bar';
import { commentDomId } from './field-ids';
import { FormColumn } from './form-column';
import { KeyboardHelp } from './keyboard-help';
import type { QuoteAnchorHandle } from './quote-anchor';
import { RecusalDialog } from './recusal-dialog';
import { RecusedState } from './recused-state';
import { useDraftActions } from './use-draft-actions';
import { useEvaluationHotkeys } from './use-evaluation-hotkeys';
import { useQueueNavigation } from './use-queue-navigation';
import { useSubmitFlow } from './use-submit-flow';

interface EvaluationPageProps {
  assignmentId: string;
  userId: string;
  /** The queue view the expert came from (`?queue=`), kept on every link back and onwards. */
  queueSearch: string;
}

/**
 * One application: the card beside the scoring form. The page subscribes to the draft's status and
 * scores only; each criterion row subscribes to its own fields, so typing re-renders one row.
 */
export function EvaluationPage({ assignmentId, userId, queueSearch }: EvaluationPageProps) {
  const { data: context } = useSuspenseQuery(evaluationQueryOptions(assignmentId));
  const engine = useSheetDraftEngine(context, userId);
  const status = useDraftStatus(engine);
  const scores = useDraftScores(engine);
  const conflict = useDraftConflict(engine);
  const restored = useDraftRestoredFromDevice(engine);
  // Not `editable`: that also turns false while a submit is in flight, and the form must not flicker.
  const contextEditable = useStore(engine.store, (s) => s.contextEditable);
  const actions = useDraftActions(engine);
  const flow = useSubmitFlow(context, engine);
  const nav = useQueueNavigation(assignmentId, queueSearch, actions.flush);
  const nominations = useQuery(contestNominationsQueryOptions(context.application.contestId));
  const [recusal, setRecusal] = useState<Assignment | null>(null);
  const [recusing, setRecusing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const quoteRef = useRef<QuoteAnchorHandle>(null);

  const { application, criteriaSet, rules } = context;
  const criteria = criteriaSet.criteria;
  const total = useMemo(() => sheetTotal(scores, criteria), [scores, criteria]);
  const quotable = useMemo(() => criteria.filter((c) => c.comment.mode !== 'never'), [criteria]);
  const recused = recusal ?? (context.assignment.status === 'recused' ? context.assignment : null);
  const submitted = flow.submitted ?? (context.sheet?.status === 'submitted' ? context.sheet : null);
  const readOnly = !contextEditable || flow.submitted !== null;
  const nominationTitle =
    nominations.data?.items.find((n) => n.id === application.nominationId)?.title ??
    nav.neighbours?.current?.application.nominationTitle ??
    null;

  useEvaluationHotkeys({
    next: nav.next,
    prev: nav.prev,
    help: () => setHelpOpen(true),
    quote: () => quoteRef.current?.open() ?? false,
  });

  const onQuote = (criterionId: string, quote: string) => {
    // Committed first so the caret can go after the quote that was just added.
    flushSync(() => actions.appendToComment(criterionId, quote));
    const field = document.getElementById(commentDomId(criterionId));
    if (field instanceof HTMLTextAreaElement) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    }
  };

  return (
    <div className="evaluation-page">
      <EvaluationBar
        applicationId={application.id}
        title={application.title}
        backHref={nav.backHref}
        onBack={nav.back}
        status={readOnly ? null : status}
        loadedSavedAt={context.sheet?.updatedAt ?? null}
        dueAt={context.dueAt}
        total={total}
        neighbours={nav.neighbours}
        navigating={nav.navigating}
        onPrev={nav.prev}
        onNext={nav.next}
        onHelp={() => setHelpOpen(true)}
      />
      {recused !== null ? (
        <div className="evaluation-single">
          <RecusedState recusal={recused.recusal} backHref={nav.backHref} nextHref={nav.nextHref} />
        </div>
      ) : (
        <div className="evaluation-columns">
          <CardColumn
            application={application}
            nominationTitle={nominationTitle}
            quoteAnchor={quoteRef}
            quotable={quotable}
            canQuote={!readOnly}
            canRecuse={!readOnly}
            onQuote={onQuote}
            onRecuse={() => setRecusing(true)}
          />
          <FormColumn
            context={context}
            engine={engine}
            actions={actions}
            flow={flow}
            readOnly={readOnly}
            restoredFromDevice={restored}
            scores={scores}
            total={total}
            submitted={submitted}
          />
        </div>
      )}
      <ConfirmSubmitDialog
        content={flow.confirming}
        criteria={criteria}
        total={total}
        showRecommendation={rules.recommendation}
        submitting={flow.submitting}
        onConfirm={() => void flow.confirm()}
        onCancel={flow.cancel}
      />
      <ConflictDialog conflict={conflict} criteria={criteria} />
      <RecusalDialog
        open={recusing}
        assignmentId={assignmentId}
        onClose={() => setRecusing(false)}
        onRecused={(assignment) => {
          setRecusing(false);
          setRecusal(assignment);
        }}
      />
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

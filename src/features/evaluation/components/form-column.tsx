import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { Sheet } from '@/api/schemas/sheets';
import type { SheetTotal } from '@/domain/totals';
import type { DraftEngine } from '../draft/draft-engine';
import { EvaluationNotices } from './evaluation-notices';
import { ScoringForm } from './scoring-form';
import { SubmittedView } from './submitted-view';
import type { DraftActions } from './use-draft-actions';
import type { useSubmitFlow } from './use-submit-flow';

interface FormColumnProps {
  context: EvaluationContext;
  engine: DraftEngine;
  actions: DraftActions;
  flow: ReturnType<typeof useSubmitFlow>;
  readOnly: boolean;
  restoredFromDevice: boolean;
  scores: Readonly<Record<string, number | null>>;
  total: SheetTotal;
  /** The expert's own submitted sheet, once there is one (blind review opens nothing before it). */
  submitted: Sheet | null;
}

/** The right column: what to know first, then (after submission) calibration, then the sheet. */
export function FormColumn(props: FormColumnProps) {
  const { context, flow, readOnly, submitted, total } = props;
  return (
    <div className="evaluation-column evaluation-column--form">
      <EvaluationNotices
        context={context}
        editable={!readOnly}
        restoredFromDevice={props.restoredFromDevice}
        deadlineRefused={flow.notice?.kind === 'refused' && flow.notice.code === 'deadlinePassed'}
      />
      {readOnly && submitted !== null ? (
        <SubmittedView
          assignmentId={context.assignment.id}
          stageId={context.assignment.stageId}
          submittedAt={submitted.submittedAt}
          criteria={context.criteriaSet.criteria}
          ownScores={props.scores}
          ownTotal={total.total}
          justSubmitted={flow.submitted !== null}
        />
      ) : null}
      <ScoringForm
        context={context}
        engine={props.engine}
        readOnly={readOnly}
        actions={props.actions}
        total={total}
        flow={flow}
      />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { SheetTotal } from '@/domain/totals';
import type { DraftEngine } from '../draft/draft-engine';
import { CriterionRow } from './criterion-row';
import { ErrorSummary } from './error-summary';
import { OverallSection } from './overall-section';
import { describeProblems } from './sheet-errors';
import { SubmitNotice } from './submit-notice';
import { TotalPanel } from '@/components/criteria/total-panel';
import type { DraftActions } from './use-draft-actions';
import type { useSubmitFlow } from './use-submit-flow';

interface ScoringFormProps {
  context: EvaluationContext;
  engine: DraftEngine;
  readOnly: boolean;
  actions: DraftActions;
  total: SheetTotal;
  flow: ReturnType<typeof useSubmitFlow> | null;
}

/** The criteria, the overall decision and the submit footer with the running total. */
export function ScoringForm({ context, engine, readOnly, actions, total, flow }: ScoringFormProps) {
  const { t } = useTranslation();
  const criteria = context.criteriaSet.criteria;
  const shown = describeProblems(flow?.problems ?? [], criteria, t);
  const errorOf = (field: string) => shown.find((e) => e.field === field)?.inline;

  return (
    <section className="scoring criteria-sheet" aria-labelledby="scoring-heading">
      <h2 id="scoring-heading" className="scoring__heading">
        {t('evaluation.form.heading')}
      </h2>
      <ErrorSummary errors={shown} />
      {criteria.map((criterion, index) => (
        <CriterionRow
          key={criterion.id}
          engine={engine}
          criterion={criterion}
          number={index + 1}
          scoreError={errorOf(`scores.${criterion.id}`)}
          commentError={errorOf(`comments.${criterion.id}`)}
          readOnly={readOnly}
          actions={actions}
        />
      ))}
      <OverallSection
        engine={engine}
        rules={context.rules}
        recommendationError={errorOf('recommendation')}
        commentError={errorOf('overallComment')}
        readOnly={readOnly}
        actions={actions}
      />
      <div className={readOnly ? 'scoring__footer scoring__footer--static' : 'scoring__footer'}>
        <TotalPanel total={total} criteriaCount={criteria.length} />
        {flow === null || readOnly ? null : (
          <div className="scoring__submit">
            <SubmitNotice notice={flow.notice} dueAt={context.dueAt} />
            <Button id="submit-sheet" busy={flow.submitting} onClick={flow.request}>
              {t('evaluation.form.submit')}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import type { EvaluationContext } from '@/api/schemas/expert-cabinet';
import { DeadlinePassedAlert } from './submit-notice';

interface EvaluationNoticesProps {
  context: EvaluationContext;
  editable: boolean;
  restoredFromDevice: boolean;
  /** A refused submit already explains the deadline beside the button; once is enough. */
  deadlineRefused: boolean;
}

/** What the expert must know before scoring: a return for revision, a passed deadline, restored work. */
export function EvaluationNotices(props: EvaluationNoticesProps) {
  const { context, editable, restoredFromDevice, deadlineRefused } = props;
  const { t } = useTranslation();
  const { assignment } = context;
  const returned = assignment.status === 'returned' && editable;
  return (
    <>
      {returned ? (
        <div className="returned-notice">
          <Alert tone="warning" live="off" title={t('evaluation.returned.title')}>
            <p className="returned-notice__reason">
              {assignment.returnReason
                ? t('evaluation.returned.reason', { reason: assignment.returnReason })
                : t('evaluation.returned.noReason')}
            </p>
          </Alert>
        </div>
      ) : null}
      {editable && context.blockedReason === 'deadlinePassed' && !deadlineRefused ? (
        <DeadlinePassedAlert dueAt={context.dueAt} live="off" />
      ) : null}
      {editable && restoredFromDevice ? (
        <Alert tone="info" live="polite">
          <p>{t('evaluation.status.restored')}</p>
        </Alert>
      ) : null}
    </>
  );
}

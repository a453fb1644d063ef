import { useTranslation } from 'react-i18next';
import type { AssignResult } from '@/api/schemas/assignments';
import { Alert } from '@/components/ui/alert';
import { refusalText } from '../messages';

/** A mixed answer: how many were created, and each refused application with its reason. */
export function AssignResultView({ result }: { result: AssignResult }) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="warning"
      live="assertive"
      title={t('organizer.assignments.assign.refusedTitle', { count: result.refused.length })}
    >
      {result.created.length > 0 ? (
        <p>{t('organizer.assignments.assign.created', { count: result.created.length })}</p>
      ) : null}
      <ul className="asg-refused">
        {result.refused.map((r) => (
          <li key={`${r.applicationId}-${r.expertId}`}>
            {t('organizer.assignments.assign.refusedItem', {
              application: r.applicationId,
              reason: refusalText(t, r),
            })}
          </li>
        ))}
      </ul>
      <p>{t('organizer.assignments.assign.refusedKept')}</p>
    </Alert>
  );
}

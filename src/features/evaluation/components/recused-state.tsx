import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recusal } from '@/api/schemas/sheets';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

interface RecusedStateProps {
  recusal: Recusal | null;
  backHref: string;
  nextHref: string | null;
}

/** After a conflict of interest: the application has left the queue; the way back is one link. */
export function RecusedState({ recusal, backHref, nextHref }: RecusedStateProps) {
  const { t } = useTranslation();
  return (
    <section className="recused" aria-labelledby="recused-heading">
      <h2 id="recused-heading" className="recused__title">
        {t('evaluation.recusal.doneTitle')}
      </h2>
      <p>{t('evaluation.recusal.doneBody')}</p>
      {recusal === null ? null : (
        <>
          <p>
            {t('evaluation.recusal.doneReason', {
              reason: recusal.text
                ? `${t(`evaluation.recusal.reasons.${recusal.reason}`)} — ${recusal.text}`
                : t(`evaluation.recusal.reasons.${recusal.reason}`),
            })}
          </p>
          <p className="recused__at">
            {t('evaluation.recusal.doneAt', { date: formatDateTime(currentLocale(), recusal.at) })}
          </p>
        </>
      )}
      <p className="recused__actions">
        <Link className="btn btn--primary" to={backHref}>
          {t('evaluation.recusal.backToQueue')}
        </Link>
        {nextHref === null ? null : (
          <Link className="btn btn--secondary" to={nextHref}>
            {t('evaluation.outcome.toNext')}
          </Link>
        )}
      </p>
    </section>
  );
}

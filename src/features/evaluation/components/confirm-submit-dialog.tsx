import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { Criterion } from '@/api/schemas/criteria';
import type { SheetContent } from '@/api/schemas/sheets';
import type { SheetTotal } from '@/domain/totals';
import { currentLocale } from '@/i18n/i18n';
import { formatTotal } from '@/components/criteria/total-format';

interface ConfirmSubmitDialogProps {
  /** The sheet to confirm; null keeps the dialog closed. */
  content: SheetContent | null;
  criteria: readonly Criterion[];
  total: SheetTotal;
  showRecommendation: boolean;
  submitting: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The last look before a sheet leaves the expert's hands: every score, the total and the decision. */
export function ConfirmSubmitDialog(props: ConfirmSubmitDialogProps) {
  const { t } = useTranslation();
  const { criteria, content, total } = props;
  const shown = formatTotal(currentLocale(), total);
  // Stays mounted when closed, so the native dialog can hand focus back to the submit button.
  if (content === null) {
    return (
      <Dialog open={false} title={t('evaluation.confirm.title')}>
        {null}
      </Dialog>
    );
  }
  const recommendation = content.recommendation;
  return (
    <Dialog
      size="md"
      open
      title={t('evaluation.confirm.title')}
      onDismiss={props.submitting ? undefined : props.onCancel}
    >
      <div className="confirm-sheet">
        <p>{t('evaluation.confirm.intro')}</p>
        <table className="confirm-sheet__table">
          <thead>
            <tr>
              <th scope="col">{t('evaluation.confirm.criterion')}</th>
              <th scope="col" className="num">
                {t('evaluation.confirm.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {criteria.map((c, i) => {
              const score = content.scores[c.id] ?? null;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    {i + 1}. {c.title}
                  </th>
                  <td className="num">
                    {score === null ? '—' : t('evaluation.form.scoreValue', { score, max: c.scaleMax })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="confirm-sheet__total">{t('evaluation.confirm.total', shown)}</p>
        {props.showRecommendation && recommendation !== null ? (
          <p className="confirm-sheet__recommendation">
            {t('evaluation.confirm.recommendation', { value: t(`evaluation.form.${recommendation}`) })}
          </p>
        ) : null}
        <div className="dialog__actions">
          <Button variant="secondary" onClick={props.onCancel} disabled={props.submitting}>
            {t('evaluation.confirm.back')}
          </Button>
          <Button busy={props.submitting} onClick={props.onConfirm}>
            {props.submitting ? t('evaluation.form.submitting') : t('evaluation.confirm.submit')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';

interface HistoryCellProps {
  value: string;
  /** The previous version's value when this one differs from it; null when unchanged. */
  was: string | null;
  className?: string;
  colSpan?: number;
}

/** A changed cell is marked in words and shows what it was, not only by its background. */
export function HistoryCell({ value, was, className, colSpan }: HistoryCellProps) {
  const { t } = useTranslation();
  const classes = [className, was === null ? null : 'history__cell--changed'].filter(Boolean).join(' ');
  return (
    <td className={classes || undefined} colSpan={colSpan}>
      {was === null ? null : <span className="history__changed">{t('oversight.history.changed')}</span>}
      <span className="history__value">{value}</span>
      {was === null ? null : (
        <span className="history__was">{t('oversight.history.was', { value: was })}</span>
      )}
    </td>
  );
}

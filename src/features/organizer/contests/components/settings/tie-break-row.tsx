import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { altArrowMove } from '../../../shared/reorder';

interface TieBreakRowProps {
  index: number;
  count: number;
  label: string;
  error?: string | undefined;
  /** DOM id prefix; the buttons get `-up`, `-down`, `-remove` so focus can follow a moved rule. */
  idPrefix: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

export function TieBreakRow({ index, count, label, error, idPrefix, onMove, onRemove }: TieBreakRowProps) {
  const { t } = useTranslation();
  const errorId = error ? `${idPrefix}-error` : undefined;

  const onKeyDown = altArrowMove(index, onMove);

  return (
    <li className={error ? 'contests-order-row contests-order-row--invalid' : 'contests-order-row'}>
      <span className="contests-order-row__position" aria-hidden="true">
        {t('organizer.contests.settings.tieBreak.position', { position: index + 1 })}
      </span>
      <span className="contests-order-row__label">
        {label}
        {error ? (
          <span className="field__error" id={errorId}>
            {error}
          </span>
        ) : null}
      </span>
      <span className="contests-order-row__actions">
        <Button
          id={`${idPrefix}-up`}
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.settings.tieBreak.upLabel', { rule: label })}
          aria-describedby={errorId}
          aria-disabled={index === 0 || undefined}
          onClick={() => onMove(index, index - 1)}
          onKeyDown={onKeyDown}
        >
          <span aria-hidden="true">↑</span> {t('organizer.contests.settings.tieBreak.up')}
        </Button>
        <Button
          id={`${idPrefix}-down`}
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.settings.tieBreak.downLabel', { rule: label })}
          aria-describedby={errorId}
          aria-disabled={index === count - 1 || undefined}
          onClick={() => onMove(index, index + 1)}
          onKeyDown={onKeyDown}
        >
          <span aria-hidden="true">↓</span> {t('organizer.contests.settings.tieBreak.down')}
        </Button>
        <Button
          id={`${idPrefix}-remove`}
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.settings.tieBreak.removeLabel', { rule: label })}
          aria-describedby={errorId}
          onClick={() => onRemove(index)}
          onKeyDown={onKeyDown}
        >
          {t('organizer.contests.settings.tieBreak.remove')}
        </Button>
      </span>
    </li>
  );
}

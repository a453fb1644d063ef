import { useTranslation } from 'react-i18next';
import type { Nomination } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';
import { altArrowMove } from '../../../shared/reorder';

interface NominationItemProps {
  nomination: Nomination;
  index: number;
  count: number;
  /** The title of the nomination's own criteria set; null: the stage's shared set. */
  setTitle: string | null;
  onMove: (from: number, to: number) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function NominationItem({
  nomination,
  index,
  count,
  setTitle,
  onMove,
  onEdit,
  onDelete,
}: NominationItemProps) {
  const { t } = useTranslation();
  const title = nomination.title;
  const onKeyDown = altArrowMove(index, onMove);
  const prefix = `nom-${nomination.id}`;
  return (
    <li className="contests-nomination">
      <div>
        <h4 className="contests-nomination__title">{title}</h4>
        {nomination.description ? (
          <p className="contests-nomination__text">{nomination.description}</p>
        ) : null}
        <p className="contests-nomination__text">
          {t('organizer.contests.structure.nomination.criteria', {
            title: setTitle ?? t('organizer.contests.structure.nomination.sharedSet'),
          })}
        </p>
      </div>
      <div className="contests-nomination__actions">
        <Button
          id={`${prefix}-up`}
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.structure.nomination.upLabel', { title })}
          aria-disabled={index === 0 || undefined}
          onClick={() => onMove(index, index - 1)}
          onKeyDown={onKeyDown}
        >
          <span aria-hidden="true">↑</span> {t('organizer.contests.structure.nomination.up')}
        </Button>
        <Button
          id={`${prefix}-down`}
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.structure.nomination.downLabel', { title })}
          aria-disabled={index === count - 1 || undefined}
          onClick={() => onMove(index, index + 1)}
          onKeyDown={onKeyDown}
        >
          <span aria-hidden="true">↓</span> {t('organizer.contests.structure.nomination.down')}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          aria-label={t('organizer.contests.structure.nomination.editLabel', { title })}
          onClick={onEdit}
          onKeyDown={onKeyDown}
        >
          {t('organizer.contests.structure.nomination.edit')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-label={t('organizer.contests.structure.nomination.deleteLabel', { title })}
          onClick={onDelete}
          onKeyDown={onKeyDown}
        >
          {t('organizer.contests.structure.nomination.delete')}
        </Button>
      </div>
    </li>
  );
}

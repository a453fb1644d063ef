import { useTranslation } from 'react-i18next';
import type { Category, Nomination } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';
import { altArrowMove } from '../../../shared/reorder';
import { NominationItem } from './nomination-item';

interface CategorySectionProps {
  category: Category;
  index: number;
  count: number;
  /** This category's nominations, in order. */
  nominations: readonly Nomination[];
  setTitles: ReadonlyMap<string, string>;
  onMove: (from: number, to: number) => void;
  onRename: () => void;
  onDelete: () => void;
  onAddNomination: () => void;
  onMoveNomination: (from: number, to: number) => void;
  onEditNomination: (nomination: Nomination) => void;
  onDeleteNomination: (nomination: Nomination) => void;
}

export function CategorySection(props: CategorySectionProps) {
  const { category, index, count, nominations, setTitles, onMove } = props;
  const { t } = useTranslation();
  const title = category.title;
  const headingId = `cat-${category.id}-title`;
  const onKeyDown = altArrowMove(index, onMove);
  return (
    <li>
      <section className="contests-category" aria-labelledby={headingId}>
        <div className="contests-category__head">
          <h3 className="contests-category__title" id={headingId}>
            {title}
            <span className="visually-hidden">
              {' '}
              ({t('organizer.contests.structure.category.position', { position: index + 1, count })})
            </span>
          </h3>
          <Button
            id={`cat-${category.id}-up`}
            size="sm"
            variant="ghost"
            aria-label={t('organizer.contests.structure.category.upLabel', { title })}
            aria-disabled={index === 0 || undefined}
            onClick={() => onMove(index, index - 1)}
            onKeyDown={onKeyDown}
          >
            <span aria-hidden="true">↑</span> {t('organizer.contests.structure.category.up')}
          </Button>
          <Button
            id={`cat-${category.id}-down`}
            size="sm"
            variant="ghost"
            aria-label={t('organizer.contests.structure.category.downLabel', { title })}
            aria-disabled={index === count - 1 || undefined}
            onClick={() => onMove(index, index + 1)}
            onKeyDown={onKeyDown}
          >
            <span aria-hidden="true">↓</span> {t('organizer.contests.structure.category.down')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            aria-label={t('organizer.contests.structure.category.renameLabel', { title })}
            onClick={props.onRename}
            onKeyDown={onKeyDown}
          >
            {t('organizer.contests.structure.category.rename')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('organizer.contests.structure.category.deleteLabel', { title })}
            onClick={props.onDelete}
            onKeyDown={onKeyDown}
          >
            {t('organizer.contests.structure.category.delete')}
          </Button>
        </div>
        {nominations.length === 0 ? (
          <p className="contests-muted">{t('organizer.contests.structure.category.noNominations')}</p>
        ) : (
          <ol
            className="contests-order-list"
            aria-label={t('organizer.contests.structure.category.nominationsLabel', { title })}
          >
            {nominations.map((nomination, position) => (
              <NominationItem
                key={nomination.id}
                nomination={nomination}
                index={position}
                count={nominations.length}
                setTitle={
                  nomination.criteriaSetId === null
                    ? null
                    : (setTitles.get(nomination.criteriaSetId) ??
                      t('organizer.contests.structure.nomination.unknownSet'))
                }
                onMove={props.onMoveNomination}
                onEdit={() => props.onEditNomination(nomination)}
                onDelete={() => props.onDeleteNomination(nomination)}
              />
            ))}
          </ol>
        )}
        <div>
          <Button
            size="sm"
            variant="secondary"
            aria-label={t('organizer.contests.structure.category.addNominationLabel', { title })}
            onClick={props.onAddNomination}
          >
            + {t('organizer.contests.structure.category.addNomination')}
          </Button>
        </div>
      </section>
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

interface RosterEmptyProps {
  /** Filters are on: nothing matched, which is not the same as an empty pool. */
  filtered: boolean;
  onReset: () => void;
  onAdd: () => void;
}

export function RosterEmpty({ filtered, onReset, onAdd }: RosterEmptyProps) {
  const { t } = useTranslation();
  return filtered ? (
    <EmptyState
      title={t('organizer.roster.empty.filteredTitle')}
      hint={t('organizer.roster.empty.filteredHint')}
      action={
        <Button variant="secondary" className="empty-state__action" onClick={onReset}>
          {t('organizer.roster.filters.reset')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      title={t('organizer.roster.empty.title')}
      hint={t('organizer.roster.empty.hint')}
      action={
        <Button className="empty-state__action" onClick={onAdd}>
          {t('organizer.roster.actions.add')}
        </Button>
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

interface BulkBarProps {
  count: number;
  onAssign: () => void;
  onUnassign: () => void;
  onClear: () => void;
}

/** Appears while rows are selected; a toolbar so it reads as one group of actions. */
export function BulkBar({ count, onAssign, onUnassign, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  return (
    <div className="asg-bulk" role="toolbar" aria-label={t('organizer.assignments.bulk.label')}>
      <span className="asg-bulk__count">{t('organizer.assignments.bulk.selected', { count })}</span>
      <Button size="sm" onClick={onAssign}>
        {t('organizer.assignments.bulk.assign')}
      </Button>
      <Button size="sm" variant="danger" onClick={onUnassign}>
        {t('organizer.assignments.bulk.unassign')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        {t('organizer.assignments.bulk.clear')}
      </Button>
    </div>
  );
}

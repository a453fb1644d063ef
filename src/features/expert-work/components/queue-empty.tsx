import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export type QueueEmptyKind = 'none' | 'noMatch' | 'pastLastPage';

interface QueueEmptyProps {
  kind: QueueEmptyKind;
  onReset: () => void;
  onFirstPage: () => void;
}

/** Why the list is empty, and the way out: nothing assigned yet, filters too narrow, or a stale page. */
export function QueueEmpty({ kind, onReset, onFirstPage }: QueueEmptyProps) {
  const { t } = useTranslation();
  switch (kind) {
    case 'none':
      return <EmptyState title={t('queue.empty.noneTitle')} hint={t('queue.empty.noneHint')} />;
    case 'noMatch':
      return (
        <EmptyState
          title={t('queue.empty.noMatchTitle')}
          hint={t('queue.empty.noMatchHint')}
          action={
            <Button variant="secondary" className="empty-state__action" onClick={onReset}>
              {t('queue.filters.reset')}
            </Button>
          }
        />
      );
    case 'pastLastPage':
      return (
        <EmptyState
          title={t('queue.empty.pageTitle')}
          hint={t('queue.empty.pageHint')}
          action={
            <Button variant="secondary" className="empty-state__action" onClick={onFirstPage}>
              {t('queue.empty.toFirstPage')}
            </Button>
          }
        />
      );
  }
}

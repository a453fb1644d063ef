import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CriteriaSet } from '@/api/schemas/criteria';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { formatDateTime } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';
import { criteriaVersionsQueryOptions } from '../queries';
import { diffCriteria } from '../version-diff';
import { ChangeList } from './change-list';

interface StaleDialogProps {
  contestId: string;
  /** The version the editor started from, and the one now on the server. */
  mine: CriteriaSet;
  current: CriteriaSet | null;
  saving: boolean;
  onOverwrite: () => void;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
}

/** 412: someone saved first. Says who and what, keeps the edits, and lets the organizer choose. */
export function StaleDialog(props: StaleDialogProps) {
  const { contestId, mine, current } = props;
  const { t } = useTranslation();
  const versions = useQuery({
    ...criteriaVersionsQueryOptions(contestId, mine.id),
    enabled: current !== null,
    staleTime: 0,
  });
  const author = versions.data?.items.find((v) => v.version === current?.version);
  const changes = current === null ? [] : diffCriteria(mine.criteria, current.criteria);
  return (
    <Dialog
      open={current !== null}
      title={t('organizer.criteria.stale.title')}
      onDismiss={props.onKeepEditing}
    >
      {current === null ? null : (
        <div className="cs-stale">
          <p>
            {t('organizer.criteria.stale.intro', {
              mine: mine.version,
              version: current.version,
              who: author?.changedBy.name ?? '…',
              at: formatDateTime(currentLocale(), current.updatedAt),
            })}
          </p>
          <p>{t('organizer.criteria.stale.theirChanges', { version: current.version })}</p>
          {changes.length === 0 ? (
            <p>{t('organizer.criteria.stale.noChanges')}</p>
          ) : (
            <ChangeList changes={changes} />
          )}
          <p className="field__hint">{t('organizer.criteria.stale.overwriteHint')}</p>
          <div className="cs-stale__actions">
            <Button busy={props.saving} onClick={props.onOverwrite}>
              {t('organizer.criteria.stale.overwrite')}
            </Button>
            <Button variant="secondary" onClick={props.onTakeTheirs}>
              {t('organizer.criteria.stale.takeTheirs')}
            </Button>
            <Button variant="ghost" onClick={props.onKeepEditing}>
              {t('organizer.criteria.stale.keepEditing')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

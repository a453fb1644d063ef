import { useTranslation } from 'react-i18next';
import type { MyStage } from '@/api/schemas/expert-cabinet';
import { SearchField } from '@/components/ui/search-field';
import { SelectField } from '@/components/ui/select-field';
import { QUEUE_STATUSES, type QueueParams } from '../queue-params';
import { useNominationGroups } from '../use-nomination-groups';
import { StageOptions } from './stage-options';

interface QueueFiltersProps {
  view: QueueParams;
  stages: readonly MyStage[];
  onChange: (patch: Partial<QueueParams>, options?: { replace?: boolean }) => void;
}

/** Every control writes to the URL at once; the list follows the URL. */
export function QueueFilters({ view, stages, onChange }: QueueFiltersProps) {
  const { t } = useTranslation();
  const groups = useNominationGroups(stages, view.stageId);
  const grouped = groups.length > 1;

  function changeStage(stageId: string | undefined): void {
    const contestId = stages.find((s) => s.stage.id === stageId)?.contest.id;
    const nomination = groups.flatMap((g) => g.nominations).find((n) => n.id === view.nominationId);
    // A nomination belongs to one contest: keep it only if the new stage is in that contest.
    const keep = contestId === undefined || nomination?.contestId === contestId;
    onChange({ stageId, nominationId: keep ? view.nominationId : undefined });
  }

  return (
    <form
      role="search"
      className="filter-bar queue-filters"
      aria-label={t('queue.filters.label')}
      // Every control applies itself; there is nothing to submit.
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchField
        label={t('queue.filters.search')}
        placeholder={t('queue.filters.searchPlaceholder')}
        hint={t('queue.filters.searchHint')}
        className="queue-filters__search"
        value={view.q ?? ''}
        onSearch={(q, options) => onChange({ q: q || undefined }, options)}
      />
      <SelectField
        label={t('queue.filters.stage')}
        value={view.stageId ?? ''}
        onChange={(event) => changeStage(event.target.value || undefined)}
      >
        <option value="">{t('queue.filters.allStages')}</option>
        <StageOptions stages={stages} />
      </SelectField>
      <SelectField
        label={t('queue.filters.status')}
        value={view.status ?? ''}
        onChange={(event) => onChange({ status: QUEUE_STATUSES.find((s) => s === event.target.value) })}
      >
        <option value="">{t('queue.filters.allStatuses')}</option>
        {QUEUE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`queue.status.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('queue.filters.nomination')}
        value={view.nominationId ?? ''}
        onChange={(event) => onChange({ nominationId: event.target.value || undefined })}
      >
        <option value="">{t('queue.filters.allNominations')}</option>
        {groups.map((group) => {
          const options = group.nominations.map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ));
          return grouped ? (
            <optgroup key={group.contestId} label={group.contestTitle}>
              {options}
            </optgroup>
          ) : (
            options
          );
        })}
      </SelectField>
    </form>
  );
}

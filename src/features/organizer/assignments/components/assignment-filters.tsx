import { useSuspenseQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { nominationsQueryOptions } from '../../shared/queries';
import { ASSIGNMENT_STATUSES, type AssignmentListParams } from '../list-params';
import { useExpertDirectory } from '../use-expert-names';

type FilterKey = 'expert' | 'application' | 'nomination' | 'status';

interface AssignmentFiltersProps {
  contestId: string;
  params: AssignmentListParams;
  onChange: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
}

/** Selects apply at once; the application number applies on Enter or «Найти», not on every keystroke. */
export function AssignmentFilters({ contestId, params, onChange }: AssignmentFiltersProps) {
  const { t } = useTranslation();
  const { pool } = useExpertDirectory();
  const { data: nominations } = useSuspenseQuery(nominationsQueryOptions(contestId));
  const [application, setApplication] = useState(params.applicationId ?? '');
  const filtered =
    params.expertId !== undefined ||
    params.applicationId !== undefined ||
    params.nominationId !== undefined ||
    params.status !== undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange({ application: application.trim() || undefined });
  }

  return (
    <form
      className="asg-filters"
      role="search"
      aria-label={t('organizer.assignments.list.filters')}
      onSubmit={onSubmit}
    >
      <SelectField
        label={t('organizer.assignments.list.expert')}
        value={params.expertId ?? ''}
        onChange={(event) => onChange({ expert: event.target.value || undefined })}
      >
        <option value="">{t('organizer.assignments.list.allExperts')}</option>
        {pool.map((e) => (
          <option key={e.id} value={e.id}>
            {e.fullName}
          </option>
        ))}
      </SelectField>
      <div className="asg-filters__app">
        <TextField
          label={t('organizer.assignments.list.application')}
          hint={t('organizer.assignments.list.applicationHint')}
          inputMode="numeric"
          value={application}
          onChange={(event) => setApplication(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('organizer.assignments.list.apply')}
        </Button>
      </div>
      <SelectField
        label={t('organizer.assignments.list.nomination')}
        value={params.nominationId ?? ''}
        onChange={(event) => onChange({ nomination: event.target.value || undefined })}
      >
        <option value="">{t('organizer.assignments.list.allNominations')}</option>
        {nominations.items.map((n) => (
          <option key={n.id} value={n.id}>
            {n.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organizer.assignments.list.status')}
        value={params.status ?? ''}
        onChange={(event) => onChange({ status: event.target.value || undefined })}
      >
        <option value="">{t('organizer.assignments.list.allStatuses')}</option>
        {ASSIGNMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`organizer.assignments.list.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {filtered ? (
        <Button
          variant="ghost"
          onClick={() => {
            setApplication('');
            onChange({ expert: undefined, application: undefined, nomination: undefined, status: undefined });
          }}
        >
          {t('organizer.assignments.list.reset')}
        </Button>
      ) : null}
    </form>
  );
}

import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nomination } from '@/api/schemas/contests';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { isFiltered, SCREENING_STATUSES, type ApplicationListParams } from '../list-params';

interface ApplicationFiltersProps {
  params: ApplicationListParams;
  nominations: readonly Nomination[];
  onChange: (patch: Partial<ApplicationListParams>) => void;
  onReset: () => void;
}

/** Search runs on submit (thousands of rows are searched on the server); the selects apply at once. */
export function ApplicationFilters({ params, nominations, onChange, onReset }: ApplicationFiltersProps) {
  const { t } = useTranslation();

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    const text = typeof q === 'string' ? q.trim() : '';
    onChange({ q: text === '' ? undefined : text });
  }

  return (
    <form
      className="applications-filters"
      role="search"
      aria-label={t('organizer.applications.filters.label')}
      onSubmit={onSubmit}
    >
      <div className="applications-filters__search">
        <TextField
          // Re-mounted when the URL's query changes (back button, reset) so the box shows what is applied.
          key={params.q ?? ''}
          name="q"
          type="search"
          label={t('organizer.applications.filters.search')}
          hint={t('organizer.applications.filters.searchHint')}
          defaultValue={params.q ?? ''}
          maxLength={200}
        />
        <Button type="submit" variant="secondary">
          {t('organizer.applications.filters.submit')}
        </Button>
      </div>
      <SelectField
        label={t('organizer.applications.filters.nomination')}
        value={params.nominationId ?? ''}
        onChange={(event) => onChange({ nominationId: event.target.value || undefined })}
      >
        <option value="">{t('organizer.applications.filters.allNominations')}</option>
        {nominations.map((nomination) => (
          <option key={nomination.id} value={nomination.id}>
            {nomination.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organizer.applications.filters.screening')}
        value={params.screening ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          onChange({ screening: SCREENING_STATUSES.find((status) => status === value) });
        }}
      >
        <option value="">{t('organizer.applications.filters.allStatuses')}</option>
        {SCREENING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`organizer.applications.status.${status}`)}
          </option>
        ))}
      </SelectField>
      {isFiltered(params) ? (
        <Button variant="ghost" onClick={onReset}>
          {t('organizer.applications.filters.reset')}
        </Button>
      ) : null}
    </form>
  );
}

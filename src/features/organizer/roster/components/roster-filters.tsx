import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SearchField } from '@/components/ui/search-field';
import { SelectField } from '@/components/ui/select-field';
import { isFiltered, type RosterParams } from '../list-params';
import { REGIONS } from '@/domain/regions';
import type { ExpertiseGroup } from '../use-expertise-groups';
import { NominationOptions } from './nomination-options';

interface RosterFiltersProps {
  view: RosterParams;
  groups: readonly ExpertiseGroup[];
  onChange: (patch: Partial<RosterParams>, options?: { replace?: boolean }) => void;
  onReset: () => void;
}

/** Every control writes to the URL at once; the list follows the URL. */
export function RosterFilters({ view, groups, onChange, onReset }: RosterFiltersProps) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      className="filter-bar roster-filters"
      aria-label={t('organizer.roster.filters.label')}
      // Every control applies itself; there is nothing to submit.
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchField
        label={t('organizer.roster.filters.search')}
        placeholder={t('organizer.roster.filters.searchPlaceholder')}
        hint={t('organizer.roster.filters.searchHint')}
        className="roster-filters__search"
        value={view.q ?? ''}
        onSearch={(q, options) => onChange({ q: q || undefined }, options)}
      />
      <SelectField
        label={t('organizer.roster.filters.region')}
        value={view.region ?? ''}
        onChange={(event) => onChange({ region: event.target.value || undefined })}
      >
        <option value="">{t('organizer.roster.filters.allRegions')}</option>
        {REGIONS.map((region) => (
          <option key={region.code} value={region.code}>
            {region.code} — {region.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organizer.roster.filters.nomination')}
        value={view.nominationId ?? ''}
        onChange={(event) => onChange({ nominationId: event.target.value || undefined })}
      >
        <option value="">{t('organizer.roster.filters.allNominations')}</option>
        <NominationOptions groups={groups} />
      </SelectField>
      {isFiltered(view) ? (
        <Button variant="ghost" className="roster-filters__reset" onClick={onReset}>
          {t('organizer.roster.filters.reset')}
        </Button>
      ) : null}
    </form>
  );
}

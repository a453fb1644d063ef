import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { applicationSearchQueryOptions } from '../queries';

interface ApplicationSearchProps {
  contestId: string;
  chosen: readonly string[];
  onAdd: (applicationId: string) => void;
}

const MIN_QUERY = 2;

/** Finds applications on the server (the contest may hold thousands) and adds their numbers to the field. */
export function ApplicationSearch({ contestId, chosen, onAdd }: ApplicationSearchProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  // Typing stays fluid; the search follows at React's pace instead of on every keystroke's render.
  const deferred = useDeferredValue(q.trim());
  const enabled = deferred.length >= MIN_QUERY;
  const search = useQuery({ ...applicationSearchQueryOptions(contestId, deferred), enabled });
  const items = search.data?.items ?? [];

  return (
    <div className="asg-search">
      <TextField
        type="search"
        label={t('organizer.assignments.assign.search')}
        hint={t('organizer.assignments.assign.searchHint')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onKeyDown={(event) => {
          // Enter inside the search must not submit the whole assignment form.
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <div role="status" className="asg-search__status">
        {enabled && search.isFetching ? t('organizer.assignments.assign.searching') : null}
        {enabled && search.isSuccess && items.length === 0
          ? t('organizer.assignments.assign.searchEmpty')
          : null}
        {enabled && search.isError ? t('organizer.assignments.assign.searchFailed') : null}
      </div>
      {enabled && items.length > 0 ? (
        <ul className="asg-search__results">
          {items.map((app) => (
            <li key={app.id} className="asg-search__item">
              <span className="asg-search__text">
                <span className="asg-table__id">{app.id}</span> {app.title}
                <span className="asg-muted">
                  {app.organization.name} · {app.region.name}
                </span>
              </span>
              {chosen.includes(app.id) ? (
                <span className="asg-muted">{t('organizer.assignments.assign.added')}</span>
              ) : (
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={t('organizer.assignments.assign.addLabel', { id: app.id, title: app.title })}
                  onClick={() => onAdd(app.id)}
                >
                  {t('organizer.assignments.assign.add')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Expert } from '@/api/schemas/experts';
import { Button } from '@/components/ui/button';
import { expertSearchQueryOptions } from '../queries';
import { useDebounced } from '../use-debounced';

interface ExpertPickerProps {
  value: Expert | null;
  onChange: (expert: Expert | null) => void;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * Search by name or e-mail, then pick from a radio list: plain controls that every screen reader and
 * keyboard handles, unlike a hand-made combobox.
 */
export function ExpertPicker({ value, onChange, error, inputRef }: ExpertPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const settled = useDebounced(q, 250);
  const search = useQuery({ ...expertSearchQueryOptions(settled), enabled: value === null });
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  if (value !== null) {
    return (
      <div className="expert-picker expert-picker--chosen">
        <p className="expert-picker__chosen" role="status">
          {t('organizer.stages.picker.chosen', { name: value.fullName })}
        </p>
        <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
          {t('organizer.stages.picker.change')}
        </Button>
      </div>
    );
  }

  const experts = search.data?.items ?? [];
  return (
    <div className={error ? 'field field--invalid expert-picker' : 'field expert-picker'}>
      <label className="field__label" htmlFor={`${id}-q`}>
        {t('organizer.stages.picker.search')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-q`}
        className="field__input"
        type="search"
        autoComplete="off"
        value={q}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => setQ(event.target.value)}
      />
      <p className="field__hint" id={hintId}>
        {t('organizer.stages.picker.searchHint')}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {search.isFetching
          ? t('organizer.stages.picker.searching')
          : search.data === undefined
            ? ''
            : t('organizer.stages.picker.found', { count: search.data.total })}
      </p>
      {search.data !== undefined && experts.length === 0 ? (
        <p className="stage-muted">{t('organizer.stages.picker.nothing')}</p>
      ) : null}
      {experts.length > 0 ? (
        <fieldset className="expert-picker__results" aria-busy={search.isFetching || undefined}>
          <legend className="visually-hidden">{t('organizer.stages.picker.results')}</legend>
          {experts.map((expert) => (
            <label key={expert.id} className="expert-picker__option">
              <input type="radio" name={`${id}-expert`} value={expert.id} onChange={() => onChange(expert)} />
              <span>
                {t('organizer.stages.picker.option', { name: expert.fullName, region: expert.region.name })}
                <span className="stage-muted expert-picker__email">{expert.email}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

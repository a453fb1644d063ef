import { useId, type Ref, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@/domain/regions';

interface RegionFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  error: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

/** The subject of the Russian Federation, with its code first: organizers know «77» as well as the name. */
export function RegionField({ error, ref, ...rest }: RegionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--select field--invalid' : 'field field--select'}>
      <label className="field__label" htmlFor={id}>
        {t('organizer.roster.form.region')}
      </label>
      <select
        ref={ref}
        id={id}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      >
        <option value="">{t('organizer.roster.form.regionChoose')}</option>
        {REGIONS.map((region) => (
          <option key={region.code} value={region.code}>
            {region.code} — {region.name}
          </option>
        ))}
      </select>
      <p className="field__hint" id={`${id}-hint`}>
        {t('organizer.roster.form.regionHint')}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

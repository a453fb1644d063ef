import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import type { DraftBand } from '../draft';
import { domIdOf } from '../validation';
import type { EditorApi } from './editor-context';

interface BandRowProps {
  criterionKey: string;
  criterionNumber: number;
  band: DraftBand;
  number: number;
  api: EditorApi;
}

/** One anchored band: its bounds (structure, frozen with the set) and its text (wording, always editable). */
export function BandRow({ criterionKey, criterionNumber, band, number, api }: BandRowProps) {
  const { t } = useTranslation();
  const base = `${criterionKey}.descriptors.${band.key}`;
  const bandError = api.errorOf(base);
  const change = (field: 'min' | 'max' | 'text', value: string) =>
    api.dispatch({ type: 'bandChanged', key: criterionKey, bandKey: band.key, field, value });
  return (
    <li className="cs-band">
      <fieldset
        id={domIdOf(base)}
        className={bandError ? 'cs-band__group cs-band__group--invalid' : 'cs-band__group'}
        aria-describedby={bandError ? `${domIdOf(base)}-error` : undefined}
        tabIndex={-1}
      >
        <legend className="cs-band__legend">{t('organizer.criteria.bands.legend', { n: number })}</legend>
        <div className="cs-band__bounds">
          <TextField
            id={domIdOf(`${base}.min`)}
            className="cs-field--short"
            label={t('organizer.criteria.bands.min')}
            inputMode="numeric"
            value={band.min}
            error={api.errorOf(`${base}.min`)}
            disabled={api.frozen}
            onChange={(event) => change('min', event.target.value)}
          />
          <TextField
            id={domIdOf(`${base}.max`)}
            className="cs-field--short"
            label={t('organizer.criteria.bands.max')}
            inputMode="numeric"
            value={band.max}
            error={api.errorOf(`${base}.max`)}
            disabled={api.frozen}
            onChange={(event) => change('max', event.target.value)}
          />
        </div>
        <TextAreaField
          id={domIdOf(`${base}.text`)}
          className="cs-band__text"
          label={t('organizer.criteria.bands.text')}
          rows={2}
          maxLength={1000}
          value={band.text}
          error={api.errorOf(`${base}.text`)}
          onChange={(event) => change('text', event.target.value)}
        />
        {bandError ? (
          <p className="field__error cs-band__error" id={`${domIdOf(base)}-error`}>
            {bandError}
          </p>
        ) : null}
        {api.frozen ? null : (
          <Button
            variant="ghost"
            size="sm"
            className="cs-band__remove"
            aria-label={t('organizer.criteria.bands.removeLabel', { band: number, n: criterionNumber })}
            onClick={() => api.dispatch({ type: 'bandRemoved', key: criterionKey, bandKey: band.key })}
          >
            {t('organizer.criteria.bands.remove')}
          </Button>
        )}
      </fieldset>
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { DraftCriterion } from '../draft';
import { BandRow } from './band-row';
import type { EditorApi } from './editor-context';

interface BandListProps {
  criterion: DraftCriterion;
  number: number;
  api: EditorApi;
}

/** The descriptors per score band («0–3: не раскрыто…»), in the order the expert will read them. */
export function BandList({ criterion, number, api }: BandListProps) {
  const { t } = useTranslation();
  const headingId = `cs-${criterion.key}-bands`;
  return (
    <section className="cs-bands" aria-labelledby={headingId}>
      <h4 className="cs-bands__heading" id={headingId}>
        {t('organizer.criteria.bands.heading')}
      </h4>
      <p className="field__hint">{t('organizer.criteria.bands.hint')}</p>
      {criterion.descriptors.length === 0 ? (
        <p className="cs-bands__none">{t('organizer.criteria.bands.none')}</p>
      ) : (
        <ol className="cs-bands__list">
          {criterion.descriptors.map((band, index) => (
            <BandRow
              key={band.key}
              criterionKey={criterion.key}
              criterionNumber={number}
              band={band}
              number={index + 1}
              api={api}
            />
          ))}
        </ol>
      )}
      {api.frozen ? null : (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t('organizer.criteria.bands.addLabel', { n: number })}
          onClick={() => api.dispatch({ type: 'bandAdded', key: criterion.key })}
        >
          {t('organizer.criteria.bands.add')}
        </Button>
      )}
    </section>
  );
}

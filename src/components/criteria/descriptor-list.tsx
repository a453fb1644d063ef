import { useTranslation } from 'react-i18next';
import type { ScoreDescriptor } from '@/api/schemas/criteria';

interface DescriptorListProps {
  descriptors: readonly ScoreDescriptor[];
  /** The band matching the current score, if any (bands may leave gaps). */
  active: ScoreDescriptor | null;
}

/** Organizers often start a band's text with its range («0–3: …»); the range is shown beside it already. */
function withoutRange(d: ScoreDescriptor): string {
  const range = d.min === d.max ? `${d.min}` : `${d.min}\\s*[–—-]\\s*${d.max}`;
  // A separator must follow, so «10 баллов…» or «0–2 балла…» keep their words.
  return d.text.replace(new RegExp(`^\\s*${range}\\s*(?:[:.)]|[—–-](?=\\s))\\s*`), '');
}

/** Every band stays in view so the expert anchors the score; the matching one is marked, not just coloured. */
export function DescriptorList({ descriptors, active }: DescriptorListProps) {
  const { t } = useTranslation();
  if (descriptors.length === 0) return null;
  return (
    <ul className="descriptors" aria-label={t('evaluation.form.descriptors')}>
      {descriptors.map((d) => {
        const current = active !== null && d.min === active.min && d.max === active.max;
        return (
          <li
            key={`${d.min}-${d.max}`}
            className={current ? 'descriptor descriptor--active' : 'descriptor'}
            aria-current={current ? 'true' : undefined}
          >
            <span className="descriptor__range">
              {d.min === d.max ? d.min : t('evaluation.form.descriptorRange', { min: d.min, max: d.max })}
            </span>
            <span className="descriptor__text">{withoutRange(d)}</span>
            {current ? (
              <span className="descriptor__mark">
                <span aria-hidden="true">✓ </span>
                {t('evaluation.form.currentBand')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import type { EligibleExpert } from '@/api/schemas/coordination';

interface EligibleExpertOptionProps {
  item: EligibleExpert;
  checked: boolean;
  onChoose: () => void;
}

/** An expert of the pool; one who may not evaluate the application stays listed, disabled, with the reasons. */
export function EligibleExpertOption({ item, checked, onChoose }: EligibleExpertOptionProps) {
  const { t } = useTranslation();
  const { expert, eligible, reasons } = item;
  const metaId = `extra-expert-${expert.id}-meta`;
  return (
    <li>
      <label className={eligible ? 'extra-expert__option' : 'extra-expert__option extra-expert__option--off'}>
        <input
          type="radio"
          name="extra-expert"
          value={expert.id}
          checked={checked}
          disabled={!eligible}
          aria-describedby={metaId}
          onChange={onChoose}
        />
        <span className="extra-expert__name">{expert.fullName}</span>
        <span className="extra-expert__meta" id={metaId}>
          {t('oversight.extra.expertMeta', {
            region: expert.region.name,
            load: expert.load,
            cap: expert.loadCap,
          })}
          {eligible ? null : (
            <span className="extra-expert__reasons">
              {t('oversight.extra.unavailable', { reasons: reasons.join('; ') })}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}

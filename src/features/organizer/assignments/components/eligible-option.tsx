import { useTranslation } from 'react-i18next';
import type { EligibleExpert } from '@/api/schemas/coordination';

interface EligibleOptionProps {
  name: string;
  item: EligibleExpert;
  checked: boolean;
  onChoose: () => void;
}

/** An expert of the pool; one who may not take the application stays listed, disabled, with the reasons. */
export function EligibleOption({ name, item, checked, onChoose }: EligibleOptionProps) {
  const { t } = useTranslation();
  const { expert, eligible, reasons } = item;
  const metaId = `${name}-${expert.id}-meta`;
  return (
    <li>
      <label className={eligible ? 'asg-option' : 'asg-option asg-option--off'}>
        <input
          type="radio"
          name={name}
          value={expert.id}
          checked={checked}
          disabled={!eligible}
          aria-describedby={metaId}
          onChange={onChoose}
        />
        <span className="asg-option__name">{expert.fullName}</span>
        <span className="asg-option__meta" id={metaId}>
          {t('organizer.assignments.reassign.expertMeta', {
            region: expert.region.name,
            load: expert.load,
            cap: expert.loadCap,
          })}
          {eligible ? null : (
            <span className="asg-option__reasons">
              {t('organizer.assignments.reassign.unavailable', { reasons: reasons.join('; ') })}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}

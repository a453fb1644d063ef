import { useTranslation } from 'react-i18next';
import type { ProgressBy } from '../progress-params';

const OPTIONS: readonly ProgressBy[] = ['nomination', 'expert'];

/** Two radio buttons styled as a segmented control: arrow keys switch, and the choice is announced. */
export function ProgressToggle({ by, onChange }: { by: ProgressBy; onChange: (by: ProgressBy) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="progress-by">
      <legend className="progress-by__legend">{t('oversight.progress.by')}</legend>
      {OPTIONS.map((option) => (
        <label key={option} className="progress-by__option">
          <input
            type="radio"
            name="progress-by"
            value={option}
            checked={by === option}
            onChange={() => onChange(option)}
          />
          <span>
            {t(option === 'expert' ? 'oversight.progress.byExpert' : 'oversight.progress.byNomination')}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

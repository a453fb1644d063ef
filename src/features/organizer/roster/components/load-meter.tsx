import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { currentLocale } from '@/i18n/i18n';

/** Load against the cap: the numbers carry the meaning, the bar only lets the eye scan a column. */
export function LoadMeter({ load, cap }: { load: number; cap: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const over = load > cap;
  const percent = cap > 0 ? Math.min(100, Math.round((load / cap) * 100)) : load > 0 ? 100 : 0;
  const tone = over ? 'over' : percent >= 90 ? 'full' : 'ok';
  return (
    <div className={`load-meter load-meter--${tone}`}>
      <span className="load-meter__text">
        {t('organizer.roster.load.text', {
          load: formatNumber(locale, load),
          cap: formatNumber(locale, cap),
        })}
        {over ? <span className="load-meter__over"> · {t('organizer.roster.load.over')}</span> : null}
      </span>
      <span className="load-meter__track" aria-hidden="true">
        <span className="load-meter__bar" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}

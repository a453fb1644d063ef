import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale } from '@/i18n/i18n';
import { LOCALES } from '@/i18n/messages';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === locale}
          onClick={() => void changeLocale(code)}
        >
          {code === 'ru' ? 'RU' : 'EN'}
          <span className="visually-hidden"> — {t(`language.${code}`)}</span>
        </button>
      ))}
    </div>
  );
}

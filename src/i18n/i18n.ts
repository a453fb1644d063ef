import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadWantedAreas } from './areas';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './messages';
import { ru } from './messages/ru';

const STORAGE_KEY = 'ec.locale';

function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** English is loaded on demand so the Russian-first entry bundle stays small. */
let englishCore: Promise<void> | null = null;

async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') {
    englishCore ??= import('./messages/en').then(({ en }) => {
      i18next.addResourceBundle('en', 'translation', en, true, true);
    });
    englishCore.catch(() => {
      englishCore = null;
    });
    await englishCore;
  }
  await loadWantedAreas(locale);
}

function syncDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.title = i18next.t('app.name');
}

export async function initI18n(locale: Locale = storedLocale()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: 'ru',
      fallbackLng: 'ru',
      supportedLngs: [...LOCALES],
      resources: { ru: { translation: ru } },
      // React escapes text itself; double escaping would show "&quot;" to users.
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
  }
  await changeLocale(locale, { persist: false });
  return i18next;
}

export async function changeLocale(locale: Locale, { persist = true } = {}): Promise<void> {
  await loadLocale(locale);
  await i18next.changeLanguage(locale);
  syncDocument(locale);
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
}

export function currentLocale(): Locale {
  return LOCALES.find((l) => l === i18next.language) ?? DEFAULT_LOCALE;
}

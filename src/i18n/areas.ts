import i18next from 'i18next';
import type { Locale, MessageArea, Messages } from './messages';

type AreaLoader = () => Promise<Messages[MessageArea]>;

/**
 * Each cabinet's messages are their own chunks, fetched with the cabinet's routes: the entry bundle carries
 * only the shell's words, and an expert never downloads the organizer console's texts.
 */
const LOADERS: Record<MessageArea, Record<Locale, AreaLoader>> = {
  queue: {
    ru: () => import('./messages/ru/queue').then((m) => m.queueRu),
    en: () => import('./messages/en/queue').then((m) => m.queueEn),
  },
  evaluation: {
    ru: () => import('./messages/ru/evaluation').then((m) => m.evaluationRu),
    en: () => import('./messages/en/evaluation').then((m) => m.evaluationEn),
  },
  rankings: {
    ru: () => import('./messages/ru/rankings').then((m) => m.rankingsRu),
    en: () => import('./messages/en/rankings').then((m) => m.rankingsEn),
  },
  oversight: {
    ru: () => import('./messages/ru/oversight').then((m) => m.oversightRu),
    en: () => import('./messages/en/oversight').then((m) => m.oversightEn),
  },
  organizer: {
    ru: () => import('./messages/ru/organizer').then((m) => m.organizerRu),
    en: () => import('./messages/en/organizer').then((m) => m.organizerEn),
  },
};

export const MESSAGE_AREAS = Object.keys(LOADERS) as MessageArea[];

/** Areas some route asked for; a language switch loads them in the new language too. */
const wanted = new Set<MessageArea>();
const added = new Map<string, Promise<void>>();

function addArea(area: MessageArea, locale: Locale): Promise<void> {
  const key = `${locale}:${area}`;
  let pending = added.get(key);
  if (pending === undefined) {
    pending = LOADERS[area][locale]().then((messages) => {
      i18next.addResourceBundle(locale, 'translation', { [area]: messages }, true, true);
    });
    // A failed chunk fetch (offline) must be retried on the next navigation, not remembered.
    pending.catch(() => added.delete(key));
    added.set(key, pending);
  }
  return pending;
}

/** Loads the areas in Russian (the fallback) and in the current language. */
export async function loadMessageAreas(areas: readonly MessageArea[], locale?: Locale): Promise<void> {
  const target = locale ?? (i18next.language === 'en' ? 'en' : 'ru');
  for (const area of areas) wanted.add(area);
  await Promise.all(
    areas.flatMap((area) =>
      target === 'ru' ? [addArea(area, 'ru')] : [addArea(area, 'ru'), addArea(area, target)],
    ),
  );
}

/** Before switching language: every area in use, in the new language. */
export function loadWantedAreas(locale: Locale): Promise<void> {
  return loadMessageAreas([...wanted], locale);
}

import type { ru } from './messages/ru';
import type { evaluationRu } from './messages/ru/evaluation';
import type { organizerRu } from './messages/ru/organizer';
import type { oversightRu } from './messages/ru/oversight';
import type { queueRu } from './messages/ru/queue';
import type { rankingsRu } from './messages/ru/rankings';

/** Every Russian message: the core loaded at start-up plus the areas loaded with their cabinets. */
export type RuMessages = typeof ru & {
  queue: typeof queueRu;
  evaluation: typeof evaluationRu;
  rankings: typeof rankingsRu;
  oversight: typeof oversightRu;
  organizer: typeof organizerRu;
};
export type MessageArea = 'queue' | 'evaluation' | 'rankings' | 'oversight' | 'organizer';

/** Widens the Russian literal types to strings so other languages can be checked against the same shape. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<RuMessages>;
export type CoreMessages = Omit<Messages, MessageArea>;
export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];
export const DEFAULT_LOCALE: Locale = 'ru';

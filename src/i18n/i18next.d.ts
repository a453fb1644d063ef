import 'i18next';
import type { RuMessages } from './messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: RuMessages };
    returnNull: false;
  }
}

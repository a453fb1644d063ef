import type { Messages } from '../../messages';

export const oversightEn: Messages['oversight'] = {
  title: 'oversight',
};

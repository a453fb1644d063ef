import type { Messages } from '../../messages';

export const rankingsEn: Messages['rankings'] = {
  title: 'rankings',
};

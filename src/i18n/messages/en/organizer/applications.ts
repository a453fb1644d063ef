import type { Messages } from '../../../messages';

export const applicationsEn: Messages['organizer']['applications'] = {
  title: 'Applications',
};

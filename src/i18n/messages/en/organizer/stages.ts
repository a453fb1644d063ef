import type { Messages } from '../../../messages';

export const stagesEn: Messages['organizer']['stages'] = {
  title: 'Stages',
};

import type { Messages } from '../../../messages';

export const contestsEn: Messages['organizer']['contests'] = {
  title: 'Contests',
};

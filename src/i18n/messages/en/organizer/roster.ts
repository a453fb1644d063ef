import type { Messages } from '../../../messages';

export const rosterEn: Messages['organizer']['roster'] = {
  title: 'Experts',
};

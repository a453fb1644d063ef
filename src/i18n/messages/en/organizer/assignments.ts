import type { Messages } from '../../../messages';

export const assignmentsEn: Messages['organizer']['assignments'] = {
  title: 'Assignments',
};

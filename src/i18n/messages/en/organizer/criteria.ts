import type { Messages } from '../../../messages';

export const criteriaEn: Messages['organizer']['criteria'] = {
  title: 'Criteria',
};

import type { Messages } from '../../../messages';

export const auditEn: Messages['organizer']['audit'] = {
  title: 'Audit log',
};

/** Russian messages of the organizer console: the audit log (under `organizer.audit`). */
export const auditRu = {
  title: 'Журнал изменений',
} as const;
